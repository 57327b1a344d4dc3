/**
 * The design tokens as plain CSS text, shared by the Lit widgets (through
 * `unsafeCSS`, it is our own constant) and the Lit-free badge (through a
 * constructable stylesheet). Hosts theme with the public `--coe-*` properties,
 * set on the element or any ancestor; the widgets read them through private
 * `--_*` properties so light and dark defaults never shadow a host's choice.
 *
 * Light and dark: `light-dark()` follows the `color-scheme` the element
 * inherits from the host page, as the browser's own form controls do (a page
 * that declares none is light; `light dark` follows the visitor's system), unless
 * the `theme` attribute forces one. The host sets no `color-scheme` of its own.
 */
export const tokensCss = /* css */ `
:host {
  --_primary: var(--coe-color-primary, light-dark(#003399, #9db7ff));
  --_on-primary: var(--coe-color-on-primary, light-dark(#ffffff, #001133));
  --_accent: var(--coe-color-accent, #ffcc00);
  --_text: var(--coe-color-text, light-dark(#1b1f29, #eef1f8));
  --_text-muted: var(--coe-color-text-muted, light-dark(#4a5163, #b8bfd0));
  --_surface: var(--coe-color-surface, light-dark(#ffffff, #141821));
  --_surface-alt: var(--coe-color-surface-alt, light-dark(#f2f4f9, #1e2431));
  --_border: var(--coe-color-border, light-dark(#c5cbd8, #4a5268));
  /* The edge of a text field: 3:1 or more against the surface and the alternate surface (WCAG 1.4.11). */
  --_field-border: var(--coe-color-field-border, light-dark(#4a5163, #9aa3b8));
  --_danger: var(--coe-color-danger, light-dark(#b00020, #ff9aa8));
  --_success: var(--coe-color-success, light-dark(#0b6b2f, #8fe0a8));
  --_font: var(--coe-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  --_font-size: var(--coe-font-size, 1rem);
  --_line-height: var(--coe-line-height, 1.5);
  --_radius: var(--coe-radius, 0.5rem);
  --_space: var(--coe-space, 1rem);
  --_shadow: var(--coe-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08));
  --_focus: var(--coe-focus-color, light-dark(#003399, #ffcc00));
  --_focus-width: var(--coe-focus-width, 3px);
  --_duration: var(--coe-motion-duration, 160ms);

  box-sizing: border-box;
  font-family: var(--_font);
  font-size: var(--_font-size);
  line-height: var(--_line-height);
  color: var(--_text);
  /*
   * The host box paints nothing by default: the page shows through, and only the cards and fields keep
   * their surfaces. A host page that wants a panel sets --coe-host-background and --coe-host-padding.
   */
  background-color: var(--coe-host-background, transparent);
  padding: var(--coe-host-padding, 0);
  border-radius: var(--coe-host-radius, var(--_radius));
  text-align: start;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
}
:host([theme="light"]) { color-scheme: light; }
:host([theme="dark"]) { color-scheme: dark; }
/*
 * A theme forced with the attribute need not match the page's (a dark widget on a light page): the widget
 * then brings its own ground, a panel in its surface colour, so its text stays readable and it looks deliberate.
 */
:host(:is([theme="light"], [theme="dark"])) {
  background-color: var(--coe-host-background, var(--_surface));
  padding: var(--coe-host-padding, var(--_space));
}
:host([hidden]) { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
/*
 * Page styles that reach the host element itself (\`* { font: 30px serif; color: red }\`) stop here, but
 * for the text spacing (line height, letter and word spacing): a reader's spacing stylesheet or bookmarklet
 * (WCAG 1.4.12) reaches the widget the same way, through the host, so the text inherits it from there. A page's
 * own spacing on an ancestor stops at the host (above).
 */
:host > * {
  font-family: var(--_font);
  color: var(--_text);
  text-transform: none;
  text-align: start;
  text-indent: 0;
  text-shadow: none;
  font-style: normal;
  white-space: normal;
  direction: ltr;
}

:focus-visible {
  outline: var(--_focus-width) solid var(--_focus);
  outline-offset: 2px;
}

.visually-hidden:not(:focus-within):not(:active) {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
}

/*
 * Punctuation for screen readers only, inside a line of text: it stays inline (an absolutely placed
 * \`.visually-hidden\` is a block of its own, and browsers add a space before it: "Company , Joined").
 */
.visually-hidden-inline {
  clip-path: inset(50%);
}

@media (prefers-reduced-motion: reduce) {
  :host { --_duration: 0s; }
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}

@media (forced-colors: active) {
  :host {
    --_primary: LinkText;
    --_on-primary: Canvas;
    --_text: CanvasText;
    --_text-muted: CanvasText;
    --_surface: Canvas;
    --_surface-alt: Canvas;
    --_border: CanvasText;
    --_field-border: CanvasText;
    --_focus: Highlight;
    --_shadow: none;
  }
  :focus-visible { outline-color: Highlight; }
}
`;
