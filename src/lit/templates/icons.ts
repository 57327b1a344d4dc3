import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Our own small set of simple line icons (24 × 24, drawn with `currentColor`),
 * shared by every widget. Icons are decorative: the text beside them says
 * everything, so they are hidden from assistive technology and never focusable.
 */
const ICONS = {
  /** trust */
  shield: svg`<path d="M12 3 4.5 6v5.5c0 4.3 3.1 8 7.5 9.5 4.4-1.5 7.5-5.2 7.5-9.5V6L12 3Z" /><path d="m8.75 12 2.25 2.25 4.25-4.5" />`,
  /** law, legal frameworks */
  scale: svg`<path d="M12 3v17M8 20h8M4.5 7h15" /><path d="M4.5 7 2 13h5L4.5 7ZM19.5 7 17 13h5l-2.5-6Z" />`,
  /** network, international */
  globe: svg`<circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3Z" />`,
  /** insight */
  eye: svg`<path d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12Z" /><circle cx="12" cy="12" r="3" />`,
  /** policy, texts */
  document: svg`<path d="M14 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V8l-5-5Z" /><path d="M14 3v5h5M8.5 13h7M8.5 17h7" />`,
  /** responsibility, care */
  heart: svg`<path d="M12 20s-8-4.7-8-10.3A4.4 4.4 0 0 1 12 7a4.4 4.4 0 0 1 8 2.7C20 15.3 12 20 12 20Z" />`,
  /** standards */
  checklist: svg`<path d="M10 6h10M10 12h10M10 18h10" /><path d="m3.5 6 1.5 1.5L8 4.5M3.5 12l1.5 1.5L8 10.5M3.5 18l1.5 1.5L8 16.5" />`,
  /** events */
  calendar: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4" />`,
  /** expertise, research */
  search: svg`<circle cx="10.5" cy="10.5" r="6.5" /><path d="m20 20-4.9-4.9" />`,
  /** training */
  cap: svg`<path d="M2 9.5 12 4.5l10 5-10 5-10-5Z" /><path d="M6 11.5v4.5c3.3 2.7 8.7 2.7 12 0v-4.5M22 9.5v5.5" />`,
  /** people working together */
  people: svg`<circle cx="9" cy="8" r="3.5" /><path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M15.5 4.6a3.5 3.5 0 0 1 0 6.8M17.5 14.3c2.3.7 4 2.8 4 5.7" />`,
  /** go further: "read more" */
  arrow: svg`<path d="M4.5 12h15M13.5 6l6 6-6 6" />`,
  /** a generic item */
  check: svg`<circle cx="12" cy="12" r="9" /><path d="m8 12.25 2.75 2.75L16 9.5" />`,
} as const satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof ICONS;

export interface IconOptions {
  /** Class of the `<svg>`; default `icon`. */
  readonly className?: string;
  /** Its `part` name for designers; default `icon`. */
  readonly part?: string;
}

/** An inline, decorative SVG icon (`aria-hidden`, not focusable) that takes the text colour. */
export function renderIcon(name: IconName, { className = 'icon', part = 'icon' }: IconOptions = {}): TemplateResult {
  return html`<svg
    class=${className}
    part=${part}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${ICONS[name]}</svg>`;
}
