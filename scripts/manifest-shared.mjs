// What the scripts that read or write custom-elements.json share: which field an attribute sets, and the CSS each
// element runs. Used by the analyzer's plugins (custom-elements-manifest.config.mjs), scripts/check-manifest.mjs
// and scripts/generate-framework-types.mjs.

/** `verify-url` as `verifyUrl`. */
export const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/**
 * An attribute named like one of the element's fields (`verify-url`, `verifyUrl`) is that field's attribute: tools
 * then show one row. `inherited` names fields the element has without declaring them (HTMLElement's `lang`).
 * Changes `declaration.attributes` in place; an attribute already linked keeps its field.
 * @param {{ members?: { kind: string, name: string }[], attributes?: { name: string, fieldName?: string }[] }} declaration
 * @param {{ inherited?: readonly string[] }} [options]
 */
export function linkAttributesToFields(declaration, { inherited = [] } = {}) {
  const fields = new Set([
    ...(declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name),
    ...inherited,
  ]);
  for (const attribute of declaration.attributes ?? []) {
    const field = camelize(attribute.name);
    if (!attribute.fieldName && fields.has(field)) attribute.fieldName = field;
  }
}

/**
 * An element's whole CSS text: a Lit element's `elementStyles` (its own and the shared sheets), or the badge's
 * stylesheet (it has no Lit). `library` is the package's index (sources or dist/), `partnerBadgeCss` the badge's CSS.
 */
export function elementCssText(library, partnerBadgeCss, className) {
  if (className === 'CoePartnerBadge') return partnerBadgeCss;
  const elementClass = library[className];
  elementClass.finalize();
  return elementClass.elementStyles.map((style) => style.cssText).join('\n');
}

/** Read by a shared stylesheet for markup this element does not render: not part of its styling API. */
export const NOT_APPLIED = {
  // The shared card styles cap `.card-title` and `.card-text` at --coe-measure; the grid's cards use neither.
  'coe-partner-grid': ['--coe-measure'],
};
