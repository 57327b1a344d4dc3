import { css } from 'lit';

/**
 * The card every data widget draws (a partner, a highlight, a benefit, a form of cooperation):
 * surface, border, title, text and icon, and the print rules. Used after the base styles.
 */
export const itemCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .plain-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow-wrap: break-word;
    break-inside: avoid;
  }
  .card-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
  }
  /*
   * Lines a reader's eye can follow on a wide page: about 70 characters (60ch, the width of 60 zeros, which
   * are wider than the average letter), in a full-width list as in a card.
   */
  .card-title,
  .card-text {
    max-inline-size: var(--coe-measure, 60ch);
  }
  .card-text {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_text-muted);
  }
  .icon {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    color: var(--_primary);
  }
  @media print {
    :host {
      background: none;
    }
    .card {
      box-shadow: none;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .icon {
      color: inherit;
    }
  }
`;
