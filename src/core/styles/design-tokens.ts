import { declaredDefaults, schemeHalves } from './css-vars.js';
import { TOKEN_DOCS, type TokenType } from './token-docs.js';
import { tokensCss } from './tokens.js';

/**
 * The shared design tokens as data, read from the CSS the widgets run (`tokensCss`) and described by `TOKEN_DOCS`:
 * the one source of the manifest's shared `@cssprop` entries, of `tokens.json` (W3C Design Tokens format, for
 * Style Dictionary and Tokens Studio for Figma) and of the Theming page.
 */
export interface DesignToken {
  /** The custom property a host sets: `--coe-color-primary`. */
  readonly name: string;
  /** Its place in a token file: `['coe', 'color', 'primary']`. */
  readonly path: readonly string[];
  readonly type: TokenType;
  readonly description: string;
  /** The default as the CSS writes it (`light-dark(#003399, #9db7ff)`), usable as the property's value. */
  readonly value: string;
  /** The default in a light and in a dark colour scheme (the same text where it does not depend on the scheme). */
  readonly light: string;
  readonly dark: string;
}

/** The groups a token's name starts with; any other name is a group of its own (`--coe-radius`, `--coe-line-height`). */
const GROUPS = ['color', 'font', 'focus', 'host', 'motion'];

function pathOf(name: string): string[] {
  const rest = name.replace(/^--coe-/, '');
  const [group, ...tail] = rest.split('-');
  return GROUPS.includes(group!) && tail.length ? ['coe', group!, tail.join('-')] : ['coe', rest];
}

/** Every shared token, in the order `tokensCss` declares them. Throws on a token without docs, or docs without a token. */
export function designTokens(): DesignToken[] {
  const defaults = declaredDefaults(tokensCss);
  const undocumented = [...defaults.keys()].filter((name) => !TOKEN_DOCS[name]);
  const unknown = Object.keys(TOKEN_DOCS).filter((name) => !defaults.has(name));
  if (undocumented.length || unknown.length)
    throw new Error(
      `design tokens: ${[...undocumented.map((n) => `${n} has no TOKEN_DOCS entry`), ...unknown.map((n) => `${n} is not in tokensCss`)].join('; ')}`,
    );
  return [...defaults].map(([name, value]) => ({ name, path: pathOf(name), ...TOKEN_DOCS[name]!, value, ...schemeHalves(value) }));
}

/** A DTCG value: `{coe.radius}` for `var(--coe-radius)`, a list of families, a shadow's layers, or the text. */
function dtcgValue(type: TokenType, value: string, byName: ReadonlyMap<string, DesignToken>): unknown {
  const reference = /^var\((--coe-[\w-]+)\)$/.exec(value);
  if (reference && byName.has(reference[1]!)) return `{${byName.get(reference[1]!)!.path.join('.')}}`;
  if (type === 'fontFamily') return splitTopLevel(value).map((family) => family.replace(/^"(.*)"$/, '$1'));
  if (type === 'shadow') return splitTopLevel(value).map(shadowLayer);
  if (type === 'number') return Number(value);
  return value;
}

/** `0 1px 3px rgb(0 0 0 / 0.12)` as a DTCG shadow layer. */
function shadowLayer(layer: string): Record<string, string> {
  const colour = /(rgba?\(.*\)|hsla?\(.*\)|#[0-9a-f]{3,8})$/i.exec(layer)?.[1] ?? 'currentcolor';
  const [offsetX = '0', offsetY = '0', blur = '0', spread = '0'] = layer.replace(colour, '').trim().split(/\s+/);
  const px = (length: string) => (length === '0' ? '0px' : length);
  return { color: colour, offsetX: px(offsetX), offsetY: px(offsetY), blur: px(blur), spread: px(spread) };
}

/** `a, b(c, d), e` split at the commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth--;
    else if (text[index] === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return [...parts, text.slice(start).trim()];
}

/** Where `tokens.json` is, in the package and on the CDN. */
export const DESIGN_TOKENS_FILE = 'dist/cdn/tokens.json';

/**
 * The tokens in the W3C Design Tokens Community Group format, one token set per colour scheme (`light`, `dark`), as
 * Tokens Studio for Figma reads a single file (`$themes`, `$metadata`); Style Dictionary reads either set.
 */
export function dtcgTokens(tokens: readonly DesignToken[] = designTokens()): Record<string, unknown> {
  const byName = new Map(tokens.map((token) => [token.name, token]));
  const set = (scheme: 'light' | 'dark') => {
    const tree: Record<string, unknown> = {};
    for (const token of tokens) {
      let node = tree;
      for (const key of token.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[token.path.at(-1)!] = {
        $type: token.type,
        $value: dtcgValue(token.type, token[scheme], byName),
        $description: token.description,
      };
    }
    return tree;
  };
  return {
    $description:
      'Design tokens of the Council of Europe Digital Partnership widgets: set the CSS custom property --coe-<path> to theme them.',
    light: set('light'),
    dark: set('dark'),
    $themes: [
      { id: 'light', name: 'Light', selectedTokenSets: { light: 'enabled' } },
      { id: 'dark', name: 'Dark', selectedTokenSets: { dark: 'enabled' } },
    ],
    $metadata: { tokenSetOrder: ['light', 'dark'] },
  };
}
