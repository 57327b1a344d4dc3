/**
 * One MutationObserver per root (the document and each shadow root above an
 * element) tells every subscribed element (a Lit widget, the Lit-free badge)
 * when any `lang` attribute changes, so a change on the element or any ancestor
 * re-resolves its locale.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
const observer =
  typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => listeners.forEach((listener) => listener()));

function observeRootsAbove(element: Element): void {
  let root = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root) && (root instanceof Document || root instanceof ShadowRoot)) {
      observedRoots.add(root);
      observer?.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** Calls `listener` whenever a `lang` attribute changes above or on `element`; returns the unsubscribe function. */
export function observeLang(element: Element, listener: Listener): () => void {
  observeRootsAbove(element);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
