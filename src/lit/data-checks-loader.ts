/** The data checks (`data-checks.ts`): loading, validation and reports, imported the first time a widget is given data. */
export type DataChecks = typeof import('./data-checks.js');

let loaded: DataChecks | undefined;
let inFlight: Promise<DataChecks> | undefined;

/** The data checks, once loaded: then a property or a `data` document is validated in the same update. */
export function loadedDataChecks(): DataChecks | undefined {
  return loaded;
}

/**
 * The data checks, imported once per page. A failed import (the network, or a module whose bytes differ from its
 * pinned hash) rejects; the next call tries again.
 */
export function dataChecks(): Promise<DataChecks> {
  inFlight ??= import('./data-checks.js').then(
    (checks) => {
      loaded = checks;
      inFlight = undefined;
      return checks;
    },
    (error: unknown) => {
      inFlight = undefined;
      throw error;
    },
  );
  return inFlight;
}

/**
 * `updateComplete` for an element that may wait for the data checks: resolves after the update that follows their
 * import, so that `await element.updateComplete` still sees given data drawn (or reported), as it did when the checks
 * were part of every page.
 */
export async function updateCompleteAfterDataChecks(updateComplete: () => Promise<boolean>): Promise<boolean> {
  let result = await updateComplete();
  while (inFlight) {
    await inFlight.catch(() => undefined);
    result = await updateComplete();
  }
  return result;
}
