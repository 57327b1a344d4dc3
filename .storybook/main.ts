import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { contactEndpoints } from '../scripts/storybook-endpoints.mjs';
import { badgeLanguagesPlugin } from '../scripts/badge-languages.mjs';

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
  // `storybook dev` answers the contact form like the static build's server (scripts/storybook-endpoints.mjs).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [
      ...(viteConfig.plugins ?? []),
      { name: 'coe-storybook-endpoints', configureServer: (server) => void server.middlewares.use(contactEndpoints()) },
      // The badge fetches its other languages from badge-languages/ beside its bundled code.
      badgeLanguagesPlugin(),
    ],
  }),
};

export default config;
