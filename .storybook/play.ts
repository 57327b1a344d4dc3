// What the play functions share: the widget under test, its shadow root as a testing-library scope, and the
// toolbar's language (stories never force one, so a play function expects the words of the language it renders in).
import { expect, waitFor, within } from 'storybook/test';

/** The language the toolbar gives the story. */
export type Locale = 'en' | 'fr';

export function localeOf(globals: Record<string, unknown>): Locale {
  return globals.locale === 'fr' ? 'fr' : 'en';
}

/** The first `tagName` in the canvas once it has rendered, with a testing-library scope on its shadow root. */
export async function widget<T extends HTMLElement>(
  canvasElement: HTMLElement,
  tagName: string,
): Promise<{ el: T; shadow: ReturnType<typeof within> }> {
  const el = await waitFor(() => {
    const found = canvasElement.querySelector<T>(tagName);
    expect(found?.shadowRoot?.childElementCount).toBeGreaterThan(0);
    return found!;
  });
  await (el as T & { updateComplete?: Promise<unknown> }).updateComplete;
  // testing-library queries a container through querySelectorAll, which a shadow root has.
  return { el, shadow: within(el.shadowRoot as unknown as HTMLElement) };
}

/** The element matching `selector` in `root` once it is there (within `timeout` ms). */
export function findIn<T extends Element = HTMLElement>(root: ParentNode, selector: string, timeout = 5000): Promise<T> {
  return waitFor(
    () => {
      const found = root.querySelector<T>(selector);
      expect(found, `${selector} is shown`).not.toBeNull();
      return found!;
    },
    { timeout },
  );
}
