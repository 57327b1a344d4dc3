import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';

interface Args {
  src: string;
  lang: string;
}

/**
 * `<coe-partnership>` draws nothing itself: it shares one data document and one
 * language with every widget inside it (here a grid and a benefits list). Each
 * widget also works alone on the embedded default data.
 */
const meta: Meta<Args> = {
  title: 'Provider/coe-partnership',
  component: 'coe-partnership',
  args: { src: '', lang: '' },
  argTypes: {
    src: { control: 'text', description: 'URL of a data JSON document' },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
  },
  render: ({ src, lang }) => html`
    <coe-partnership src=${src || ''} lang=${lang || ''}>
      <coe-partner-grid kind="association"></coe-partner-grid>
      <coe-benefits-list list="cooperation" layout="cards"></coe-benefits-list>
    </coe-partnership>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** The provider's `lang` reaches every widget inside it. */
export const French: Story = { args: { lang: 'fr' } };
/** A `src` that cannot be loaded: every widget inside says so politely. */
export const FailedSource: Story = { tags: ['expects-data-error'], args: { src: '/no-such-partnership-data.json' } };
