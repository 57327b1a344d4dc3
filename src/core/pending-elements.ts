/**
 * The elements the CDN loader (src/cdn/loader.ts) is importing, by tag, each with a promise that settles once the
 * import has (defined or failed; the tag is then no longer listed). Page-wide, whatever the number of copies of the
 * library: widgets read it to wait for a `<coe-partnership>` around them rather than draw the default data first.
 */
const PENDING_ELEMENTS = Symbol.for('coe-partnership-widgets.pending-elements');

export function pendingElements(): Map<string, Promise<void>> {
  const page = globalThis as { [PENDING_ELEMENTS]?: Map<string, Promise<void>> };
  return (page[PENDING_ELEMENTS] ??= new Map());
}
