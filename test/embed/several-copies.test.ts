import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openFrame, WIDGET_TAGS } from '../helpers/frame.js';

describe('several copies of the library on one page', () => {
  it('loads the CDN file twice and the npm build beside it: no exception, one definition, no warning for one version', async () => {
    const { win, doc } = await openFrame('/embed/copies.html');
    for (const tag of WIDGET_TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(doc.querySelector('coe-partner-grid')!.shadowRoot!.querySelectorAll('a.link')).to.have.length(27);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings.filter((warning) => warning.includes('coe-partnership-widgets'))).to.deep.equal([]);
  });

  it('warns once, and only once, when another version is already loaded', async () => {
    const { win } = await openFrame('/embed/versions.html');
    await waitUntil(() => win.recorded.warnings.length > 0, 'the version warning');
    const warnings = win.recorded.warnings.filter((warning) => warning.includes('coe-partnership-widgets'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9-older').and.to.contain('Load the library once');
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('lets a host register the CDN classes under its own prefix', async () => {
    const cdn = (await import(/* @vite-ignore */ `${location.origin}/dist/cdn/coe-widgets.js`)) as {
      CoePartnerGrid: CustomElementConstructor;
    };
    customElements.define('acme-partner-grid', class extends (cdn.CoePartnerGrid as typeof HTMLElement) {});
    const grid = await fixture<HTMLElement>(html`<acme-partner-grid></acme-partner-grid>`);
    await waitUntil(() => grid.shadowRoot?.querySelectorAll('a.link').length === 27, 'the prefixed grid renders the partners');
    expect(customElements.get('coe-partner-grid')).to.not.equal(undefined);
  });
});
