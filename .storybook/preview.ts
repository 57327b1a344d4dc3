import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons, useArgs } from 'storybook/preview-api';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { contactEndpointMocks } from './contact-endpoint-mocks.js';
import { argsForTheme } from './element-stories.js';
import customElements from '../custom-elements.json' with { type: 'json' };
import { LOCALES } from './play.js';
import './preview.css';

interface ManifestMember {
  kind?: string;
  default?: string;
}
/**
 * The manifest as the helpers can read it: they JSON-parse an object property's default, and `= undefined` (a
 * property with no default, such as the grid's `partners`) is not JSON, so that default is left out here.
 */
function readableManifest(manifest: typeof customElements): typeof customElements {
  return JSON.parse(JSON.stringify(manifest), (key, value: unknown) =>
    key === 'members' && Array.isArray(value)
      ? value.map(({ default: fallback, ...member }: ManifestMember) =>
          fallback === 'undefined' ? member : { ...member, default: fallback },
        )
      : value,
  ) as typeof customElements;
}

setCustomElementsManifest(readableManifest(customElements));

/**
 * The contact form's endpoints, answered in the browser (contact-endpoint-mocks.ts), for stories and docs pages alike.
 * The worker script sits beside iframe.html (main.ts `staticDirs`), so a Storybook published in a sub-folder finds it
 * too. Other requests (the widgets' data files, the badge's languages) go to the network untouched.
 */
async function startMockEndpoints() {
  const worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
  return worker;
}

/**
 * The toolbar reaches the docs pages too, where no decorator runs: its choices are written on the root as
 * `data-toolbar-locale`, `-theme` and `-brand`, which the widgets written into a docs page (their
 * `<docs-toolbar-frame>`), the Data page's live check and the token playground follow (stories/docs/docs-toolbar.ts).
 */
const showToolbar = ({ globals }: { globals: Record<string, unknown> }): void => {
  const root = document.documentElement.dataset;
  root.toolbarLocale = String(globals.locale ?? 'en');
  root.toolbarTheme = String(globals.theme ?? 'light');
  root.toolbarBrand = String(globals.brand ?? 'coe');
};
addons.getChannel().on(SET_GLOBALS, showToolbar);
addons.getChannel().on(GLOBALS_UPDATED, showToolbar);

/** "Show code": the HTML a web editor pastes, without empty lines. */
function pastableHtml(code: string): string {
  return code.replace(/\n\s*\n/g, '\n').trim();
}
// Controls in the order a designer reads them; the `arg ref` labels add nothing here.
setStorybookHelpersConfig({ hideArgRef: true, categoryOrder: ['attributes', 'properties', 'slots', 'cssProps', 'cssParts', 'events'] });

/** The widths a widget is checked at: a small phone, a common phone, a tablet and a laptop. */
const VIEWPORTS = Object.fromEntries(
  [
    ['phone-small', 'Phone 320', 320, 640, 'mobile'],
    ['phone', 'Phone 390', 390, 844, 'mobile'],
    ['tablet', 'Tablet 768', 768, 1024, 'tablet'],
    ['laptop', 'Laptop 1280', 1280, 800, 'desktop'],
  ].map(([key, name, width, height, type]) => [key, { name, styles: { width: `${width}px`, height: `${height}px` }, type }]),
);

type ToolbarMenu = NonNullable<Preview['globalTypes']>[string];

/** A toolbar menu: its title and icon, what it sets, and its choices as [value, label]. */
function toolbarMenu(
  title: string,
  icon: NonNullable<ToolbarMenu['toolbar']>['icon'],
  description: string,
  choices: readonly (readonly [string, string])[],
): ToolbarMenu {
  return { description, toolbar: { title, icon, items: choices.map(([value, label]) => ({ value, title: label })), dynamicTitle: true } };
}

/**
 * Every story renders inside a frame carrying the toolbar's language, theme and brand: stories never force a
 * language or a theme, so the toolbar always says what the canvas shows, and every story renders in each language
 * (English, French, German) and each theme.
 */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: toolbarMenu('Language', 'globe', 'Language of the widgets', Object.entries(LOCALES)),
    theme: toolbarMenu('Theme', 'contrast', 'Colour scheme of the widgets', [
      ['light', 'Light'],
      ['dark', 'Dark'],
    ]),
    brand: toolbarMenu('Brand', 'paintbrush', 'A set of --coe- tokens a host page could set (preview.css)', [
      ['coe', 'CoE default'],
      ['partner', 'Partner brand'],
      ['high-contrast', 'High contrast'],
    ]),
  },
  initialGlobals: { locale: 'en', theme: 'light', brand: 'coe' },
  loaders: [mswLoader(startMockEndpoints)],
  decorators: [
    (story, context) => {
      const { locale = 'en', theme = 'light', brand = 'coe' } = context.globals as Record<string, string | undefined>;
      // The whole canvas takes the theme (preview.css), so a dark widget sits on a dark page; the docs page keeps its own.
      if (context.viewMode === 'story') document.documentElement.dataset.storyTheme = theme;
      else delete document.documentElement.dataset.storyTheme;
      // The Controls show the theme's values: colour controls still on the other theme's default take this one's.
      const [, updateArgs] = useArgs();
      if (typeof context.component === 'string') {
        const updates = argsForTheme(context.component, context.args, theme === 'dark' ? 'dark' : 'light');
        if (Object.keys(updates).length) updateArgs(updates);
      }
      return html`<div class="story-frame" lang=${locale} data-theme=${theme} data-brand=${brand}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    viewport: { options: VIEWPORTS },
    docs: {
      toc: true,
      // "Show code" gives the HTML a web editor pastes: the element alone, without the story frame or empty lines.
      source: { excludeDecorators: true, transform: pastableHtml },
    },
    // The written pages first, the Introduction as the landing page; then the elements, then the Changelog.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Embedding',
          'Theming and tokens',
          'Data',
          'Accessibility',
          'Partner badge',
          'Partner kit',
          'Widgets',
          'Provider',
          'Changelog',
        ],
      },
    },
    a11y: { test: 'error' },
    msw: { handlers: contactEndpointMocks },
  },
};

export default preview;
