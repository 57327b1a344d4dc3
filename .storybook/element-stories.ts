// Story helpers shared by every element's stories: the controls, the Docs tables, the events sent to the Actions
// panel and the rendered element all come from custom-elements.json through @wc-toolkit/storybook-helpers, so the
// manifest is the one source of the API a designer sees.
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { TemplateResult } from 'lit';

/** Story args: the manifest's attribute, property, slot, CSS property and part names. */
export type ElementArgs = Record<string, unknown>;

/** Attributes the toolbar sets for every story (on the frame around it), so the canvas always shows what the toolbar says. */
const FROM_TOOLBAR = { lang: 'Language toolbar', theme: 'Theme toolbar' } as const;

/** The args, argTypes and render function of one element's stories. */
export function elementStories(tagName: string): {
  args: ElementArgs;
  argTypes: ArgTypes;
  render: (args: ElementArgs, slot?: TemplateResult) => TemplateResult;
} {
  const helpers = getStorybookHelpers<ElementArgs>(tagName);
  const args = { ...helpers.args };
  const argTypes: ArgTypes = { ...helpers.argTypes };
  // A CSS property's arg starts as the manifest's default, as written: the helpers parse "1.5" into the number 1.5,
  // which then differs from the default "1.5", so "Show code" wrote a style block restating it.
  for (const [name, argType] of Object.entries(argTypes)) {
    if (argType.table?.category === 'css properties' && typeof argType.defaultValue === 'string') args[name] = argType.defaultValue;
  }
  for (const [name, toolbar] of Object.entries(FROM_TOOLBAR)) {
    const argType = argTypes[name];
    if (!argType) continue;
    delete args[name];
    argTypes[name] = { ...argType, control: false, description: `${argType.description ?? ''}\n\nIn Storybook, set from the ${toolbar}.` };
  }
  // An empty property control means "not set": the property keeps its own value instead of becoming "".
  const properties = Object.keys(argTypes).filter((name) => argTypes[name]?.table?.category === 'properties');
  const isUnset = (name: string, value: unknown) => properties.includes(name) && (value === '' || value === null || value === undefined);
  return {
    args,
    argTypes,
    render: (storyArgs, slot) =>
      helpers.template(Object.fromEntries(Object.entries(storyArgs).filter(([name, value]) => !isUnset(name, value))), slot),
  };
}
