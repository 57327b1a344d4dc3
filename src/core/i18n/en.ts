import { pluralForm } from './plural.js';
import type { Messages } from './messages.js';

export const en: Messages = {
  loading: 'Loading…',
  loadError: 'This information could not be loaded. Please try again later.',
  dataError: 'This information cannot be shown.',
  invalidItems: (count, formatted) =>
    pluralForm(count, 'en', {
      one: 'One item could not be shown because its data is invalid.',
      other: `${formatted} items could not be shown because their data is invalid.`,
    }),
  listCut: (shown, total) => `Only the first ${shown} items are shown: the list has ${total}.`,
  kind: { company: 'Company', association: 'Association' },
  joined: (date) => `Joined ${date}`,
  joinedUnknown: 'Join date unknown',
  opensInNewTab: '(opens in a new tab)',
};
