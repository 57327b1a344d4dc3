import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export const LOCALES = ['en', 'fr'] as const;

/**
 * Renders `template` inside a wrapper with `lang` set, waits for `ready` (e.g. data
 * loaded), then runs axe on the wrapper: one accessibility assertion per state
 * and language, the same way for every element.
 */
export async function expectAccessibleIn(lang: string, template: TemplateResult, ready?: (root: HTMLElement) => Promise<unknown> | unknown): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  root.replaceWith(wrapper);
  wrapper.append(root);
  const element = root as HTMLElement & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  await ready?.(root);
  await expect(wrapper).to.be.accessible();
  return root;
}
