import { expect, waitUntil } from '@open-wc/testing';
import '../src/define/partner-badge.js';
import { defaultData } from '../src/core/data/default-data.js';
import { localize } from '../src/core/i18n/format.js';
import { LOCALES } from './helpers/a11y.js';

// The pages come from test/server/ssr-pages.mjs: the real server renderer (src/ssr/render.ts) in Node.
// This document defines only the badge (for the comparison below): the Lit widgets stay as the server drew them.

type FrameWindow = Window & typeof globalThis;
type LitLike = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

const LIT_WIDGETS = ['coe-partner-grid', 'coe-highlights-timeline', 'coe-benefits-list'];

async function openFrame(url: string, sandbox?: string): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '960';
  frame.height = '900';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const shadow = (doc: Document | Element, selector: string): ShadowRoot => {
  const host = doc.querySelector(selector);
  expect(host, selector).to.exist;
  expect(host!.shadowRoot, `${selector}'s declarative shadow root`).to.exist;
  return host!.shadowRoot!;
};
const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.trim());
const hasBox = (element: Element): boolean => {
  const { width, height } = element.getBoundingClientRect();
  return width > 0 && height > 0;
};

/** Records what the page's console and window report from now on. */
function recordProblems(win: FrameWindow): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (args: unknown[]) => args.map(String).join(' ');
  win.console.error = (...args: unknown[]) => errors.push(text(args));
  win.console.warn = (...args: unknown[]) => warnings.push(text(args));
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { errors, warnings };
}

/** Loads the hydrate entry in the page and waits until every widget has upgraded and updated. */
async function hydrate(win: FrameWindow, doc: Document): Promise<void> {
  win.postMessage('hydrate', '*');
  await waitUntil(
    () => win.customElements.get('coe-partner-badge') && LIT_WIDGETS.every((tag) => win.customElements.get(tag)),
    'the hydrate entry defined the widgets',
    {
      timeout: 10000,
    },
  );
  const widgets = [...doc.querySelectorAll<LitLike>(LIT_WIDGETS.join(','))];
  await waitUntil(() => widgets.every((widget) => widget.hasUpdated), 'every Lit widget updated once');
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

describe('server rendering (coe-partnership-widgets/ssr)', () => {
  it('shows the partners, highlights, benefits and the badge with JavaScript off', async () => {
    const { win, doc } = await openFrame('/ssr/page.html', 'allow-same-origin');
    expect(doc.querySelector('coe-partner-grid:defined'), 'no script ran').to.equal(null);
    expect(win.customElements.get('coe-partner-grid')).to.equal(undefined);

    const grid = shadow(doc, 'coe-partner-grid');
    const names = texts(grid, '.card .name');
    expect(names).to.have.length(27);
    expect(names).to.include('Telefónica');
    expect(texts(grid, '[part=count]')).to.deep.equal(['27 partners']);
    const telefonica = [...grid.querySelectorAll('a.link')].find((link) => link.textContent!.includes('Telefónica'))!;
    expect(telefonica.getAttribute('href')).to.match(/^https:\/\//);
    expect(hasBox(telefonica), 'the Telefónica card is laid out').to.equal(true);
    expect(hasBox(grid.querySelector('#search')!), 'the search box is laid out').to.equal(true);

    const timeline = shadow(doc, 'coe-highlights-timeline');
    const titles = texts(timeline, '[part~=title]');
    expect(titles).to.deep.equal(defaultData.highlights!.map((highlight) => localize(highlight.title, 'en')));
    expect([...timeline.querySelectorAll('[part~=title]')].every(hasBox), 'every highlight title is laid out').to.equal(true);
    expect(timeline.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}/);

    const benefits = shadow(doc, 'coe-benefits-list');
    expect(texts(benefits, '[part~=title]')).to.deep.equal(defaultData.benefits!.map((benefit) => localize(benefit.title, 'en')));
    expect([...benefits.querySelectorAll('[part~=item]')].every(hasBox)).to.equal(true);

    const badge = doc.querySelector('coe-partner-badge')!;
    const link = shadow(doc, 'coe-partner-badge').querySelector('a[part=link]')!;
    expect(link.textContent).to.contain('Telefónica').and.to.contain('Partner since 2017');
    expect(badge.getBoundingClientRect()).to.include({ width: 300, height: 96 });
    expect(hasBox(link)).to.equal(true);

    expect(doc.querySelector('coe-contact-form')!.shadowRoot, 'the contact form is left to the browser').to.equal(null);
  });

  it('draws data given to the renderer in its first render, in a fresh server (no loading state)', async () => {
    const { doc } = await openFrame('/ssr/page.html?data=given');
    const grid = shadow(doc, 'coe-partner-grid');
    expect(texts(grid, '.name')).to.deep.equal(['Alpha Telecom', 'Beta Association']);
    expect(grid.querySelector('[part=status]'), 'no loading or error message').to.equal(null);
  });

  it('adds declarative shadow roots to the page and changes nothing else', async () => {
    const source = await (await fetch('/ssr/tricky.html?source')).text();
    const rendered = await (await fetch('/ssr/tricky.html')).text();
    const templates = rendered.match(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>/g) ?? [];
    expect(rendered.replace(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>/g, '')).to.equal(source);
    expect(templates).to.have.length(3);

    const { doc } = await openFrame('/ssr/tricky.html', 'allow-same-origin');
    const rootsOf = (tag: string) => [...doc.querySelectorAll(tag)].map((element) => element.shadowRoot !== null);
    expect(rootsOf('coe-partner-badge'), 'the three badges').to.deep.equal([true, true, true]);
    expect(rootsOf('coe-partner-grid'), 'a grid with a src is left to the browser').to.deep.equal([false]);
    expect(rootsOf('coe-benefits-list'), 'so is a list inside a provider with a src').to.deep.equal([false]);
    const [orange, apple, bt] = [...doc.querySelectorAll('coe-partner-badge')].map((badge) => badge.shadowRoot!.querySelector('a')!);
    expect(orange.lang, 'the section says English').to.equal('en');
    expect(apple.lang, 'the page says French').to.equal('fr');
    expect(apple.textContent).to.contain('Apple').and.to.contain('Partenaire numérique');
    expect(bt.getAttribute('href')).to.equal('https://example.org/?a=1&b=2#partner=bt');
  });

  it('speaks the language of the page around each widget', async () => {
    const { doc } = await openFrame('/ssr/page.html', 'allow-same-origin');
    const cooperation = shadow(doc, 'coe-partnership coe-benefits-list');
    expect(texts(cooperation, '[part~=title]')).to.deep.equal(defaultData.cooperation!.map((item) => localize(item.title, 'fr')));
    expect(cooperation.querySelector('ul')!.getAttribute('aria-label')).to.equal('Formes de coopération');

    const fragment = await openFrame('/ssr/fragment.html?lang=fr', 'allow-same-origin');
    expect(texts(shadow(fragment.doc, 'coe-partner-grid'), '[part=count]')).to.deep.equal(['27 partenaires']);
    expect(texts(shadow(fragment.doc, 'coe-highlights-timeline'), 'h2')[0]).to.equal(localize(defaultData.highlights![0].title, 'fr'));
  });

  const HYDRATED_PAGES = [
    { source: 'the TypeScript sources', url: '/ssr/page-hydrated.html' },
    { source: 'the npm build (coe-widgets-render, then hydrate.js)', url: '/ssr/built/page-hydrated.html' },
  ];
  for (const { source, url } of HYDRATED_PAGES) {
    it(`hydrates without re-creating the DOM or moving the focus, and without a hydration warning: ${source}`, async () => {
      const { win, doc } = await openFrame(url);
      expect(doc.title, 'the page was rendered (for the npm build: run npm run build first)').to.not.contain('failed');
      const grid = shadow(doc, 'coe-partner-grid');
      const cards = [...grid.querySelectorAll('li')];
      const links = [...grid.querySelectorAll<HTMLAnchorElement>('a.link')];
      const timelineItems = [...shadow(doc, 'coe-highlights-timeline').querySelectorAll('li')];
      const benefitItems = [...shadow(doc, 'coe-benefits-list').querySelectorAll('li')];
      const badgeLink = shadow(doc, 'coe-partner-badge').querySelector('a[part=link]');
      win.focus();
      links[1].focus();
      expect(grid.activeElement, 'the second partner link has the focus before hydration').to.equal(links[1]);
      const problems = recordProblems(win);

      await hydrate(win, doc);

      expect(problems.errors).to.deep.equal([]);
      expect(problems.warnings.filter((warning) => /hydrat|mismatch/i.test(warning))).to.deep.equal([]);
      const same = (before: Element[], after: Element[]) =>
        after.length === before.length && after.every((node, index) => node === before[index] && node.isConnected);
      expect(same(cards, [...grid.querySelectorAll('li')]), 'the same 27 cards').to.equal(true);
      expect(same(links, [...grid.querySelectorAll('a.link')]), 'the same 27 links').to.equal(true);
      expect(same(timelineItems, [...shadow(doc, 'coe-highlights-timeline').querySelectorAll('li')]), 'the same highlights').to.equal(true);
      expect(same(benefitItems, [...shadow(doc, 'coe-benefits-list').querySelectorAll('li')]), 'the same benefits').to.equal(true);
      expect(grid.activeElement, 'the focus stayed on the second partner link').to.equal(links[1]);
      const badgeRoot = shadow(doc, 'coe-partner-badge');
      expect(badgeRoot.querySelector('a[part=link]'), 'the badge kept its server-rendered link').to.equal(badgeLink);
      expect(badgeRoot.querySelectorAll('a')).to.have.length(1);
      expect(badgeRoot.querySelector('style'), 'the badge uses its constructable stylesheet').to.equal(null);
      expect(badgeLink!.textContent).to.contain('Telefónica');
    });
  }

  it('draws every widget when the script runs in a browser without declarative shadow DOM', async () => {
    const { win, doc } = await openFrame('/ssr/page-hydrated.html?no-dsd');
    const widgets = [...doc.querySelectorAll(['coe-partner-badge', ...LIT_WIDGETS].join(','))];
    expect(
      widgets.filter((widget) => widget.shadowRoot),
      'no shadow root before the script (the browser left the templates inert)',
    ).to.have.length(0);
    const problems = recordProblems(win);

    await hydrate(win, doc);

    expect(problems.errors).to.deep.equal([]);
    for (const widget of widgets) {
      expect(widget.shadowRoot?.textContent?.trim(), widget.localName).to.not.equal('');
      expect(hasBox(widget), `${widget.localName} is drawn`).to.equal(true);
    }
    expect(texts(shadow(doc, 'coe-partner-grid'), 'li a.link')).to.have.length(defaultData.partners!.length);
  });

  it('lets the visitor search the hydrated grid', async () => {
    const { win, doc } = await openFrame('/ssr/page-hydrated.html');
    const problems = recordProblems(win);
    await hydrate(win, doc);
    const grid = shadow(doc, 'coe-partner-grid');
    const search = grid.querySelector<HTMLInputElement>('#search')!;
    search.value = 'telefonica';
    search.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    await (doc.querySelector('coe-partner-grid') as LitLike).updateComplete;
    expect(texts(grid, '.card:not([hidden]) .name')).to.deep.equal(['Telefónica']);
    expect(texts(grid, '[part=count]')).to.deep.equal(['1 partner']);
    expect(problems.errors).to.deep.equal([]);
  });

  it('draws each badge on the server as its script does', async () => {
    const { doc } = await openFrame('/ssr/badges.html', 'allow-same-origin');
    const serverBadges = [...doc.querySelectorAll('coe-partner-badge')];
    expect(serverBadges).to.have.length(10);
    for (const serverBadge of serverBadges) {
      const wrapper = document.createElement('div');
      wrapper.lang = serverBadge.closest('[lang]')!.getAttribute('lang')!;
      const clientBadge = document.createElement('coe-partner-badge');
      for (const { name, value } of serverBadge.attributes) clientBadge.setAttribute(name, value);
      wrapper.append(clientBadge);
      document.body.append(wrapper);
      await waitUntil(() => clientBadge.shadowRoot!.querySelector('a')!.childElementCount > 0, 'the client badge rendered');
      const describe = `<coe-partner-badge ${[...serverBadge.attributes].map(({ name, value }) => `${name}="${value}"`).join(' ')}>`;
      const serverRoot = serverBadge.shadowRoot!;
      expect(
        [...serverRoot.children].map((child) => child.localName),
        describe,
      ).to.deep.equal(['style', 'a']);
      expect(serverRoot.querySelector('a')!.outerHTML, describe).to.equal(clientBadge.shadowRoot!.querySelector('a')!.outerHTML);
      expect(serverBadge.getBoundingClientRect().width, describe).to.equal(clientBadge.getBoundingClientRect().width);
      wrapper.remove();
    }
  });

  it("draws a badge neutral on the server for a page that is not on its partner's domains, or whose address it is not told", async () => {
    const cases: [string, boolean][] = [
      ['http://www.telefonica.com/es/', true],
      ['https://evil.example/', false],
      ['https://telefonica.com.evil.example/', false],
      ['', false],
    ];
    for (const [as, isVerified] of cases) {
      const { doc } = await openFrame(`/ssr/badges.html?as=${encodeURIComponent(as)}`, 'allow-same-origin');
      const link = doc.querySelector('coe-partner-badge')!.shadowRoot!.querySelector('a')!;
      expect(link.classList.contains('neutral'), as).to.equal(!isVerified);
      expect(link.textContent, as).to.contain(isVerified ? 'Telefónica' : 'Partner not verified');
    }
  });

  it('renders only our six tags, and keeps attribute values as text', async () => {
    const hostile = '"><script>parent.pwned = true</script><b x="';
    const attributes = encodeURIComponent(JSON.stringify({ partner: 'telefonica', title: hostile, variant: 'compact' }));
    const response = await fetch(`/ssr/widget.html?tag=coe-partner-badge&attributes=${attributes}`);
    expect(response.status).to.equal(200);
    const container = document.createElement('div');
    container.setHTMLUnsafe(await response.text());
    const badge = container.querySelector('coe-partner-badge')!;
    expect(container.querySelector('script, b')).to.equal(null);
    expect(badge.getAttribute('title')).to.equal(hostile);
    expect(badge.shadowRoot!.textContent).to.contain('Telefónica');

    for (const [tag, refusal] of [
      ['script', 'is not one of coe-partnership, coe-partner-grid'],
      ['coe-contact-form', 'is drawn in the browser only'],
    ]) {
      const refused = await fetch(`/ssr/widget.html?tag=${tag}`);
      expect(refused.status, tag).to.equal(400);
      expect(await refused.text(), tag).to.contain(refusal);
    }
    const withSrc = await fetch(`/ssr/widget.html?tag=coe-partner-grid&attributes=${encodeURIComponent('{"src":"/data.json"}')}`);
    expect(await withSrc.text()).to.contain('pass the document as the data option');
  });

  it('styles the widgets under a strict Content Security Policy that lists the style hashes the renderer gives', async () => {
    const styled = (doc: Document) => ({
      grid: getComputedStyle(shadow(doc, 'coe-partner-grid').querySelector('ul')!).display,
      badge: getComputedStyle(shadow(doc, 'coe-partner-badge').querySelector('a')!).display,
    });
    const withHashes = await openFrame('/ssr/page.html?csp=hashes', 'allow-same-origin');
    expect(styled(withHashes.doc)).to.deep.equal({ grid: 'grid', badge: 'flex' });
    const withoutHashes = await openFrame('/ssr/page.html?csp=strict', 'allow-same-origin');
    expect(styled(withoutHashes.doc), 'the policy without the hashes blocks the styles').to.deep.equal({ grid: 'block', badge: 'inline' });
  });

  for (const lang of LOCALES) {
    it(`serves accessible markup before any script runs (${lang})`, async () => {
      const response = await fetch(`/ssr/fragment.html?lang=${lang}`);
      const container = document.createElement('div');
      container.lang = lang;
      document.body.append(container);
      container.setHTMLUnsafe(`<h1>Server-rendered</h1>${await response.text()}`);
      expect(shadow(container, 'coe-partner-grid').querySelectorAll('a.link')).to.have.length(27);
      await expect(container).to.be.accessible();
      container.remove();
    });
  }
});
