import type { ComponentMessages } from '../../core/i18n/component-messages.js';

export interface HighlightsTimelineMessages {
  /** The accessible name of the list of highlights. */
  readonly listLabel: string;
  /** The visible text of a highlight's link. */
  readonly readMore: string;
  /** Read after `readMore` by screen readers only, so the link says what it opens. */
  readonly readMoreAbout: (title: string) => string;
  /** Shown when `from`/`to` leave no highlight. */
  readonly empty: string;
}

export const highlightsTimelineMessages: ComponentMessages<HighlightsTimelineMessages> = {
  en: {
    listLabel: 'Highlights of the Digital Partnership',
    readMore: 'Read more',
    readMoreAbout: (title) => ` about “${title}”`,
    empty: 'There are no highlights for this period.',
  },
  fr: {
    listLabel: 'Temps forts du Partenariat numérique',
    readMore: 'En savoir plus',
    readMoreAbout: (title) => ` sur «\u00a0${title}\u00a0»`,
    empty: 'Aucun temps fort pour cette période.',
  },
  de: {
    listLabel: 'Höhepunkte der Digitalen Partnerschaft',
    readMore: 'Mehr erfahren',
    readMoreAbout: (title) => ` über „${title}“`,
    empty: 'Für diesen Zeitraum gibt es keine Höhepunkte.',
  },
};
