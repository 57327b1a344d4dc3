import { css } from 'lit';

export const partnerGridStyles = css`
  :host {
    --_min-column: var(--coe-grid-min-column, 16rem);
    --_gap: var(--coe-grid-gap, 0.75rem);
    --_logo-height: var(--coe-logo-height, 3.5rem);
    min-block-size: 12rem;
  }

  .toolbar {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36rem) {
    .toolbar {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: flex-end;
    }
    .search {
      flex: 1 1 16rem;
    }
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .search-label,
  .filter-legend {
    font-weight: 600;
  }
  input[type='search'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
  }
  input[type='search']:focus-visible {
    border-color: var(--_primary);
  }

  .filter {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .filter-legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .filter-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .filter-option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem 0.375rem 0.625rem;
    border: 2px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    background: var(--_surface);
    transition: background-color var(--_duration), border-color var(--_duration);
  }
  .filter-option input {
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .filter-option:has(input:checked) {
    background: var(--_surface-alt);
    border-color: var(--_primary);
    font-weight: 600;
  }
  .filter-count {
    font-variant-numeric: tabular-nums;
  }

  .count {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-column)), 1fr));
    gap: var(--_gap);
  }

  /* The shared card (itemCardStyles), as a whole-card link: raised only under the pointer or the focus. */
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.75);
    box-shadow: none;
    overflow-wrap: normal;
    /* Off-screen cards cost nothing to lay out or paint. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9.5rem;
    transition: border-color var(--_duration), box-shadow var(--_duration);
  }
  .card[hidden] {
    display: none;
  }
  .card:hover,
  .card:focus-within {
    border-color: var(--_primary);
    box-shadow: var(--_shadow);
  }

  .link {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    color: var(--_primary);
    text-decoration: none;
    outline: none;
  }
  a.link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  a.link:focus-visible::after {
    outline: var(--_focus-width) solid var(--_focus);
    /* Inside the card: content-visibility clips anything drawn outside its box. */
    outline-offset: calc(-1 * var(--_focus-width));
  }
  a.link:hover .name,
  a.link:focus-visible .name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link--none {
    color: var(--_text);
  }

  .mark {
    display: grid;
    place-items: center;
    block-size: var(--_logo-height);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
  }
  .mark img {
    max-inline-size: 100%;
    max-block-size: 100%;
    inline-size: auto;
    block-size: auto;
    object-fit: contain;
  }
  .mark--monogram {
    background: var(--_surface-alt);
    color: var(--_primary);
    font-weight: 700;
    font-size: 1.375rem;
    letter-spacing: 0.04em;
    border-block-end: 3px solid var(--_accent);
  }

  .name {
    font-weight: 600;
    font-size: 0.9375em;
    line-height: 1.25;
    /* Between words; a word wider than its tile (a very narrow container) is hyphenated in the card's language, not cut. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* At the foot of the card: in a row of cards whose names take one to three lines, the metas line up. */
  .meta {
    margin: auto 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  /* The kind, then the join date on a line of its own: every card's foot is two lines, whatever the language. */
  .meta > span:first-child {
    display: block;
  }
  .meta-sep {
    display: none;
  }
  /* What became of the partner since it joined ("Now Meta."), in the page's language. */
  .note {
    display: block;
    font-size: 0.9375em;
  }
  /* The comma a screen reader says between them takes no room on the second line. */
  .meta > .visually-hidden-inline {
    position: absolute;
  }

  /*
   * The partner a badge's verification link asked for (#partner=<id>): a thick frame, a check mark and a
   * line of text, so that colour is never the only sign. Laid out at once (content-visibility would
   * leave its size unknown to the scroll).
   */
  .card--verified {
    border: 3px solid var(--_primary);
    content-visibility: visible;
    scroll-margin-block: calc(var(--_space) * 2);
  }
  .verified {
    margin: 0;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .verified-mark {
    font-weight: 700;
  }
  .verification-message {
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .empty p {
    margin: 0 0 0.75rem;
  }
  .button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }

  .data-status {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  /*
   * A phone (a container under 36rem): at least two columns of compact tiles, so that the 27 partners take
   * about 1,900 px at 390 px instead of 27 full-width cards. The name's size lets the longest word of a name
   * ("Telecommunications") fit a tile on a 390 px phone, page margins included (a 358 px container); names
   * wrap between words, never inside one. Under 21rem
   * (336 px: a 320 px phone, a sidebar) the tiles take one column.
   */
  @container (max-width: 35.99rem) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--coe-grid-min-column, 10rem)), 1fr));
      gap: var(--coe-grid-gap, 0.5rem);
    }
    .card {
      gap: 0.125rem;
      padding: 0.375rem 0.4375rem 0.5rem;
      contain-intrinsic-size: auto 7rem;
    }
    .link {
      gap: 0.25rem;
    }
    .mark {
      block-size: min(var(--_logo-height), 2rem);
    }
    .mark--monogram {
      font-size: 1.0625rem;
      border-block-end-width: 2px;
    }
    .name {
      font-size: 0.8125em;
      line-height: 1.25;
    }
    .meta {
      font-size: 0.8125em;
      line-height: 1.35;
    }
    /* The kind and the date run on in a tile: two lines at most. */
    .meta > span:first-child,
    .meta-sep {
      display: inline;
    }
  }

  @media (forced-colors: active) {
    .filter-option:has(input:checked) {
      border-color: Highlight;
    }
    .mark--monogram {
      border: 1px solid CanvasText;
    }
    .card--verified {
      border-color: Highlight;
    }
  }

  @media print {
    .toolbar,
    .count {
      display: none;
    }
    .card {
      content-visibility: visible;
    }
  }
`;
