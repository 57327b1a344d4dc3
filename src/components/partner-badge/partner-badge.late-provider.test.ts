// Its own page: only the badge and the provider's class, so no Lit widget has attached a
// ContextRoot, and the badge must find a provider defined after it by itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CoePartnership } from '../partnership/partnership.js';
import { defineElement } from '../../core/registration.js';
import '../../define/partner-badge.js';
import { captureWarnings } from '../../../test/helpers/wait.js';

const nameOf = (badge: Element): string => badge.shadowRoot!.querySelector('[part=name]')?.textContent ?? '';

describe('<coe-partner-badge> and a provider loaded after it', () => {
  it('verifies against the provider once it is defined (scripts loaded in any order)', async () => {
    let badge!: Element;
    const warnings = await captureWarnings(async () => {
      const root = await fixture(
        html`<test-late-badge-partnership src="/test/fixtures/partnership.json"><coe-partner-badge partner="fixture-two"></coe-partner-badge></test-late-badge-partnership>`,
      );
      badge = root.querySelector('coe-partner-badge')!;
      await waitUntil(() => nameOf(badge).includes('Partner not verified'), 'not in the built-in list yet');
      defineElement('test-late-badge-partnership', CoePartnership);
      await waitUntil(() => nameOf(badge).includes('Fixture Two'), "the late provider's data verifies it");
    });
    expect(warnings.join('\n')).to.contain('"fixture-two"');
    await expect(badge).to.be.accessible();
    badge.setAttribute('lang', 'fr');
    await waitUntil(() => badge.shadowRoot!.textContent!.includes('Partenaire numérique'), 'French');
    await expect(badge).to.be.accessible();
  });
});
