import { expect, html } from '@open-wc/testing';
import { renderGrid, shadow, visibleNames } from '../../../test/helpers/partner-grid.js';

type IntlService = 'DateTimeFormat' | 'NumberFormat' | 'Collator';
const SERVICES: readonly IntlService[] = ['DateTimeFormat', 'NumberFormat', 'Collator'];

/**
 * Counts the `Intl` formatters made while `run` runs. The first of each in a page sets up ICU data: measured at 35
 * to 50 ms for a DateTimeFormat, 35 ms for a NumberFormat and 20 ms for a Collator in a fresh Chromium page, more
 * than the server-rendered grid costs to lay out (issue 22). This file's page has made none before.
 */
async function intlMadeDuring(run: () => Promise<void>): Promise<Record<IntlService, number>> {
  const made = { DateTimeFormat: 0, NumberFormat: 0, Collator: 0 };
  const originals = SERVICES.map((name) => [name, Intl[name]] as const);
  for (const [name, Original] of originals) {
    const count = (): void => void made[name]++;
    const Counting = new Proxy(Original, {
      construct: (target, args) => (count(), Reflect.construct(target, args) as object),
      apply: (target, self, args) => (count(), Reflect.apply(target, self, args) as unknown),
    });
    Object.assign(Intl, { [name]: Counting });
  }
  try {
    await run();
  } finally {
    for (const [name, Original] of originals) Object.assign(Intl, { [name]: Original });
  }
  return made;
}

describe('<coe-partner-grid> starts without setting up ICU', () => {
  for (const [lang, joined, count] of [
    ['en', 'Joined 23 May 2018', '27 partners'],
    ['fr', 'Partenaire depuis 23 mai 2018', '27 partenaires'],
    ['de', 'Partner seit 23. Mai 2018', '27 Partner'],
  ] as const) {
    it(`draws the 27 default partners in name order, their join dates and the count with no Intl formatter (${lang})`, async () => {
      let names: string[] = [];
      let text = '';
      const made = await intlMadeDuring(async () => {
        const grid = await renderGrid(html`<coe-partner-grid lang=${lang} searchable filterable></coe-partner-grid>`);
        names = visibleNames(grid);
        text = shadow(grid).textContent!.replace(/\s+/g, ' ');
      });
      expect(made).to.deep.equal({ DateTimeFormat: 0, NumberFormat: 0, Collator: 0 });
      expect(names).to.have.length(27);
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      expect(names).to.deep.equal([...names].sort(collator.compare));
      expect(text).to.contain(joined).and.to.contain(count);
    });
  }
});
