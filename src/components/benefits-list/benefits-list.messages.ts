import type { ComponentMessages } from '../../core/i18n/component-messages.js';

export interface BenefitsListMessages {
  /** The accessible name of each list. */
  readonly listLabel: Readonly<Record<'benefits' | 'cooperation', string>>;
  /** Shown when the list has no item. */
  readonly empty: string;
}

export const benefitsListMessages: ComponentMessages<BenefitsListMessages> = {
  en: {
    listLabel: { benefits: 'Benefits of the partnership', cooperation: 'Forms of cooperation' },
    empty: 'There is nothing to show here yet.',
  },
  fr: {
    listLabel: { benefits: 'Avantages du partenariat', cooperation: 'Formes de coopération' },
    empty: 'Il n’y a encore rien à afficher ici.',
  },
  de: {
    listLabel: { benefits: 'Vorteile der Partnerschaft', cooperation: 'Formen der Zusammenarbeit' },
    empty: 'Hier gibt es noch nichts anzuzeigen.',
  },
};
