import { sendKeys } from '@web/test-runner-commands';

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Tabs from a button just before `element` into it, as a keyboard user arrives (so that :focus-visible applies),
 * and returns what has focus then (inside its shadow root, for a widget).
 */
export async function tabInto(element: Element): Promise<Element | null> {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  return deepActiveElement();
}
