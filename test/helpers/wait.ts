import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Waits until the element's shadow root shows `text` (loading is asynchronous). */
export async function waitForText(element: LitElement, text: string, message = `text "${text}"`): Promise<void> {
  await waitUntil(() => element.shadowRoot?.textContent?.includes(text), `waited for ${message}`, { timeout: 5000 });
}

/** Collects console.error calls while `run` executes, and restores console.error. */
export async function captureConsoleErrors(run: () => Promise<void> | void): Promise<string[]> {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return messages;
}
