import { css } from 'lit';

/**
 * Vertical (a line on the inline start) in narrow containers; from 48rem of
 * container width a line in the middle with the highlights alternating on
 * each side, still read top to bottom.
 */
export const highlightsTimelineStyles = css`
  :host {
    --_reserved-block-size: 16rem;
    --_marker: var(--coe-timeline-marker-size, 1.125rem);
    --_line: var(--coe-timeline-line-color, var(--_primary));
    --_gap: var(--coe-timeline-gap, var(--_space));
    --_axis-gap: calc(var(--_space) * 3);
  }
  .timeline {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }
  /* The line: a border, so that forced-colors mode keeps it. */
  .timeline::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    border-inline-start: 2px solid var(--_line);
  }
  .entry {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    column-gap: calc(var(--_space) * 0.75);
    align-items: start;
    break-inside: avoid;
  }
  .marker {
    position: relative;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    margin-block-start: calc(var(--_space) + 0.2em);
    border: 3px solid var(--_line);
    border-radius: 50%;
    background: var(--_accent);
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .card > * {
    max-inline-size: 100%;
  }
  /* The date reads after the title (heading navigation lands on the title) but shows above it. */
  .date {
    order: -1;
    margin-block-end: 0.25em;
    font-weight: 700;
    font-size: 0.9375em;
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }
  .read-more {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 1.5rem;
    margin-block-start: calc(var(--_space) * 0.75);
    color: var(--_primary);
    font-weight: 600;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    border-radius: 2px;
  }
  .read-more:hover {
    text-decoration-thickness: 2px;
  }
  .link-icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .marker,
    .link-icon {
      transition: transform var(--_duration) ease-out;
    }
    .entry:is(:hover, :focus-within) .marker {
      transform: scale(1.2);
    }
    .read-more:hover .link-icon {
      transform: translateX(0.2em);
    }
  }

  /*
   * Two-sided: two columns around the line; each highlight spans two grid rows and
   * the second starts one row down, so the sides interlock without overlapping
   * and the reading order (top to bottom) stays the chronological DOM order.
   */
  @container (min-width: 48rem) {
    .timeline {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--_axis-gap);
    }
    .timeline::before {
      inset-inline-start: calc(50% - 1px);
    }
    .entry {
      display: block;
      grid-row-end: span 2;
    }
    .entry:nth-child(odd) {
      grid-column: 1;
    }
    .entry:nth-child(even) {
      grid-column: 2;
    }
    .entry:nth-child(2) {
      grid-row-start: 2;
    }
    .marker {
      position: absolute;
      inset-block-start: calc(var(--_space) + 0.2em);
      margin: 0;
    }
    .entry:nth-child(odd) > .marker {
      inset-inline-end: calc((var(--_axis-gap) + var(--_marker)) / -2);
    }
    .entry:nth-child(even) > .marker {
      inset-inline-start: calc((var(--_axis-gap) + var(--_marker)) / -2);
    }
  }

  /* The date is not a link: in forced colours it takes the text colour, not the primary's LinkText. */
  @media (forced-colors: active) {
    .date {
      color: CanvasText;
    }
  }

  @media print {
    .entry,
    .card {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .timeline::before {
      border-color: currentColor;
    }
    .read-more {
      display: inline;
    }
    .read-more::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .link-icon {
      display: none;
    }
  }
`;
