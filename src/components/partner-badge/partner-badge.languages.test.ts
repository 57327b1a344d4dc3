import { expect, html, waitUntil } from '@open-wc/testing';
import '../../define/partner-badge.js';
import { BADGE_LANGUAGES, badgeLanguageOf } from './partner-badge.languages.js';
import { BADGE_SIZES } from './partner-badge.styles.js';
import { defaultPartnerRoster } from '../../core/data/default-partner-roster.js';
import { englishBadgeMessages, fill, type PartnerBadgeMessages } from './partner-badge.messages.js';
import { captureWarnings, linkOf, readableTexts, renderBadge, settle, textOf, VARIANTS } from '../../../test/helpers/badge.js';

/** The partners with the longest names, and an id no partner has; in English and German (the longest words), every partner. */
const LONGEST_NAMES = ['etno', 'icco', 'european-digital-sme-alliance', 'deutsche-telekom', 'nobody'];
const EVERY_PARTNER = [...defaultPartnerRoster.map(({ id }) => id), 'nobody'];
const yearJoined = (id: string): string | undefined => defaultPartnerRoster.find((partner) => partner.id === id)?.joined?.slice(0, 4);

/** A language's texts as the badge's file gives them (English and French are in the script itself). */
async function textsOf(language: string): Promise<PartnerBadgeMessages> {
  if (language === 'en') return englishBadgeMessages;
  if (language === 'fr') return (await import('./partner-badge.messages.js')).badgeMessagesAtHand('fr')!;
  const response = await fetch(new URL(`./badge-languages/${language}.json`, import.meta.url));
  return (await response.json()) as PartnerBadgeMessages;
}

describe('<coe-partner-badge> in its 27 languages', () => {
  it('knows 27 languages: English, French, the other 22 official languages of the EU, Norwegian, Turkish and Ukrainian', () => {
    expect(BADGE_LANGUAGES).to.have.length(27);
    expect(new Set(BADGE_LANGUAGES).size).to.equal(27);
    for (const language of ['de', 'es', 'it', 'pl', 'nl', 'da', 'sv', 'fi', 'ga', 'mt', 'nb', 'tr', 'uk'])
      expect(BADGE_LANGUAGES).to.include(language);
  });

  it('picks its language from a BCP 47 tag: a region falls back to its language, Norwegian to nb, anything else to English', () => {
    expect(['de-AT', 'pt-BR', 'no', 'nn-NO', 'NB', 'sv_FI', 'ja', '', null, 'x-klingon'].map(badgeLanguageOf)).to.deep.equal([
      'de',
      'pt',
      'nb',
      'nb',
      'nb',
      'sv',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  // First: later tests fetch every language, and a language is fetched once per page.
  it('fetches a language once for every badge of the page, from the folder beside its script, and nothing for English or French', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const root = await renderBadge<HTMLElement>(html`<div>
      <coe-partner-badge partner="telefonica" lang="es"></coe-partner-badge><coe-partner-badge partner="orange" lang="es-ES"></coe-partner-badge>
      <coe-partner-badge partner="lego-group" lang="da"></coe-partner-badge><coe-partner-badge partner="orange" lang="fr"></coe-partner-badge>
    </div>`);
    await waitUntil(
      () => [...root.querySelectorAll('coe-partner-badge')].every((badge) => linkOf(badge).childElementCount > 0),
      'all drawn',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const folder = new URL('./badge-languages/', import.meta.url).href;
    expect(requests.filter((name) => name.includes('badge-languages')).sort()).to.deep.equal([`${folder}da.json`, `${folder}es.json`]);
    expect(textOf(root.querySelector('coe-partner-badge')!, 'claim')).to.equal('Socio digital del Consejo de Europa');
  });

  for (const language of BADGE_LANGUAGES) {
    it(`speaks ${language}, and every variant keeps its fixed size with no text cut off, verified or not`, async () => {
      const texts = await textsOf(language);
      let root!: HTMLElement;
      await captureWarnings(async () => {
        root = await renderBadge<HTMLElement>(html`<div lang=${language === 'de' ? 'de-AT' : language}>
          ${(['en', 'de'].includes(language) ? EVERY_PARTNER : LONGEST_NAMES).map((partner) => VARIANTS.map((variant) => html`<coe-partner-badge partner=${partner} variant=${variant}></coe-partner-badge>`))}
        </div>`);
        await waitUntil(
          () => [...root.querySelectorAll('coe-partner-badge')].every((badge) => linkOf(badge).lang === language),
          `the badges speak ${language}`,
        );
      });
      // The text's fit is measured once the browser has laid the new text out.
      await settle();
      const problems: string[] = [];
      for (const badge of root.querySelectorAll('coe-partner-badge')) {
        const variant = badge.getAttribute('variant') as (typeof VARIANTS)[number];
        const label = `${language} ${variant} ${badge.getAttribute('partner')}`;
        const isVerified = badge.getAttribute('partner') !== 'nobody';
        const { width, height } = badge.getBoundingClientRect();
        if (width !== BADGE_SIZES[variant].width || height !== BADGE_SIZES[variant].height) problems.push(`${label}: ${width} × ${height}`);
        const [claimLine1, claimLine2, programmeLine1, programmeLine2, unverified, since, leadsTo] = texts;
        expect(textOf(badge, 'claim'), label).to.equal(isVerified ? `${claimLine1} ${claimLine2}` : `${programmeLine1} ${programmeLine2}`);
        if (!isVerified) expect(textOf(badge, 'name'), label).to.contain(unverified);
        const year = yearJoined(badge.getAttribute('partner')!);
        if (year && variant === 'full') expect(textOf(badge, 'since'), label).to.contain(fill(since, year).trim());
        expect(badge.shadowRoot!.textContent, label).to.contain(fill(leadsTo, 'www.coe.int').trim());
        const box = linkOf(badge).getBoundingClientRect();
        for (const span of readableTexts(badge)) {
          const text = `${label}: "${span.textContent}"`;
          if (span.scrollWidth > span.clientWidth) problems.push(`${text} is cut off`);
          const rect = span.getBoundingClientRect();
          if (rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) problems.push(`${text} overflows the badge`);
        }
      }
      expect(problems.join('\n'), 'sizes and overflows').to.equal('');
    });
  }
});
