import type { ComponentMessages } from '../../core/i18n/component-messages.js';

export interface PartnerGridMessages {
  readonly listLabel: string;
  readonly searchLabel: string;
  readonly filterLegend: string;
  readonly filterAll: string;
  readonly filterCompanies: string;
  readonly filterAssociations: string;
  /** "15 partners": the live region and the visible count. */
  readonly count: (count: number) => string;
  readonly emptyForQuery: (query: string) => string;
  readonly emptyForKind: string;
  readonly clearSearch: string;
  readonly showAll: string;
}

export const partnerGridMessages: ComponentMessages<PartnerGridMessages> = {
  en: {
    listLabel: 'Partners of the Digital Partnership',
    searchLabel: 'Search partners',
    filterLegend: 'Type of partner',
    filterAll: 'All',
    filterCompanies: 'Companies',
    filterAssociations: 'Associations',
    count: (count) => (count === 0 ? 'No partners' : count === 1 ? '1 partner' : `${count.toLocaleString('en-GB')} partners`),
    emptyForQuery: (query) => `No partner matches “${query}”. Check the spelling or try another name.`,
    emptyForKind: 'No partner of this type.',
    clearSearch: 'Clear the search',
    showAll: 'Show all partners',
  },
  fr: {
    listLabel: 'Partenaires du partenariat numérique',
    searchLabel: 'Rechercher un partenaire',
    filterLegend: 'Type de partenaire',
    filterAll: 'Tous',
    filterCompanies: 'Entreprises',
    filterAssociations: 'Associations',
    count: (count) => (count === 0 ? 'Aucun partenaire' : count === 1 ? '1 partenaire' : `${count.toLocaleString('fr-FR')} partenaires`),
    emptyForQuery: (query) => `Aucun partenaire ne correspond à «\u00a0${query}\u00a0». Vérifiez l’orthographe ou essayez un autre nom.`,
    emptyForKind: 'Aucun partenaire de ce type.',
    clearSearch: 'Effacer la recherche',
    showAll: 'Afficher tous les partenaires',
  },
};
