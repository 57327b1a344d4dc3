import { expect } from '@open-wc/testing';
import { defaultData } from './default-data.js';
import { validatePartnershipData } from './validate.js';
import type { LocalizedText } from './types.js';

function isBilingual(text: LocalizedText | undefined): boolean {
  return typeof text === 'object' && Boolean(text.en?.trim()) && Boolean(text.fr?.trim());
}

describe('the embedded default data', () => {
  it('passes its own validation with no error', () => {
    expect(validatePartnershipData(defaultData).errors).to.deep.equal([]);
  });

  it('lists the 27 partners, companies and associations, with the founding members of 8 November 2017', () => {
    const partners = defaultData.partners ?? [];
    expect(partners).to.have.length(27);
    expect(partners.filter((partner) => partner.joined === '2017-11-08')).to.have.length(14);
    expect(partners.find((partner) => partner.id === 'telefonica')?.name).to.equal('Telefónica');
    expect(partners.find((partner) => partner.id === 'lego-group')?.joined).to.equal('2022-06');
  });

  it('keeps unknown join dates unknown instead of guessing', () => {
    const unknown = (defaultData.partners ?? []).filter((partner) => partner.joined === null).map((partner) => partner.name);
    expect(unknown).to.have.members(['AT&T', 'BT', 'IBM', 'Internet Society (ISOC)']);
  });

  it('has the 6 benefits, the 5 forms of cooperation and the highlights, every text in English and French', () => {
    expect(defaultData.benefits).to.have.length(6);
    expect(defaultData.cooperation).to.have.length(5);
    expect(defaultData.highlights?.length).to.be.greaterThan(5);
    for (const item of [...(defaultData.benefits ?? []), ...(defaultData.cooperation ?? []), ...(defaultData.highlights ?? [])]) {
      expect(isBilingual(item.title), `${item.id} title`).to.equal(true);
      expect(isBilingual(item.text), `${item.id} text`).to.equal(true);
    }
  });

  it('carries none of the seed page typos', () => {
    const text = JSON.stringify(defaultData);
    for (const typo of ['respresentative', 'enngage', 'in the shaping the']) expect(text).to.not.contain(typo);
  });
});
