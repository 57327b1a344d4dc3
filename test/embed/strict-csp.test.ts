import { expect, waitUntil } from '@open-wc/testing';
import { deepElements, openFrame, WIDGET_TAGS } from '../helpers/frame.js';

describe('embedding under a strict Content Security Policy with Trusted Types', () => {
  for (const [name, page] of [
    ['the one CDN file', '/embed/csp.html'],
    ['the loader and its modules', '/embed/csp-loader.html'],
  ])
    it(`renders every widget from ${name} with zero CSP violations and no inline style attribute`, async () => {
      const { win, doc } = await openFrame(page);
      await waitUntil(() => WIDGET_TAGS.every((tag) => win.customElements.get(tag)), 'every element is defined', { timeout: 8000 });
      await waitUntil(() => doc.querySelector('coe-partner-grid')!.shadowRoot?.querySelectorAll('a.link').length, 'the grid is drawn');
      const grid = doc.querySelector('coe-partner-grid')!;
      expect(grid.shadowRoot!.querySelectorAll('a.link')).to.have.length(27);
      expect(doc.querySelector('coe-partner-badge')!.shadowRoot!.textContent).to.contain('Telefónica');
      const styled = deepElements(doc).filter((el) => el.hasAttribute('style'));
      expect(styled.map((el) => el.localName)).to.deep.equal([]);
      expect(win.recorded.violations).to.deep.equal([]);
      expect(win.recorded.errors).to.deep.equal([]);
    });

  it('really enforces the policy on that page (eval and raw HTML strings are refused)', async () => {
    const { win, doc } = await openFrame('/embed/csp.html');
    expect(() => win.eval('1 + 1')).to.throw();
    expect(() => {
      doc.body.innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML|Trusted ?Type|Sink type mismatch/i);
  });

  it('keeps working when the visitor searches, filters and uses the form', async () => {
    const { win, doc } = await openFrame('/embed/csp.html');
    const grid = doc.querySelector('coe-partner-grid')!;
    const search = grid.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'lego';
    search.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    await (grid as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect([...grid.shadowRoot!.querySelectorAll('.card:not([hidden]) .name')].map((name) => name.textContent)).to.deep.equal([
      'The LEGO Group',
    ]);
    const form = doc.querySelector('coe-contact-form')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('There is a problem');
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});
