import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/partnership.js';
import '../../define/highlights-timeline.js';
import { CoePartnership } from './partnership.js';
import { defineElement } from '../../core/registration.js';
import type { CoeDataErrorEvent } from '../../core/events.js';
import type { Partner } from '../../core/data/types.js';
import type { DataProbe } from '../../../test/helpers/data-probe.js';
import '../../../test/helpers/data-probe.js';
import { captureConsoleErrors, waitForText } from '../../../test/helpers/wait.js';

async function probeIn(template: ReturnType<typeof html>): Promise<DataProbe> {
  const root = await fixture(template);
  const probe = (root.localName === 'test-data-probe' ? root : root.querySelector('test-data-probe')) as DataProbe;
  await probe.updateComplete;
  return probe;
}

const text = (probe: DataProbe): string => probe.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<coe-partnership> and the widgets inside it', () => {
  it('gives a widget outside any provider the 27 default partners', async () => {
    const probe = await probeIn(html`<test-data-probe></test-data-probe>`);
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(27);
    expect(text(probe)).to.contain('Joined 8 November 2017');
    await expect(probe).to.be.accessible();
  });

  it("shares the provider's data, loaded once from src, with every widget inside", async () => {
    const root = await fixture(html`<coe-partnership src="/test/fixtures/partnership.json">
      <test-data-probe></test-data-probe><test-data-probe></test-data-probe>
    </coe-partnership>`);
    const probes = [...root.querySelectorAll('test-data-probe')];
    for (const probe of probes) await waitForText(probe, 'Fixture Two');
    expect(probes[1].shadowRoot!.querySelectorAll('li')).to.have.length(2);
    expect(text(probes[0])).to.contain('Join date unknown');
    await expect(root).to.be.accessible();
  });

  it("speaks the provider's language, in French dates", async () => {
    const probe = await probeIn(html`<coe-partnership lang="fr"><test-data-probe></test-data-probe></coe-partnership>`);
    expect(probe.locale).to.equal('fr');
    expect(text(probe)).to.contain('Partenaire depuis 8 novembre 2017');
    expect(text(probe)).to.contain('Date d’adhésion inconnue');
    await expect(probe).to.be.accessible();
  });

  it("lets the widget's own lang win over the provider's", async () => {
    const probe = await probeIn(html`<coe-partnership lang="fr"><test-data-probe lang="en"></test-data-probe></coe-partnership>`);
    expect(probe.locale).to.equal('en');
  });

  it('switches language when lang changes on the element or an ancestor', async () => {
    const root = await fixture(html`<div lang="en"><coe-partnership><test-data-probe></test-data-probe></coe-partnership></div>`);
    const probe = root.querySelector('test-data-probe')!;
    await probe.updateComplete;
    root.setAttribute('lang', 'fr');
    await waitForText(probe, 'novembre');
    probe.setAttribute('lang', 'en');
    await waitForText(probe, 'November');
    root.querySelector('coe-partnership')!.setAttribute('lang', 'fr');
    probe.removeAttribute('lang');
    await waitForText(probe, 'novembre');
    expect(probe.locale).to.equal('fr');
  });

  it("loads a widget's own src in preference to the provider's", async () => {
    const probe = await probeIn(
      html`<coe-partnership src="/test-api/slow?ms=0"><test-data-probe src="/test/fixtures/partnership.json"></test-data-probe></coe-partnership>`,
    );
    await waitForText(probe, 'Fixture One');
    expect(text(probe)).to.not.contain('Slow Partner');
  });

  it('shows a polite loading status, then the data', async () => {
    const probe = await probeIn(html`<test-data-probe src="/test-api/slow?ms=400"></test-data-probe>`);
    expect(probe.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('Loading…');
    await expect(probe).to.be.accessible();
    await waitForText(probe, 'Slow Partner');
  });

  for (const lang of ['en', 'fr']) {
    it(`shows a polite error in ${lang} when the provider's src is missing, and says why in the console`, async () => {
      let probe!: DataProbe;
      const logged = await captureConsoleErrors(async () => {
        probe = await probeIn(
          html`<coe-partnership lang=${lang} src="/test/fixtures/does-not-exist.json"><test-data-probe></test-data-probe></coe-partnership>`,
        );
        await waitForText(probe, lang === 'en' ? 'could not be loaded' : 'n’ont pas pu être chargées');
      });
      expect(logged.join('\n')).to.contain('404');
      await expect(probe).to.be.accessible();
    });
  }

  it("shows the widgets' polite error when the provider's src is not a data document, and names the field in the console", async () => {
    let probe!: DataProbe;
    const logged = await captureConsoleErrors(async () => {
      probe = await probeIn(
        html`<coe-partnership src="/test/fixtures/partners-not-a-list.json"><test-data-probe></test-data-probe></coe-partnership>`,
      );
      await waitForText(probe, 'cannot be shown');
    });
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(0);
    expect(logged.join('\n'))
      .to.contain('is not a data document')
      .and.to.contain('The list of partners must be a list in square brackets [ ]. (partners)');
  });

  it('reports invalid items with their paths and still shows the valid ones', async () => {
    const root = document.createElement('coe-partnership');
    root.src = '/test/fixtures/partly-invalid.json';
    root.append(document.createElement('test-data-probe'));
    const logged = await captureConsoleErrors(async () => {
      const event = oneEvent(root, 'coe-data-error') as Promise<CoeDataErrorEvent>;
      document.body.append(root);
      const { detail } = await event;
      expect(detail.errors.map((error) => error.path)).to.deep.equal(['partners[1].website']);
      await waitForText(root.querySelector('test-data-probe')!, 'Valid Partner');
    });
    expect(logged.join('\n')).to.contain('partners[1].website');
    expect(root.querySelector('test-data-probe')!.shadowRoot!.textContent).to.not.contain('Hostile Partner');
    root.remove();
  });

  it("reports a document's issues once for every widget sharing its src, per list, the first 20 of each and a count of the rest", async () => {
    const src = '/test/fixtures/many-invalid-items.json';
    const logged = await captureConsoleErrors(async () => {
      const root = await fixture(html`<div>
        <test-data-probe src=${src}></test-data-probe><test-data-probe src=${src}></test-data-probe><test-data-probe src=${src}></test-data-probe>
        <coe-highlights-timeline src=${src}></coe-highlights-timeline>
        <coe-partnership src=${src}><test-data-probe></test-data-probe></coe-partnership>
      </div>`);
      for (const probe of root.querySelectorAll('test-data-probe'))
        await waitUntil(() => probe.shadowRoot!.querySelector('ul'), 'the probe loaded');
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(logged).to.have.length(1);
    const [report] = logged;
    expect(report)
      .to.contain('Partner 1: the id is missing: add it. (partners[0].id)')
      .and.to.contain('Partner 4: the website is missing: add it. (partners[3].website)')
      .and.not.to.contain('partners[4].id');
    expect(report).to.contain('… and 39,980 more in partners');
    expect(report).to.contain('Highlight 1: the id is missing: add it. (highlights[0].id)').and.to.contain('… and 70 more in highlights');
    expect(report.length).to.be.below(5000);
  });

  it('validates data given as a property the same way', async () => {
    const probe = await probeIn(html`<test-data-probe></test-data-probe>`);
    const logged = await captureConsoleErrors(async () => {
      const event = oneEvent(probe, 'coe-data-error') as Promise<CoeDataErrorEvent>;
      // Invalid on purpose: a host's data is checked at run time, whatever its type says.
      probe.partners = [
        { id: 'ok', name: 'OK', kind: 'company', joined: null, website: 'https://ok.example' },
        { id: 'bad', name: 'Bad', kind: 'robot' },
      ] as unknown as Partner[];
      const { detail } = await event;
      expect(detail.errors.map((error) => error.path)).to.deep.equal(['partners[1].kind', 'partners[1].joined', 'partners[1].website']);
    });
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    expect(logged).to.have.length(1);
  });

  it("accepts a data document through the provider's data property", async () => {
    const root = await fixture<CoePartnership>(html`<coe-partnership><test-data-probe></test-data-probe></coe-partnership>`);
    root.data = {
      partners: [{ id: 'from-property', name: 'From Property', kind: 'association', joined: '2019', website: 'https://p.example' }],
    };
    await waitForText(root.querySelector('test-data-probe')!, 'Joined 2019');
  });

  it('reaches widgets that were on the page before the provider was defined (any import order, lazy loading)', async () => {
    const root = await fixture(
      html`<test-late-partnership src="/test/fixtures/partnership.json"><test-data-probe></test-data-probe></test-late-partnership>`,
    );
    const probe = root.querySelector('test-data-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(27);
    defineElement('test-late-partnership', CoePartnership);
    await waitForText(probe, 'Fixture One');
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });
});
