export interface BenefitsListMessages {
  /** The accessible name of each list. */
  readonly listLabel: Readonly<Record<'benefits' | 'cooperation', string>>;
  /** Shown when the list has no item. */
  readonly empty: string;
}

/** The English texts: what the widget carries, and what every other language falls back to (French and German: src/translations/). */
export const benefitsListEnglish: BenefitsListMessages = {
  listLabel: { benefits: 'Benefits of the partnership', cooperation: 'Forms of cooperation' },
  empty: 'There is nothing to show here yet.',
};
