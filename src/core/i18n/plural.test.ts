import { expect } from '@open-wc/testing';
import { pluralForm } from './plural.js';

const CHARACTERS = { one: 'caractère', other: 'caractères' };
const POLISH_SIGNS = { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' };

describe('pluralForm', () => {
  it('follows each language’s rules: French puts 0 with 1, English does not', () => {
    expect([0, 1, 2].map((count) => pluralForm(count, 'fr', CHARACTERS))).to.deep.equal(['caractère', 'caractère', 'caractères']);
    expect([0, 1, 2].map((count) => pluralForm(count, 'en', { one: 'item', other: 'items' }))).to.deep.equal(['items', 'item', 'items']);
  });

  it('serves a host’s own language with its own categories (Polish: one, few, many)', () => {
    expect([1, 2, 5, 22, 25].map((count) => pluralForm(count, 'pl', POLISH_SIGNS))).to.deep.equal([
      'znak',
      'znaki',
      'znaków',
      'znaki',
      'znaków',
    ]);
  });

  it('takes `other` for a category the forms leave out', () => {
    expect(pluralForm(3, 'pl', { other: 'znaku' })).to.equal('znaku');
  });
});
