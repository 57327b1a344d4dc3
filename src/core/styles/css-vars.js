// The one reader of `var()` in our CSS texts, plain JavaScript so that the build scripts (Node), the manifest's
// analyzer plugins and the Storybook pages (the browser) all use it: the tokens' defaults (design-tokens.ts), the
// properties each element's CSS reads (custom-elements-manifest.config.mjs, scripts/check-manifest.mjs) and the
// Theming page's table. A CSS parser (postcss, css-tree) would be one more dependency in the browser bundle of the
// docs for the only thing needed here: balanced parentheses inside `var(name, fallback)`.

/**
 * Each `var(name, fallback)` in a CSS text, nested ones included, in order, with its fallback text.
 * @param {string} text
 * @returns {{ name: string, fallback: string | undefined }[]}
 */
export function varsIn(text) {
  const found = [];
  for (let start = text.indexOf('var('); start !== -1; start = text.indexOf('var(', start + 4)) {
    let depth = 0;
    let comma = -1;
    let end = start + 4;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
      else if (char === ',' && depth === 0 && comma === -1) comma = end;
    }
    const name = text.slice(start + 4, comma === -1 ? end : comma).trim();
    found.push({ name, fallback: comma === -1 ? undefined : text.slice(comma + 1, end).trim() });
  }
  return found;
}

/**
 * The private `--_name: value` definitions of a CSS text (comments left out), each with every value it is given.
 * @param {string} cssText
 * @returns {Map<string, string[]>}
 */
export function privateDefinitions(cssText) {
  const definitions = new Map();
  // `--_name: value` up to the `;` or `}` that ends it (values hold parentheses but no braces).
  for (const [, name, value] of withoutComments(cssText).matchAll(/(--_[\w-]+)\s*:([^;{}]*)/g)) {
    definitions.set(name, [...(definitions.get(name) ?? []), value.trim()]);
  }
  return definitions;
}

/**
 * The public `--coe-` properties a stylesheet reads, each with its fallback: a private `--_` property counts where
 * it is used, not where it is defined (the shared tokens define all of them, each element uses some).
 * @param {string} cssText
 * @returns {Map<string, string | undefined>}
 */
export function readProperties(cssText) {
  const definitions = privateDefinitions(cssText);
  const body = withoutComments(cssText).replace(/(--_[\w-]+)\s*:([^;{}]*)/g, '');
  const read = new Map();
  const seen = new Set();
  const visit = (text) => {
    for (const { name, fallback } of varsIn(text)) {
      if (name.startsWith('--coe-') && !read.has(name)) read.set(name, fallback);
      if (name.startsWith('--_') && !seen.has(name)) {
        seen.add(name);
        for (const value of definitions.get(name) ?? []) visit(value);
      }
    }
  };
  visit(body);
  return read;
}

/**
 * Every `--coe-` property a CSS text gives a fallback, with its first fallback, in order. A fallback that names a
 * private property (`var(--_radius)`) names the public one behind it (`var(--coe-radius)`): what a host can set.
 * @param {string} cssText
 * @returns {Map<string, string>}
 */
export function declaredDefaults(cssText) {
  const publicOf = new Map();
  for (const [name, values] of privateDefinitions(cssText)) {
    const [reference] = varsIn(values[0]);
    if (reference?.name.startsWith('--coe-')) publicOf.set(name, reference.name);
  }
  const defaults = new Map();
  for (const { name, fallback } of varsIn(withoutComments(cssText))) {
    if (!name.startsWith('--coe-') || fallback === undefined || defaults.has(name)) continue;
    defaults.set(
      name,
      fallback.replace(/var\((--_[\w-]+)\)/g, (whole, inner) => (publicOf.has(inner) ? `var(${publicOf.get(inner)})` : whole)),
    );
  }
  return defaults;
}

/**
 * `light-dark(a, b)` as its two halves; any other value is the same in both schemes.
 * @param {string} value
 * @returns {{ light: string, dark: string }}
 */
export function schemeHalves(value) {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*(.+?)\s*\)$/.exec(value);
  return match ? { light: match[1], dark: match[2] } : { light: value, dark: value };
}

/**
 * Every three-digit hex colour of a value written out in six (`#039` as `#003399`): what a colour input takes, and
 * how the tokens' docs write colours.
 * @param {string} value
 */
export function longHex(value) {
  return value.replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, '#$1$1$2$2$3$3');
}

/** @param {string} cssText */
function withoutComments(cssText) {
  return cssText.replace(/\/\*[\s\S]*?\*\//g, '');
}
