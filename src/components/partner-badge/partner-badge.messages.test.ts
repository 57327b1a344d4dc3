import { expect } from '@open-wc/testing';
import { BADGE_LANGUAGES } from './partner-badge.languages.js';
import { asBadgeMessages, englishBadgeMessages } from './partner-badge.messages.js';

describe("the badge's language files", () => {
  it('are each the seven texts of the badge, in its order', async () => {
    for (const language of BADGE_LANGUAGES.filter((code) => code !== 'en' && code !== 'fr')) {
      const json: unknown = await (await fetch(new URL(`./badge-languages/${language}.json`, import.meta.url))).json();
      expect(asBadgeMessages(json), language).to.not.equal(undefined);
      expect((json as string[])[5], `${language}: "since" holds the year`).to.contain('{}');
      expect((json as string[])[6], `${language}: the end of the link's name holds the host`).to.contain('{}');
    }
  });

  it('are not used when they are not of that shape', () => {
    const texts = [...englishBadgeMessages];
    expect(asBadgeMessages(texts)).to.deep.equal(englishBadgeMessages);
    expect(asBadgeMessages(texts.slice(1)), 'six texts').to.equal(undefined);
    expect(asBadgeMessages([...texts, 'more']), 'eight texts').to.equal(undefined);
    expect(asBadgeMessages([...texts.slice(1), 7]), 'a number').to.equal(undefined);
    expect(asBadgeMessages([...texts.slice(1), 'x'.repeat(200)]), 'a long text').to.equal(undefined);
    expect(asBadgeMessages({ claim: ['Digital Partner', 'of the Council of Europe'] }), 'an object').to.equal(undefined);
    expect(asBadgeMessages(null)).to.equal(undefined);
  });
});
