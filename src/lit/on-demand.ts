/** Every on-demand import under way in the page: what `updateComplete` waits for. */
const inFlight = new Set<Promise<unknown>>();

/**
 * Code a page imports the first time it needs it, once: the data checks (when a widget is given data) and a
 * language's texts (when a widget speaks it). A failed import (the network, or a module whose bytes differ from
 * its pinned hash) rejects; the next `load` tries again (its callers decide whether to call it again).
 */
export class OnDemand<T> {
  private readonly importer: () => Promise<T>;
  private loaded: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(importer: () => Promise<T>) {
    this.importer = importer;
  }

  /** The module once it is here: then a widget uses it in the same update. */
  get now(): T | undefined {
    return this.loaded;
  }

  /** Gives the module directly, for code that has it already (the server renderer, hydration): no import then. */
  provide(loaded: T): void {
    this.loaded = loaded;
    this.loading = Promise.resolve(loaded);
  }

  load(): Promise<T> {
    if (this.loading) return this.loading;
    const loading = this.importer().then(
      (loaded) => {
        this.loaded = loaded;
        inFlight.delete(loading);
        return loaded;
      },
      (error: unknown) => {
        this.loading = undefined;
        inFlight.delete(loading);
        throw error;
      },
    );
    this.loading = loading;
    inFlight.add(loading);
    return loading;
  }
}

/**
 * `updateComplete` for an element that may wait for on-demand code: resolves after the update that follows every
 * import under way, so that `await element.updateComplete` sees given data and the page's language drawn, as it did
 * when that code was part of every page.
 */
export async function updateCompleteAfterOnDemand(updateComplete: () => Promise<boolean>): Promise<boolean> {
  let result = await updateComplete();
  while (inFlight.size > 0) {
    await Promise.allSettled(inFlight);
    result = await updateComplete();
  }
  return result;
}
