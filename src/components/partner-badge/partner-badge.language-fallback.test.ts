// Its own page: a language whose file cannot be had is poisoned for the rest of the page.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../define/partner-badge.js';
import { badgeMessages } from './partner-badge.messages.js';
import { captureWarnings, part, renderBadge, textOf } from '../../../test/helpers/badge.js';

describe('<coe-partner-badge> when a language file cannot be had', () => {
  it('speaks English, marked lang="en", and says why in the console', async () => {
    // The texts of Lithuanian asked for in a folder that does not exist: the page gets a 404 for them.
    const failure = await Promise.resolve(badgeMessages('lt', new URL('/no-such-folder/', location.href))).then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(failure).to.contain('/no-such-folder/lt.json');
    let badge!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      badge = await renderBadge(html`<coe-partner-badge partner="orange" lang="lt"></coe-partner-badge>`);
      await waitUntil(() => part(badge, 'link')!.childElementCount > 0, 'drawn');
    });
    expect(part(badge, 'link')!.lang).to.equal('en');
    expect(textOf(badge, 'claim')).to.equal('Digital Partner of the Council of Europe');
    expect(warnings.join('\n')).to.contain('speaks English: the lt texts could not be loaded');
    await expect(badge).to.be.accessible();
  });
});
