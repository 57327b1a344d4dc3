import customElements from '../../custom-elements.json' with { type: 'json' };
import { partnerBadgeCss } from '../../src/components/partner-badge/partner-badge.styles.js';
import { declaredDefaults, schemeHalves } from '../../src/core/styles/css-vars.js';
import { designTokens } from '../../src/core/styles/design-tokens.js';

/**
 * Every `--coe-` token, read from the sources the widgets use (not a copy): the shared tokens from
 * `designTokens()` (their defaults from `tokensCss`, their words from token-docs.ts), the badge's own defaults from
 * its stylesheet, and each element's tokens, and what each sets there, from `custom-elements.json` (derived from each
 * element's CSS and its JSDoc `@cssprop` lines). A token added to any of them shows up here by itself.
 */
export interface DocsToken {
  readonly name: string;
  readonly group: TokenGroup;
  /** The default in a light and in a dark scheme (the same text when it does not depend on the scheme). */
  readonly light: string;
  readonly dark: string;
  /** The full default as written in the CSS (`light-dark(…)` included), usable as a custom property's value. */
  readonly value: string;
  /** What the token is, for a shared token (token-docs.ts); empty for an element's own. */
  readonly description: string;
  /** Which elements read it (the manifest lists what each element's CSS reads). */
  readonly tags: readonly string[];
  /** What it sets in an element, where that element's JSDoc says more than the shared description. */
  readonly usedBy: readonly { readonly tag: string; readonly description: string }[];
}

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

/** The manifest's description without the dark value it appends (the table shows it in its own column). */
const withoutDarkValue = (description: string) => description.replace(/ Dark theme: [^ ]+\.$/, '');

function collectTokens(): DocsToken[] {
  const shared = designTokens();
  const defaults = new Map(shared.map((token) => [token.name, token.value]));
  const descriptions = new Map(shared.map((token) => [token.name, token.description]));
  for (const [name, value] of declaredDefaults(partnerBadgeCss)) if (!defaults.has(name)) defaults.set(name, value);
  const tags = new Map<string, string[]>();
  const usedBy = new Map<string, { tag: string; description: string }[]>();
  const declarations = customElements.modules.flatMap((module) => (module.declarations ?? []) as readonly ManifestDeclaration[]);
  for (const declaration of declarations) {
    if (!declaration.tagName) continue;
    for (const property of declaration.cssProperties ?? []) {
      if (!property.name.startsWith('--coe-')) continue;
      if (!defaults.has(property.name) && property.default) defaults.set(property.name, property.default);
      tags.set(property.name, [...(tags.get(property.name) ?? []), declaration.tagName]);
      const description = withoutDarkValue(property.description ?? '');
      if (description && description !== descriptions.get(property.name))
        usedBy.set(property.name, [...(usedBy.get(property.name) ?? []), { tag: declaration.tagName, description }]);
    }
  }
  return [...defaults]
    .map(([name, value]) => ({
      name,
      group: groupOf(name),
      value,
      ...schemeHalves(value),
      description: descriptions.get(name) ?? '',
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
