import { css } from 'lit';

/** `list`: rows with the icon at the start; `cards`: a grid that follows the container's width. */
export const benefitsListStyles = css`
  :host {
    --_reserved-block-size: 12rem;
    --_gap: var(--coe-benefits-gap, var(--_space));
  }
  .items {
    display: grid;
    gap: var(--_gap);
  }
  .item {
    display: flex;
    gap: calc(var(--_space) * 0.875);
    align-items: flex-start;
    min-inline-size: 0;
    break-inside: avoid;
  }
  .item-body {
    min-inline-size: 0;
  }
  .icon {
    box-sizing: content-box;
    padding: 0.4em;
    border-radius: 50%;
    background: var(--_surface-alt);
  }

  .items--list {
    padding-block: calc(var(--_space) * 0.25);
  }
  .items--list .item + .item {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  .items--cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--coe-benefits-min-column, 16rem)), 1fr));
  }
  .items--cards .item {
    flex-direction: column;
  }
  @container (min-width: 36rem) {
    .items--list .item .icon {
      inline-size: 2em;
      block-size: 2em;
    }
  }
  @media (forced-colors: active) {
    .icon {
      border: 1px solid CanvasText;
    }
  }
`;
