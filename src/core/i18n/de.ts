import { pluralForm } from './plural.js';
import type { Messages } from './messages.js';

export const de: Messages = {
  loading: 'Wird geladen …',
  loadError: 'Diese Informationen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
  dataError: 'Diese Informationen können nicht angezeigt werden.',
  invalidItems: (count, formatted) =>
    pluralForm(count, 'de', {
      one: 'Ein Eintrag kann nicht angezeigt werden, weil seine Daten ungültig sind.',
      other: `${formatted} Einträge können nicht angezeigt werden, weil ihre Daten ungültig sind.`,
    }),
  listCut: (shown, total) => `Nur die ersten ${shown} Einträge werden angezeigt: Die Liste hat ${total}.`,
  kind: { company: 'Unternehmen', association: 'Verband' },
  joined: (date) => `Partner seit ${date}`,
  joinedUnknown: 'Beitrittsdatum unbekannt',
  opensInNewTab: '(öffnet in einem neuen Tab)',
};
