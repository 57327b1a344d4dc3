import { expect } from '@open-wc/testing';
import '../src/define/all.js';
import { CoeBenefitsList, CoeContactForm, CoeHighlightsTimeline, CoePartnerBadge, CoePartnerGrid, CoePartnership } from '../src/index.js';
import { TAGS, type CoeTag } from '../src/core/tags.js';

// The elements' HTMLElementTagNameMap declarations keep literal keys (lit-analyzer, the manifest
// analyzer and editors read them as written); this line stops the build if one names a tag that
// TAGS does not have, or lacks one that it has.
const declared: { readonly [Tag in CoeTag]: HTMLElementTagNameMap[Tag] } | undefined = undefined;

describe('tag names, written once', () => {
  it('defines each of the six tags with its element, as TAGS names them', () => {
    expect(declared).to.equal(undefined);
    const classes = {
      partnership: CoePartnership,
      partnerGrid: CoePartnerGrid,
      highlightsTimeline: CoeHighlightsTimeline,
      benefitsList: CoeBenefitsList,
      contactForm: CoeContactForm,
      partnerBadge: CoePartnerBadge,
    };
    for (const [key, tag] of Object.entries(TAGS)) expect(customElements.get(tag), tag).to.equal(classes[key as keyof typeof TAGS]);
    expect(new Set(Object.values(TAGS)).size).to.equal(6);
  });
});
