import { css } from 'lit';

export const partnershipStyles = css`
  :host {
    display: contents;
  }
`;
