import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { badgeLanguagesPlugin } from '../scripts/badge-languages.mjs';

type ViteAliases = NonNullable<NonNullable<Parameters<NonNullable<StorybookConfig['viteFinal']>>[0]['resolve']>['alias']>;

/** Vite's aliases, written as an object or a list, as a list. */
const aliasesOf = (alias: ViteAliases | undefined) =>
  !alias
    ? []
    : Array.isArray(alias)
      ? alias
      : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));

const config: StorybookConfig = {
  // The written pages (stories/docs/*.mdx) come first: the Introduction is the landing page.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // GitHub-style Markdown in the MDX pages: their tables (data fields, browsers, CSP, the endpoint) render as tables.
  addons: [
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Beside iframe.html: the favicon, and Mock Service Worker's script (copied from msw by `npm run storybook:worker`),
  // which answers the contact form's endpoints in the browser (contact-endpoint-mocks.ts).
  staticDirs: ['./public'],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // @wc-toolkit/storybook-helpers imports Node's `path` for a function only Node calls. Once style-dictionary (a dev
    // dependency) installs the npm package `path`, a browser bundle would run that package, which reads `process`:
    // keep `path` the built-in, which vite leaves out of a browser build.
    resolve: { ...viteConfig.resolve, alias: [...aliasesOf(viteConfig.resolve?.alias), { find: /^path$/, replacement: 'node:path' }] },
    // The badge fetches its other languages from badge-languages/ beside its bundled code.
    plugins: [...(viteConfig.plugins ?? []), badgeLanguagesPlugin()],
  }),
};

export default config;
