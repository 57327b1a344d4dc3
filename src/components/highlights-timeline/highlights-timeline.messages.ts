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

/** The English texts: what the widget carries, and what every other language falls back to (French and German: src/translations/). */
export const highlightsTimelineEnglish: HighlightsTimelineMessages = {
  listLabel: 'Highlights of the Digital Partnership',
  readMore: 'Read more',
  readMoreAbout: (title) => ` about “${title}”`,
  empty: 'There are no highlights for this period.',
};
