// What the play functions share: the widget under test, its shadow root as a testing-library scope, and the
// toolbar's language (stories never force one, so a play function expects the words of the language it renders in).
import { expect, waitFor, within } from 'storybook/test';

/** The widgets' languages, as the toolbar offers them (each named in itself). */
export const LOCALES = { en: 'English', fr: 'Français', de: 'Deutsch' } as const;

/** A language the toolbar gives a story. */
export type Locale = keyof typeof LOCALES;

export function localeOf(globals: Record<string, unknown>): Locale {
  return Object.hasOwn(LOCALES, String(globals.locale)) ? (globals.locale as Locale) : 'en';
}

/** What a widget says when its `src` cannot be loaded, in each language (written out here, not read from the widgets). */
const LOAD_ERROR: Record<Locale, string> = {
  en: 'This information could not be loaded. Please try again later.',
  fr: 'Ces informations n’ont pas pu être chargées. Veuillez réessayer plus tard.',
  de: 'Diese Informationen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
};

/** `widget` shows, in a polite live region, that its data could not be loaded, in `locale`, and lists no item. */
export async function expectLoadErrorStatus(widget: HTMLElement, locale: Locale): Promise<void> {
  await waitFor(() => {
    const status = widget.shadowRoot!.querySelector('[part~="status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe(LOAD_ERROR[locale]);
  });
  await expect(widget.shadowRoot!.querySelectorAll('[part~="item"]')).toHaveLength(0);
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
