import { pluralForm } from '../../core/i18n/plural.js';

export interface PartnerGridMessages {
  readonly listLabel: string;
  readonly searchLabel: string;
  readonly filterLegend: string;
  readonly filterAll: string;
  readonly filterCompanies: string;
  readonly filterAssociations: string;
  /** "15 partners": the live region and the visible count. */
  readonly count: (count: number, formatted: string) => string;
  readonly emptyForQuery: (query: string) => string;
  readonly emptyForKind: string;
  readonly clearSearch: string;
  readonly showAll: string;
  /** The mark on the partner a badge's verification link asked for: "… since 8 November 2017". */
  readonly verifiedPartner: (date: string) => string;
  readonly verifiedPartnerDateUnknown: string;
  /** Shown when a verification link asks for an id that is not in the list. */
  readonly unknownPartnerId: (id: string) => string;
}

/** The English texts: what the widget carries, and what every other language falls back to (French and German: src/translations/). */
export const partnerGridEnglish: PartnerGridMessages = {
  listLabel: 'Partners of the Digital Partnership',
  searchLabel: 'Search partners',
  filterLegend: 'Type of partner',
  filterAll: 'All',
  filterCompanies: 'Companies',
  filterAssociations: 'Associations',
  count: (count, formatted) =>
    count === 0 ? 'No partners' : `${formatted} ${pluralForm(count, 'en', { one: 'partner', other: 'partners' })}`,
  emptyForQuery: (query) => `No partner matches “${query}”. Check the spelling or try another name.`,
  emptyForKind: 'No partner of this type.',
  clearSearch: 'Clear the search',
  showAll: 'Show all partners',
  verifiedPartner: (date) => `Verified Digital Partner of the Council of Europe since ${date}`,
  verifiedPartnerDateUnknown: 'Verified Digital Partner of the Council of Europe (join date unknown)',
  unknownPartnerId: (id) => `No Digital Partner has the id “${id}”.`,
};
