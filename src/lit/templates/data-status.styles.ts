import { css } from 'lit';

/** Styles of renderDataStatus / renderInvalidNotice, shared by the data widgets. */
export const dataStatusStyles = css`
  .data-status {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .data-status--error {
    border-inline-start: 4px solid var(--_danger);
  }
`;
