// Story helpers shared by every element's stories: the controls, the Docs tables, the events sent to the Actions
// panel and the rendered element all come from custom-elements.json through @wc-toolkit/storybook-helpers, so the
// manifest is the one source of the API a designer sees.
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { LitElement, TemplateResult } from 'lit';
import { partnerBadgeCss } from '../src/components/partner-badge/partner-badge.styles.js';
import { longHex, readProperties, schemeHalves } from '../src/core/styles/css-vars.js';

/** Story args: the manifest's attribute, property, slot, CSS property and part names. */
export type ElementArgs = Record<string, unknown>;

/** Attributes the toolbar sets for every story (on the frame around it), so the canvas always shows what the toolbar says. */
const FROM_TOOLBAR = { lang: 'Language toolbar', theme: 'Theme toolbar' } as const;

type Theme = 'light' | 'dark';

/**
 * The element's CSS custom properties whose default depends on the colour scheme, with their light and dark
 * defaults, read from the CSS the element runs (the badge's stylesheet, or a Lit element's styles).
 */
const schemeDefaultsByTag = new Map<string, Map<string, Record<Theme, string>>>();

function schemeDependentDefaults(tagName: string): Map<string, Record<Theme, string>> {
  // Read once per element: the Controls ask on every render, for every arg.
  const known = schemeDefaultsByTag.get(tagName);
  if (known) return known;
  const element = customElements.get(tagName) as (CustomElementConstructor & Partial<typeof LitElement>) | undefined;
  const cssText =
    tagName === 'coe-partner-badge' ? partnerBadgeCss : (element?.elementStyles ?? []).map((style) => String(style)).join('\n');
  const defaults = new Map<string, Record<Theme, string>>();
  for (const [name, fallback] of readProperties(cssText)) {
    const halves = fallback === undefined ? undefined : schemeHalves(longHex(fallback));
    if (halves && halves.light !== halves.dark) defaults.set(name, halves);
  }
  // Only once the element is defined: before, its styles are not there to read.
  if (element) schemeDefaultsByTag.set(tagName, defaults);
  return defaults;
}

/**
 * The Controls follow the Theme toolbar: a colour control still showing one theme's default takes the other theme's
 * when the toolbar changes (`updateArgs`, from a decorator in preview.ts); a value a designer chose stays. Returns the
 * args to change, none when the story's controls already show `theme`'s values.
 */
export function argsForTheme(tagName: string, args: ElementArgs, theme: Theme): ElementArgs {
  const other: Theme = theme === 'dark' ? 'light' : 'dark';
  const updates: ElementArgs = {};
  for (const [name, defaults] of schemeDependentDefaults(tagName)) if (args[name] === defaults[other]) updates[name] = defaults[theme];
  return updates;
}

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
  // A colour control showing the dark theme's default is not a change either: no style block restates it.
  const isDarkDefault = (name: string, value: unknown) => schemeDependentDefaults(tagName).get(name)?.dark === value;
  return {
    args,
    argTypes,
    render: (storyArgs, slot) =>
      helpers.template(
        Object.fromEntries(Object.entries(storyArgs).filter(([name, value]) => !isUnset(name, value) && !isDarkDefault(name, value))),
        slot,
      ),
  };
}
