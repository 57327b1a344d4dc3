/**
 * What each shared `--coe-` token is, for the places that describe the tokens rather than use them: the manifest's
 * `@cssprop` entries (custom-elements-manifest.config.mjs), `tokens.json` in the W3C Design Tokens format and the
 * Theming page (design-tokens.ts). The values are not here: they are read from `tokensCss` (tokens.ts), the CSS the
 * widgets run. No widget imports this file, so these words cost the widgets nothing.
 */

/** The W3C Design Tokens (DTCG) type of a token's value. */
export type TokenType = 'color' | 'fontFamily' | 'dimension' | 'number' | 'shadow' | 'duration';

export interface TokenDoc {
  readonly type: TokenType;
  /** What the token sets in every widget that reads it (an element's own JSDoc says what it sets there). */
  readonly description: string;
}

export const TOKEN_DOCS: Readonly<Record<string, TokenDoc>> = {
  '--coe-color-primary': { type: 'color', description: 'The brand colour: links, buttons, icons, dates and selected options.' },
  '--coe-color-on-primary': { type: 'color', description: 'Text on the primary colour (the send button).' },
  '--coe-color-accent': { type: 'color', description: 'The Council of Europe yellow: markers, underlines and leading edges.' },
  '--coe-color-text': { type: 'color', description: 'Text: names, titles, labels and paragraphs.' },
  '--coe-color-text-muted': {
    type: 'color',
    description: 'Secondary text (counts, hints, dates under a title), still 4.5:1 on the surfaces.',
  },
  '--coe-color-surface': { type: 'color', description: 'Background of cards, fields and panels.' },
  '--coe-color-surface-alt': {
    type: 'color',
    description: 'The second background: monograms, icon discs, selected options, notes and status messages.',
  },
  '--coe-color-border': { type: 'color', description: 'Edges of cards and messages (decorative: the text inside carries the meaning).' },
  '--coe-color-field-border': {
    type: 'color',
    description: 'Edges of text fields: 3:1 or more against the surface and the alternate surface.',
  },
  '--coe-color-danger': { type: 'color', description: 'Errors and the edge of a message saying data cannot be shown.' },
  '--coe-color-success': { type: 'color', description: "The confirmation's edge." },
  '--coe-font-family': { type: 'fontFamily', description: 'The font of every text.' },
  '--coe-font-size': { type: 'dimension', description: 'Base text size; every other size is relative to it.' },
  '--coe-line-height': { type: 'number', description: 'Line height of the text.' },
  '--coe-radius': { type: 'dimension', description: 'Corner radius of cards, panels and controls.' },
  '--coe-space': { type: 'dimension', description: 'The spacing unit: padding of cards and gaps between them.' },
  '--coe-shadow': { type: 'shadow', description: 'Shadow of cards.' },
  '--coe-focus-color': { type: 'color', description: 'The focus ring: 3:1 or more against the surfaces.' },
  '--coe-focus-width': { type: 'dimension', description: 'Width of the focus ring.' },
  '--coe-motion-duration': { type: 'duration', description: 'Length of transitions (0s when the visitor prefers reduced motion).' },
  '--coe-host-background': {
    type: 'color',
    description:
      'The widget\'s own box: nothing by default (the page shows through); set it, with --coe-host-padding, for a panel. With theme="light" or "dark" the default is the surface colour.',
  },
  '--coe-host-padding': {
    type: 'dimension',
    description: "Space inside the widget's own box (the spacing unit when theme forces a scheme).",
  },
  '--coe-host-radius': { type: 'dimension', description: "Corners of the widget's own box, when it has a background." },
};
