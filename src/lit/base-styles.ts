import { css, unsafeCSS } from 'lit';
import { forThisBrowser } from '../core/styles/light-dark.js';
import { tokensCss } from '../core/styles/tokens.js';

/**
 * Tokens, light/dark, forced-colors, reduced motion, focus ring and the
 * visually-hidden helper: the first entry of every Lit widget's `styles`.
 * `unsafeCSS` is safe here: `tokensCss` is our own constant, never user input.
 */
export const baseStyles = css`
  ${unsafeCSS(forThisBrowser(tokensCss))}
`;
