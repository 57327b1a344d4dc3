import { css } from 'lit';

/** Styles of renderDataList, renderDataStatus and renderLeftOutNotice, shared by the data widgets. */
export const dataStatusStyles = css`
  /* Holds the place of the list while its data loads, so the page does not jump when it arrives. */
  .data-frame {
    min-block-size: var(--_reserved-block-size, 8rem);
  }
  .data-frame > .data-status {
    margin: 0;
  }
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
