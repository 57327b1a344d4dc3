import customElements from '../../custom-elements.json' with { type: 'json' };
import { partnerBadgeCss } from '../../src/components/partner-badge/partner-badge.styles.js';
import { tokensCss } from '../../src/core/styles/tokens.js';

/**
 * Every `--coe-` token, read from the sources the widgets use (not a copy): the shared tokens' defaults from
 * `tokensCss`, the badge's from its own stylesheet, each element's tokens and their descriptions from
 * `custom-elements.json` (the JSDoc `@cssprop` lines). A token added to any of them shows up here by itself.
 */
export interface DocsToken {
  readonly name: string;
  readonly group: TokenGroup;
  /** The default in a light and in a dark scheme (the same text when it does not depend on the scheme). */
  readonly light: string;
  readonly dark: string;
  /** The full default as written in the CSS (`light-dark(…)` included), usable as a custom property's value. */
  readonly value: string;
  /** Which elements read it: from the stylesheets and the manifest. */
  readonly tags: readonly string[];
  /** What each element's JSDoc says it is for (elements that document it). */
  readonly usedBy: readonly { readonly tag: string; readonly description: string }[];
}

/** The four Lit widgets: each adopts the shared token sheet. */
const LIT_WIDGETS = ['coe-partner-grid', 'coe-highlights-timeline', 'coe-benefits-list', 'coe-contact-form'];

export type TokenGroup = 'Colour' | 'Type' | 'Spacing and size' | 'Radius' | 'Focus' | "The widget's own box" | 'Shadow and motion';
export const TOKEN_GROUPS: readonly TokenGroup[] = [
  'Colour',
  'Type',
  'Spacing and size',
  'Radius',
  'Focus',
  "The widget's own box",
  'Shadow and motion',
];

/** The defaults written as `var(--coe-name, default)` in a stylesheet, first one wins (parentheses balanced). */
function defaultsIn(cssText: string, into: Map<string, string>): void {
  const start = /var\((--coe-[a-z0-9-]+)\s*,\s*/g;
  for (let match = start.exec(cssText); match; match = start.exec(cssText)) {
    let depth = 0;
    let end = start.lastIndex;
    for (; end < cssText.length; end++) {
      const char = cssText[end];
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
    }
    if (!into.has(match[1]!)) into.set(match[1]!, cssText.slice(start.lastIndex, end).trim());
  }
}

/** `light-dark(a, b)` as its two halves; any other value is the same in both schemes. */
function schemes(value: string): { light: string; dark: string } {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*(.+?)\s*\)$/.exec(value);
  return match ? { light: match[1]!, dark: match[2]! } : { light: value, dark: value };
}

function groupOf(name: string): TokenGroup {
  if (name.startsWith('--coe-host-')) return "The widget's own box";
  if (name.startsWith('--coe-focus-')) return 'Focus';
  if (name.includes('color')) return 'Colour';
  if (/font|line-height/.test(name)) return 'Type';
  if (name.includes('radius')) return 'Radius';
  if (/shadow|motion/.test(name)) return 'Shadow and motion';
  return 'Spacing and size';
}

interface ManifestCssProperty {
  readonly name: string;
  readonly default?: string;
  readonly description?: string;
}
interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssProperties?: readonly ManifestCssProperty[];
}

function collectTokens(): DocsToken[] {
  const defaults = new Map<string, string>();
  const tags = new Map<string, Set<string>>();
  const readBy = (name: string, tag: string) => tags.set(name, (tags.get(name) ?? new Set()).add(tag));
  const shared = new Map<string, string>();
  defaultsIn(tokensCss, shared);
  for (const [name, value] of shared) {
    defaults.set(name, value);
    for (const tag of LIT_WIDGETS) readBy(name, tag);
  }
  const badge = new Map<string, string>();
  defaultsIn(partnerBadgeCss, badge);
  for (const [name, value] of badge) {
    if (!defaults.has(name)) defaults.set(name, value);
    readBy(name, 'coe-partner-badge');
  }
  const usedBy = new Map<string, { tag: string; description: string }[]>();
  const declarations = customElements.modules.flatMap((module) => (module.declarations ?? []) as readonly ManifestDeclaration[]);
  for (const declaration of declarations) {
    if (!declaration.tagName) continue;
    for (const property of declaration.cssProperties ?? []) {
      if (!property.name.startsWith('--coe-')) continue;
      if (!defaults.has(property.name) && property.default) defaults.set(property.name, property.default);
      readBy(property.name, declaration.tagName);
      const list = usedBy.get(property.name) ?? [];
      list.push({ tag: declaration.tagName, description: property.description ?? '' });
      usedBy.set(property.name, list);
    }
  }
  return [...defaults]
    .map(([name, value]) => ({
      name,
      group: groupOf(name),
      value,
      ...schemes(value),
      tags: [...(tags.get(name) ?? [])].sort(),
      usedBy: usedBy.get(name) ?? [],
    }))
    .sort((a, b) => TOKEN_GROUPS.indexOf(a.group) - TOKEN_GROUPS.indexOf(b.group) || a.name.localeCompare(b.name));
}

export const DOCS_TOKENS: readonly DocsToken[] = collectTokens();

/** A colour written as a literal (a swatch can show it), not a reference to another token. */
export function isLiteralColour(value: string): boolean {
  return /^(#[0-9a-f]{3,8}|transparent)$/i.test(value);
}
