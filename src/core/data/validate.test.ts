import { expect } from '@open-wc/testing';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from './rules.js';
import { validateList, validatePartnershipData } from './validate.js';

const goodPartner = { id: 'good-co', name: 'Good Co', kind: 'company', joined: '2020-02', website: 'https://good.example/' };

/** Validates one partner changed by `change` and returns the paths of the errors. */
function partnerErrors(change: Record<string, unknown>): { paths: string[]; kept: number } {
  const { value, errors } = validateList('partners', [{ ...goodPartner, ...change }]);
  return { paths: errors.map((error) => error.path), kept: value.length };
}

describe('validatePartnershipData', () => {
  it('accepts a valid document unchanged', () => {
    const { value, errors } = validatePartnershipData({ partners: [goodPartner] });
    expect(errors).to.deep.equal([]);
    expect(value.partners).to.deep.equal([goodPartner]);
  });

  const badPartners: [string, Record<string, unknown>, string][] = [
    ['a name that is a number', { name: 42 }, 'partners[0].name'],
    ['an empty, whitespace-only name', { name: '   ' }, 'partners[0].name'],
    ['a name of zero-width characters only', { name: '\u200B\u200B\u2060' }, 'partners[0].name'],
    ['a name of control characters only', { name: '\u0000\u0001' }, 'partners[0].name'],
    ['an unknown kind', { kind: 'government' }, 'partners[0].kind'],
    ['a date in another format', { joined: '08/11/2017' }, 'partners[0].joined'],
    ['an impossible date', { joined: '2023-02-30' }, 'partners[0].joined'],
    ['a thirteenth month', { joined: '2020-13' }, 'partners[0].joined'],
    ['a year before 1900', { joined: '0050' }, 'partners[0].joined'],
    ['a two-digit year written with four digits', { joined: '0099-05' }, 'partners[0].joined'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'partners[0].website'],
    ['a relative website', { website: '/about' }, 'partners[0].website'],
    ['an id that is not kebab-case', { id: 'Good Co' }, 'partners[0].id'],
    ['an oversized name', { name: 'x'.repeat(MAX_SHORT_TEXT + 1) }, 'partners[0].name'],
    ['a missing website', { website: undefined }, 'partners[0].website'],
  ];
  for (const [what, change, path] of badPartners) {
    it(`leaves out a partner with ${what} and names ${path}`, () => {
      const { paths, kept } = partnerErrors(change);
      expect(paths).to.deep.equal([path]);
      expect(kept).to.equal(0);
    });
  }

  it('drops only a bad optional field and keeps the partner', () => {
    const { value, errors } = validateList('partners', [{ ...goodPartner, logo: 'javascript:alert(1)' }]);
    expect(errors.map((error) => error.path)).to.deep.equal(['partners[0].logo']);
    expect(value).to.have.length(1);
    expect(value[0]).to.not.have.property('logo');
  });

  it('keeps unknown join dates as null', () => {
    const { value, errors } = validateList('partners', [{ ...goodPartner, joined: null }]);
    expect(errors).to.deep.equal([]);
    expect(value[0].joined).to.equal(null);
  });

  it('reports duplicate ids and keeps the first', () => {
    const { value, errors } = validateList('partners', [goodPartner, { ...goodPartner, name: 'Copy' }]);
    expect(value.map((partner) => partner.name)).to.deep.equal(['Good Co']);
    expect(errors).to.have.length(1);
    expect(errors[0].path).to.equal('partners[1].id');
    expect(errors[0].message).to.contain('partners[0]');
  });

  it('reports every error of a document, each with its path, and keeps the valid items', () => {
    const { value, errors } = validatePartnershipData({
      partners: [goodPartner, 'not an object', { ...goodPartner, id: 'second', website: 'ftp://x' }],
      highlights: [{ id: 'h', date: '2017-11-08', title: { en: 'Launch', fr: 'Lancement', 'not a tag!': 'x' }, link: 'javascript:void 0' }],
      benefits: { not: 'an array' },
      cooperation: [{ id: 'c', title: 'Events', text: 'x'.repeat(MAX_LONG_TEXT + 1) }],
    });
    expect(errors.map((error) => error.path)).to.deep.equal([
      'partners[1]',
      'partners[2].website',
      'highlights[0].title.not a tag!',
      'highlights[0].link',
      'benefits',
      'cooperation[0].text',
    ]);
    expect(value.partners).to.have.length(1);
    expect(value.highlights?.[0].title).to.deep.equal({ en: 'Launch', fr: 'Lancement' });
    expect(value.highlights?.[0]).to.not.have.property('link');
    expect(value.benefits).to.deep.equal([]);
    expect(value.cooperation).to.deep.equal([]);
  });

  it('refuses a document that is not an object', () => {
    for (const input of [null, [], 'text', 42]) {
      const { errors } = validatePartnershipData(input);
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal('');
    }
  });

  it('never copies a hostile __proto__ key into the data', () => {
    const { value, errors } = validatePartnershipData(
      JSON.parse('{"benefits":[{"id":"b","title":{"__proto__":{"polluted":"yes"},"en":"T"},"text":"x"}]}'),
    );
    expect(errors.map((error) => error.path)).to.deep.equal(['benefits[0].title.__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(value.benefits?.[0].title).to.deep.equal({ en: 'T' });
  });
});
