/**
 * WCAG 2.2 contrast from computed colours, as the three engines report them:
 * `rgb(r, g, b)`, `rgba(r, g, b, a)` and `color(srgb r g b [/ a])` (channels 0–1).
 * A colour written with `light-dark()` is read from the element it applies to:
 * `getComputedStyle` resolves it for that element's colour scheme.
 */
import { deepElements } from './frame.js';

export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly alpha: number;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const RGB = new RegExp(String.raw`rgba?\(\s*(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})(?:\s*[,/]\s*(${NUMBER}))?\s*\)`, 'gi');
const SRGB = new RegExp(String.raw`color\(\s*srgb\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})(?:\s*/\s*(${NUMBER}))?\s*\)`, 'gi');

const channel = (text: string, scale: number): number => (text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text));
const alphaOf = (text: string | undefined): number => (text === undefined ? 1 : channel(text, 1));

/** Every colour written in a computed value, in order (a `box-shadow` list may hold several). */
export function colorsIn(value: string): Rgba[] {
  const found: { index: number; color: Rgba }[] = [];
  for (const match of value.matchAll(RGB)) {
    found.push({
      index: match.index,
      color: { r: channel(match[1], 255), g: channel(match[2], 255), b: channel(match[3], 255), alpha: alphaOf(match[4]) },
    });
  }
  for (const match of value.matchAll(SRGB)) {
    const [r, g, b] = [match[1], match[2], match[3]].map((text) => channel(text, 1) * 255);
    found.push({ index: match.index, color: { r, g, b, alpha: alphaOf(match[4]) } });
  }
  if (/\btransparent\b/i.test(value) && found.length === 0) found.push({ index: 0, color: { r: 0, g: 0, b: 0, alpha: 0 } });
  return found.sort((a, b) => a.index - b.index).map((item) => item.color);
}

/** The one colour of a computed colour value. */
export function parseColor(value: string): Rgba {
  const [color] = colorsIn(value);
  if (!color) throw new Error(`not a colour this helper reads: "${value}"`);
  return color;
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (value: number): number => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over `bottom` (which is opaque). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.alpha + b * (1 - top.alpha);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha: 1 };
}

/** The WCAG contrast ratio of two colours (1 to 21); a translucent `a` is painted over `b` first. */
export function contrast(a: Rgba | string, b: Rgba | string): number {
  const back = typeof b === 'string' ? parseColor(b) : b;
  const front = over(typeof a === 'string' ? parseColor(a) : a, back);
  const [light, dark] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour painted behind `element`: its own background when it has one, else the nearest
 * ancestor's (crossing shadow roots to their hosts), else white (the canvas of an unstyled page).
 */
export function backgroundBehind(element: Element, includeSelf = true): Rgba {
  const layers: Rgba[] = [];
  let node: Node | null = includeSelf ? element : parentAcrossShadow(element);
  for (; node; node = parentAcrossShadow(node)) {
    if (!(node instanceof Element)) continue;
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color.alpha > 0) layers.push(color);
    if (color.alpha >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, alpha: 1 });
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** A readable figure for assertion messages. */
export const ratio = (value: number): string => `${value.toFixed(2)}:1`;

/**
 * How well a control's border marks its boundary (WCAG 1.4.11): the lower of its contrast against
 * the control's own background and against the background around the control.
 */
export function boundaryContrast(control: Element, side: 'Top' | 'Right' | 'Bottom' | 'Left' = 'Top'): number {
  const border = parseColor(getComputedStyle(control).getPropertyValue(`border-${side.toLowerCase()}-color`));
  return Math.min(contrast(border, backgroundBehind(control)), contrast(border, backgroundBehind(control, false)));
}

/** A system colour (`Canvas`, `LinkText`…) as the browser resolves it now. */
export function systemColor(name: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return color;
}

/**
 * The contrast of an element's text colour against what is painted behind it. In forced colours, unless the
 * element opts out (`forced-color-adjust: none`), the browser draws text on a backplate of `Canvas`
 * (Chromium), whatever background the element keeps: text in `Canvas` there vanishes.
 */
export function textContrast(element: Element): number {
  const style = getComputedStyle(element);
  const isOnBackplate = matchMedia('(forced-colors: active)').matches && style.getPropertyValue('forced-color-adjust') !== 'none';
  return contrast(style.color, isOnBackplate ? systemColor('Canvas') : backgroundBehind(element));
}

/** True when the element draws a border at least 1px wide on every side. */
export function hasBorder(element: Element): boolean {
  const style = getComputedStyle(element);
  return (['Top', 'Right', 'Bottom', 'Left'] as const).every(
    (side) =>
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
  );
}

/** The elements of a shadow root that show text of their own to a sighted visitor (not visually hidden, not an option). */
export function textElementsIn(root: ShadowRoot): Element[] {
  return deepElements(root).filter(
    (el) =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) &&
      el.getClientRects().length > 0 &&
      !el.closest('.visually-hidden, .visually-hidden-inline, .vh, .honeypot, option') &&
      getComputedStyle(el).clipPath === 'none',
  );
}

/**
 * The colours of an element's focus ring: its outline's, and each outer box shadow's that has a spread (a halo
 * around the ring; a blurred drop shadow is not a ring), of the element or of a pseudo-element that draws one
 * (a whole-card link rings the card with its `::after`).
 */
export function focusRingColors(element: Element): Rgba[] {
  return [null, '::before', '::after'].flatMap((pseudo) => {
    const style = getComputedStyle(element, pseudo);
    if (pseudo && style.content === 'none') return [];
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? [parseColor(style.outlineColor)] : [];
    const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/).filter((shadow) => !shadow.includes('inset'));
    const spread = (shadow: string): number =>
      parseFloat(
        shadow
          .replace(/(rgba?|color)\([^)]*\)/g, '')
          .trim()
          .split(/\s+/)[3] ?? '0',
      );
    return [...outline, ...shadows.filter((shadow) => spread(shadow) > 0).flatMap((shadow) => colorsIn(shadow).slice(0, 1))];
  });
}
