import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** The heading levels a widget may render: `h1` belongs to the host page. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/**
 * The only tag names a heading is ever rendered with. `unsafeStatic` is safe
 * here: every value is one of these five constants, never a string from an
 * attribute, a property or data.
 */
const HEADING_TAGS: Readonly<Record<HeadingLevel, StaticValue>> = Object.freeze({
  2: unsafeStatic('h2'),
  3: unsafeStatic('h3'),
  4: unsafeStatic('h4'),
  5: unsafeStatic('h5'),
  6: unsafeStatic('h6'),
});

/**
 * A host's `heading-level` made safe: an integer is kept within 2–6 (`1` gives
 * `h2`, `9` gives `h6`); anything else (empty, `"abc"`, `2.5`) gives `fallback`.
 */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = DEFAULT_HEADING_LEVEL): HeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isInteger(level)) return fallback;
  return Math.min(6, Math.max(2, level)) as HeadingLevel;
}

export interface HeadingOptions {
  readonly className?: string;
  readonly part?: string;
  readonly id?: string;
  /** The language of the content, when it differs from the widget's. */
  readonly lang?: string;
}

/** A real heading (`h2`–`h6`) at the level the host chose, for a title inside a widget. */
export function renderHeading(level: unknown, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = HEADING_TAGS[toHeadingLevel(level)];
  return staticHtml`<${tag} class=${ifDefined(options.className)} part=${ifDefined(options.part)} id=${ifDefined(options.id)} lang=${ifDefined(
    options.lang,
  )}>${content}</${tag}>`;
}
