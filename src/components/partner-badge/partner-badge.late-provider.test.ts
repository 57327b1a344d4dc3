// Its own page: only the badge and the provider's class, so no Lit widget has attached a
// ContextRoot: a provider defined after the badge still changes nothing of its claim.
import { expect, fixture, html } from '@open-wc/testing';
import { CoePartnership } from '../partnership/partnership.js';
import { defineElement } from '../../core/registration.js';
import '../../define/partner-badge.js';
import { captureWarnings } from '../../../test/helpers/wait.js';

const nameOf = (badge: Element): string => badge.shadowRoot!.querySelector('[part=name]')?.textContent ?? '';

describe('<coe-partner-badge> and a provider loaded after it', () => {
  it("never verifies a partner that only the late provider's data lists (scripts loaded in any order)", async () => {
    let badge!: Element;
    const warnings = await captureWarnings(async () => {
      const root = await fixture(
        html`<test-late-badge-partnership src="/test/fixtures/partnership.json"><coe-partner-badge partner="fixture-two"></coe-partner-badge></test-late-badge-partnership>`,
      );
      badge = root.querySelector('coe-partner-badge')!;
      defineElement('test-late-badge-partnership', CoePartnership);
      await (root as CoePartnership).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(nameOf(badge)).to.contain('Partner not verified');
    expect(warnings.join('\n')).to.contain('"fixture-two"');
    await expect(badge).to.be.accessible();
  });
});
