/**
 * One MutationObserver for the page tells every subscribed element (a Lit widget, the Lit-free badge) when
 * any `lang` attribute changes in a root above it (the document and each shadow root up to it), so a change
 * on the element or any ancestor re-resolves its locale.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
/** Made by the first subscription (elements subscribe when connected, so never on a server, where there is no `MutationObserver`). */
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes above or on `element`; returns the unsubscribe function.
 * A root observed again only renews its one registration (DOM standard, `observe()`), so no list of observed
 * roots is kept: measured, 45 B gzip fewer in the badge's file.
 */
export function observeLang(element: Element, listener: Listener): () => void {
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    // An attribute filter implies `attributes: true` (DOM standard). Made here, with no typeof check: 10 B gzip.
    (observer ??= new MutationObserver(() => listeners.forEach((listener) => listener()))).observe(root, {
      attributeFilter: ['lang'],
      subtree: true,
    });
    if (!(root instanceof ShadowRoot)) break;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
