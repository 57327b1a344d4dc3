/**
 * The default data embedded in every widget: the partners, cooperation
 * highlights, benefits and forms of cooperation of the Council of Europe's
 * Digital Partnership with internet companies and their representative
 * associations.
 *
 * Compiled from public Council of Europe pages (chiefly
 * https://www.coe.int/en/web/digital-governance/cooperation-with-companies)
 * and the other public sources the project's fact sheet lists for each
 * partner (kept outside this package), with the original page's typos
 * corrected.
 *
 * A join date that no source confirms is `null`: it is never guessed.
 *
 * Each list lives in its own module (`default-partners.ts`, with its compact
 * roster in `default-partner-roster.ts` for the badge, `default-highlights.ts`,
 * `default-benefits.ts`, `default-cooperation.ts`) so that an element carries
 * only the lists it shows.
 */
import { defaultBenefits } from './default-benefits.js';
import { defaultCooperation } from './default-cooperation.js';
import { defaultHighlights } from './default-highlights.js';
import { defaultPartners } from './default-partners.js';
import type { PartnershipData } from './types.js';

export const defaultData: PartnershipData = {
  partners: defaultPartners,
  highlights: defaultHighlights,
  benefits: defaultBenefits,
  cooperation: defaultCooperation,
};
