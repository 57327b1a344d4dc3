import { pluralForm } from './plural.js';
import type { Messages } from './messages.js';

export const fr: Messages = {
  loading: 'Chargement…',
  loadError: 'Ces informations n’ont pas pu être chargées. Veuillez réessayer plus tard.',
  dataError: 'Ces informations ne peuvent pas être affichées.',
  invalidItems: (count, formatted) =>
    pluralForm(count, 'fr', {
      one: `${count === 1 ? 'Un' : formatted} élément n’a pas pu être affiché car ses données ne sont pas valides.`,
      other: `${formatted} éléments n’ont pas pu être affichés car leurs données ne sont pas valides.`,
    }),
  listCut: (shown, total) => `Seuls les ${shown} premiers éléments sont affichés\u00a0: la liste en compte ${total}.`,
  kind: { company: 'Entreprise', association: 'Association' },
  joined: (date) => `Partenaire depuis ${date}`,
  joinedUnknown: 'Date d’adhésion inconnue',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
};
