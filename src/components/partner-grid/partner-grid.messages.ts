import { pluralForm } from '../../core/i18n/plural.js';
import type { ComponentMessages } from '../../core/i18n/component-messages.js';

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

export const partnerGridMessages: ComponentMessages<PartnerGridMessages> = {
  en: {
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
  },
  fr: {
    listLabel: 'Partenaires du partenariat numérique',
    searchLabel: 'Rechercher un partenaire',
    filterLegend: 'Type de partenaire',
    filterAll: 'Tous',
    filterCompanies: 'Entreprises',
    filterAssociations: 'Associations',
    count: (count, formatted) =>
      count === 0 ? 'Aucun partenaire' : `${formatted} ${pluralForm(count, 'fr', { one: 'partenaire', other: 'partenaires' })}`,
    emptyForQuery: (query) => `Aucun partenaire ne correspond à «\u00a0${query}\u00a0». Vérifiez l’orthographe ou essayez un autre nom.`,
    emptyForKind: 'Aucun partenaire de ce type.',
    clearSearch: 'Effacer la recherche',
    showAll: 'Afficher tous les partenaires',
    verifiedPartner: (date) => `Partenaire numérique du Conseil de l’Europe vérifié depuis ${/^\d{1,2}\s/.test(date) ? 'le ' : ''}${date}`,
    verifiedPartnerDateUnknown: 'Partenaire numérique du Conseil de l’Europe vérifié (date d’adhésion inconnue)',
    unknownPartnerId: (id) => `Aucun partenaire numérique n’a l’identifiant «\u00a0${id}\u00a0».`,
  },
  de: {
    listLabel: 'Partner der Digitalen Partnerschaft',
    searchLabel: 'Partner suchen',
    filterLegend: 'Art des Partners',
    filterAll: 'Alle',
    filterCompanies: 'Unternehmen',
    filterAssociations: 'Verbände',
    count: (count, formatted) => (count === 0 ? 'Keine Partner' : `${formatted} Partner`),
    emptyForQuery: (query) =>
      `Kein Partner passt zu „${query}“. Prüfen Sie die Schreibweise oder versuchen Sie es mit einem anderen Namen.`,
    emptyForKind: 'Kein Partner dieser Art.',
    clearSearch: 'Suche zurücksetzen',
    showAll: 'Alle Partner anzeigen',
    verifiedPartner: (date) => `Verifizierter Digitaler Partner des Europarats seit ${/^\d{1,2}\.\s/.test(date) ? 'dem ' : ''}${date}`,
    verifiedPartnerDateUnknown: 'Verifizierter Digitaler Partner des Europarats (Beitrittsdatum unbekannt)',
    unknownPartnerId: (id) => `Kein Digitaler Partner hat die Kennung „${id}“.`,
  },
};
