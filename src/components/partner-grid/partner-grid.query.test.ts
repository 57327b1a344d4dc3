import { expect } from '@open-wc/testing';
import { plainNameOrder } from './partner-grid.query.js';

/** The same names on every run: a small linear congruential generator. */
function* seededNumbers(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

// Letters of both cases, with the characters that make a collator differ from a plain comparison: digits (numeric
// order), spaces and punctuation, accents precomposed and combining, a dotted capital I, a ligature.
const ALPHABET = [
  'a',
  'b',
  'e',
  'l',
  'o',
  'z',
  'A',
  'B',
  'E',
  'Z',
  ' ',
  '&',
  '-',
  '.',
  '(',
  '1',
  '2',
  '9',
  '0',
  'é',
  'É',
  'e\u0301',
  'İ',
  'ß',
  'æ',
  'ø',
];

describe('plainNameOrder (the grid sorts names it can order without a collator)', () => {
  for (const locale of ['en-GB', 'fr-FR', 'de-DE']) {
    it(`never disagrees with Intl.Collator on 20,000 pairs of names (${locale})`, () => {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const random = seededNumbers(locale.length * 7919);
      const name = (): string =>
        Array.from(
          { length: 1 + Math.floor(random.next().value * 6) },
          () => ALPHABET[Math.floor(random.next().value * ALPHABET.length)],
        ).join('');
      const disagreements: string[] = [];
      let decided = 0;
      for (let index = 0; index < 20_000; index++) {
        const a = name();
        const b = random.next().value < 0.5 ? a.slice(0, 2) + name() : name();
        const plain = plainNameOrder(a, b);
        if (plain === undefined) continue;
        decided++;
        if (plain !== Math.sign(collator.compare(a, b))) disagreements.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${plain}`);
      }
      expect(disagreements.slice(0, 10)).to.deep.equal([]);
      expect(decided, 'pairs it decided').to.be.above(5_000);
    });
  }

  it('orders by the first letter that differs, ignoring case, and a name before its longer form', () => {
    expect(plainNameOrder('Apple', 'AT&T')).to.equal(-1);
    expect(plainNameOrder('the LEGO Group', 'Telefónica')).to.equal(1);
    expect(plainNameOrder('BT', 'BT Group')).to.equal(undefined);
    expect(plainNameOrder('BT', 'BTa')).to.equal(-1);
    expect(plainNameOrder('Item 9', 'Item 10')).to.equal(undefined);
    expect(plainNameOrder('Élan', 'Eagle')).to.equal(undefined);
  });
});
