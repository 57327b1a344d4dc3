import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import './preview.css';

setCustomElementsManifest(customElements);

/** Every story renders inside a frame carrying the toolbar's language and theme. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = (context.globals.theme as string | undefined) ?? 'light';
      // The canvas takes the theme too (preview.css): a dark widget sits on a dark page, not in a dark strip on white.
      if (context.viewMode === 'story') document.documentElement.dataset.storyTheme = theme;
      return html`<div class="story-frame" lang=${context.globals.locale ?? 'en'} data-theme=${theme}>${story()}</div>`;
    },
  ],
  parameters: {
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
          'Widgets',
          'Provider',
          'Changelog',
        ],
      },
    },
    controls: { expanded: true },
    docs: { toc: true },
    a11y: { test: 'error' },
  },
};

export default preview;
