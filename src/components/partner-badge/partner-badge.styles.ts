/*
 * Each variant's size in CSS pixels: fixed, so a page can reserve the space
 * before the script loads (README: the reserve-space line). Plain numbers, so
 * that the build writes them into the stylesheet and ships no object for them.
 */
const COMPACT_WIDTH = 216;
const COMPACT_HEIGHT = 40;
const STANDARD_WIDTH = 256;
const STANDARD_HEIGHT = 72;
const FULL_WIDTH = 300;
const FULL_HEIGHT = 96;

/** Each variant's size in CSS pixels (for pages and tests; the stylesheet uses the same numbers). */
export const BADGE_SIZES = {
  compact: { width: COMPACT_WIDTH, height: COMPACT_HEIGHT },
  standard: { width: STANDARD_WIDTH, height: STANDARD_HEIGHT },
  full: { width: FULL_WIDTH, height: FULL_HEIGHT },
} as const;

/**
 * The badge's lean stylesheet, plain CSS text for a constructable stylesheet
 * (no `<style>` element, no `style=`: strict CSP pages allow it). It reads the
 * public `--coe-*` tokens directly, with the colours of `tokensCss` (light and
 * dark through `light-dark()`), instead of carrying the whole token sheet. Its
 * default font is `system-ui, sans-serif`: every browser with `light-dark()`
 * has `system-ui`, so the longer fallback stack of `tokensCss` would never apply.
 *
 * It runs on other people's pages, so nothing of theirs changes how it looks:
 * the host box resets what it would inherit (`all: initial`), but for the
 * colour scheme, which `auto` follows as the browser's own controls do (the
 * `color-scheme` of the page around the badge: light where the page declares
 * none), and pins its width
 * between equal minimum and maximum widths and its height to at least the
 * variant's, with no padding or border (an
 * `!important` inside a shadow root wins over any page rule, so a page's
 * `width`, `box-sizing`, `min-width`… cannot move it); the private sizes
 * (`--w` `--h` `--s` `--l`) are all set on the host, so none is inherited from
 * the page. The link, which no page rule reaches, resets again (but for the
 * host's colour scheme), floats (so no inherited decoration or indent reaches it) and
 * sets every text property itself in pixels, so neither the page's fonts nor
 * its root font size matter; a slotted logo is reset and sized the same way.
 * Sizes inside follow each variant's font size. The text wraps rather than
 * being cut off: with a reader's text spacing (WCAG 1.4.12) the badge grows in
 * height; at the default spacing every text fits the fixed size. The focus ring
 * is doubled (GOV.UK's yellow and black): the outline in the focus colour with
 * a halo of the opposite lightness on both sides, so that one of the two stands
 * out on any page and on the badge itself. A hidden comma inside a line stays
 * inline, so the link's name reads "Orange, Digital…", not "Orange , Digital…".
 * Forced colours: the system
 * colours apply to the text, border and focus ring; the emblem (its first path
 * the shield, its second the chevrons) is decorative. The emblem is the Council
 * of Europe's mark, so it keeps its own blue and yellow: a host's brand tokens
 * recolour the badge, not the mark.
 */
export const partnerBadgeCss = /* css */ `
  :host {
    all: initial;
    color-scheme: inherit;
    --w: ${STANDARD_WIDTH}px;
    --h: ${STANDARD_HEIGHT}px;
    --s: 12px;
    --l: 0.4em;
    display: inline-block !important;
    vertical-align: middle;
    min-width: var(--w) !important;
    max-width: var(--w) !important;
    height: auto !important;
    min-height: var(--h) !important;
    max-height: none !important;
    padding: 0 !important;
    border: 0 !important;
  }
  :host([hidden]) { display: none !important; }
  :host([variant=compact]) { --w: ${COMPACT_WIDTH}px; --h: ${COMPACT_HEIGHT}px; --s: 11px; --l: 0; }
  :host([variant=full]) { --w: ${FULL_WIDTH}px; --h: ${FULL_HEIGHT}px; --s: 13px; }
  :host([theme=light]) { color-scheme: light; }
  :host([theme=dark]) { color-scheme: dark; }

  a {
    all: initial;
    color-scheme: inherit;
    direction: ltr;
    float: left;
    position: relative;
    overflow: hidden;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.8em;
    width: var(--w);
    min-height: var(--h);
    padding: 0.3em 1em 0.3em 1.1em;
    font: calc(var(--s) * var(--f, 1))/1.34 var(--coe-font-family, system-ui, sans-serif);
    color: var(--coe-color-text, light-dark(#1b1f29, #eef1f8));
    background: var(--coe-color-surface, light-dark(#fff, #141821));
    border: 1px solid var(--coe-color-border, light-dark(#c5cbd8, #4a5268));
    box-shadow: inset var(--l) 0 var(--coe-color-accent, #fc0);
    border-radius: var(--coe-radius, 8px);
    cursor: pointer;
  }
  [data-fit="1"] { --f: 0.9; }
  [data-fit="2"] { --f: 0.8; }
  a:hover .text { text-decoration: underline; }
  a:focus-visible {
    outline: var(--coe-focus-width, 3px) solid var(--coe-focus-color, light-dark(#039, #fc0));
    outline-offset: 2px;
    box-shadow: inset var(--l) 0 var(--coe-color-accent, #fc0), 0 0 0 calc(var(--coe-focus-width, 3px) + 4px) var(--coe-focus-halo-color, light-dark(#fff, #0b0c0c));
  }
  .mark { flex: none; width: 3.5em; aspect-ratio: 1; }
  svg, img { display: block; width: 100%; height: 100%; }
  ::slotted(*) { all: initial !important; display: block !important; width: 100% !important; height: 100% !important; object-fit: contain !important; }
  path { fill: #039; }
  path + path { fill: none; stroke: #fc0; stroke-width: 3; stroke-linecap: round; }
  .text { min-width: 0; }
  .text span { display: block; overflow-wrap: break-word; }
  .name { font-weight: 700; }
  a:not(.neutral) .name { font-size: 1.2em; color: var(--coe-color-primary, light-dark(#039, #9db7ff)); }
  .line:first-child { font-weight: 600; }
  .vh, :host([variant=compact]) a:not(.neutral) .name { position: absolute; clip-path: inset(50%); }
  :is(.name, .line) > .vh { display: inline; position: static; }
  :host(:not([variant=full])) :is(.since, .line .vh) { display: none; }
  :host([variant=compact]) a { border-radius: 2em; padding-left: 0.6em; }
  :host([variant=compact]) .mark { width: 2.2em; }

  /* Not verified: no accent, a grey emblem, the status in the text colour and size; compact shows the status and one line. */
  .neutral { --l: 0; }
  .neutral svg { filter: grayscale(1); }
  :host([variant=compact]) .neutral .line + .line { display: none; }
`;
