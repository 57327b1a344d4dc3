import { expect } from '@open-wc/testing';
import { defaultData } from '../src/core/data/default-data.js';
import { localize } from '../src/core/i18n/format.js';

// The server renderer (test/server/ssr-pages.mjs, src/ssr/render.ts in Node) resolves each widget's
// language as the browser does: a German page gets German widgets, data texts marked as English.

/** The server's markup in the page (no widget is defined here: it stays as the server drew it). */
async function serverRendered(url: string): Promise<HTMLElement> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(await response.text());
  return container;
}

afterEach(() => document.body.replaceChildren());

const shadowOf = (doc: ParentNode, tag: string): ShadowRoot => {
  const root = doc.querySelector(tag)?.shadowRoot;
  expect(root, `${tag}'s declarative shadow root`).to.exist;
  return root!;
};

describe('server rendering in German', () => {
  for (const lang of ['de', 'de-AT']) {
    it(`draws the widgets of a page in ${lang} in German, before any script runs`, async () => {
      const doc = await serverRendered(`/ssr/fragment.html?lang=${lang}`);
      const grid = shadowOf(doc, 'coe-partner-grid');
      expect(grid.querySelector('[part=count]')!.textContent!.trim()).to.equal('27 Partner');
      expect(grid.querySelector('[part=grid]')!.getAttribute('aria-label')).to.equal('Partner der Digitalen Partnerschaft');
      expect(grid.textContent).to.include('Partner seit 8. November 2017');
      const description = grid.querySelector('[part=description]')!;
      expect(description.getAttribute('lang')).to.equal('en');

      const timeline = shadowOf(doc, 'coe-highlights-timeline');
      expect(timeline.querySelector('[part=list]')!.getAttribute('aria-label')).to.equal('Höhepunkte der Digitalen Partnerschaft');
      const heading = timeline.querySelector('h2')!;
      expect(heading.textContent!.trim()).to.equal(localize(defaultData.highlights![0]!.title, 'en'));
      expect(heading.getAttribute('lang')).to.equal('en');

      const benefits = shadowOf(doc, 'coe-benefits-list');
      expect(benefits.querySelector('[part=list]')!.getAttribute('aria-label')).to.equal('Vorteile der Partnerschaft');
      expect(benefits.querySelector('.content')!.getAttribute('lang')).to.equal('de');
      doc.lang = 'de';
      await expect(doc).to.be.accessible();
    });
  }

  it('renders one widget in German from its own lang', async () => {
    const attributes = encodeURIComponent(JSON.stringify({ lang: 'de', list: 'cooperation' }));
    const doc = await serverRendered(`/ssr/widget.html?tag=coe-benefits-list&attributes=${attributes}`);
    expect(shadowOf(doc, 'coe-benefits-list').querySelector('[part=list]')!.getAttribute('aria-label')).to.equal(
      'Formen der Zusammenarbeit',
    );
  });
});
