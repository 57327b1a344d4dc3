/**
 * Each variant's size in CSS pixels: fixed, so a page can reserve the space
 * before the script loads (README: the reserve-space line).
 */
export const BADGE_SIZES = {
  compact: { width: 216, height: 40 },
  standard: { width: 256, height: 72 },
  full: { width: 300, height: 96 },
} as const;

const { compact, standard, full } = BADGE_SIZES;

/** Plain CSS text (not Lit's `css`): named so that the build's literal minifier strips its whitespace. */
const css = String.raw;

/**
 * The badge's lean stylesheet, plain CSS text for a constructable stylesheet
 * (no `<style>` element, no `style=`: strict CSP pages allow it). It reads the
 * public `--coe-*` tokens directly, with the defaults of `tokensCss` (light and
 * dark through `light-dark()`), instead of carrying the whole token sheet.
 *
 * It runs on other people's pages, so nothing of theirs changes how it looks:
 * the host box resets what it would inherit (`all: initial`) and pins its size
 * (an `!important` inside a shadow root wins over any page rule); the link
 * resets again, floats (so no inherited decoration or indent reaches it) and
 * sets every text property itself in pixels, so neither the page's fonts nor
 * its root font size matter; a slotted logo is reset and sized the same way.
 * Sizes inside follow each variant's font size. Forced colours: the system
 * colours apply to the text, border and focus ring; the emblem is decorative.
 */
export const partnerBadgeCss = css`
  :host {
    all: initial;
    color-scheme: light dark;
    --w: ${standard.width}px;
    --h: ${standard.height}px;
    --s: 12px;
    display: inline-block !important;
    vertical-align: middle;
    box-sizing: border-box !important;
    width: var(--w) !important;
    height: var(--h) !important;
    min-width: 0 !important;
    max-width: none !important;
    min-height: 0 !important;
    max-height: none !important;
    padding: 0 !important;
    border: 0 !important;
  }
  :host([hidden]) { display: none !important; }
  :host([variant=compact]) { --w: ${compact.width}px; --h: ${compact.height}px; --s: 11px; --l: 0; }
  :host([variant=full]) { --w: ${full.width}px; --h: ${full.height}px; --s: 13px; }
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
    height: var(--h);
    padding: 0 1em 0 1.1em;
    font: var(--s)/1.34 var(--coe-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
    color: var(--coe-color-text, light-dark(#1b1f29, #eef1f8));
    background: var(--coe-color-surface, light-dark(#fff, #141821));
    border: 1px solid var(--coe-color-border, light-dark(#c5cbd8, #4a5268));
    box-shadow: inset var(--l, 0.4em) 0 var(--coe-color-accent, #fc0);
    border-radius: var(--coe-radius, 8px);
    cursor: pointer;
  }
  a:hover .text { text-decoration: underline; }
  a:focus-visible { outline: var(--coe-focus-width, 3px) solid var(--coe-focus-color, light-dark(#039, #fc0)); outline-offset: 2px; }
  .mark { flex: none; width: 3.5em; height: 3.5em; }
  svg, img { display: block; width: 100%; height: 100%; }
  ::slotted(*) { all: initial !important; display: block !important; width: 100% !important; height: 100% !important; object-fit: contain !important; }
  .shield { fill: var(--coe-color-primary, #039); }
  .chevrons { fill: none; stroke: var(--coe-color-accent, #fc0); stroke-width: 3; stroke-linecap: round; }
  .text { min-width: 0; }
  .text span { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  .name { font-weight: 700; font-size: 1.2em; color: var(--coe-color-primary, light-dark(#039, #9db7ff)); }
  .line:first-child { font-weight: 600; }
  .vh, :host([variant=compact]) a:not(.neutral) .name { position: absolute; clip-path: inset(50%); }
  :host(:not([variant=full])) .since { display: none; }
  :host([variant=compact]) a { border-radius: 2em; padding-left: 0.6em; }
  :host([variant=compact]) .mark { width: 2.2em; height: 2.2em; }

  /* Not verified: no accent, a grey emblem, the status in the text colour; compact shows the status and one line. */
  .neutral { box-shadow: none; }
  .neutral svg { filter: grayscale(1); }
  .neutral .name { color: inherit; }
  :host([variant=compact]) .neutral .line + .line { display: none; }
`;
