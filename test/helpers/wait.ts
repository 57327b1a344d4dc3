import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Waits until the element's shadow root shows `text` (loading is asynchronous). */
export async function waitForText(element: LitElement, text: string, message = `text "${text}"`): Promise<void> {
  await waitUntil(() => element.shadowRoot?.textContent?.includes(text), `waited for ${message}`, { timeout: 5000 });
}

/** Collects the console calls of one level while `run` executes, then restores the console. */
export async function captureConsole(level: 'error' | 'warn', run: () => Promise<void> | void): Promise<string[]> {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return messages;
}

/** Collects console.error calls while `run` executes. */
export const captureConsoleErrors = (run: () => Promise<void> | void): Promise<string[]> => captureConsole('error', run);

/** Collects console.warn calls while `run` executes. */
export const captureWarnings = (run: () => Promise<void> | void): Promise<string[]> => captureConsole('warn', run);
