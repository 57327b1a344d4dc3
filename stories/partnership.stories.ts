import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import '../src/define/all.js';

const { args, argTypes, render } = elementStories('coe-partnership');

/** The widgets the provider's stories put inside it. */
const children = html`<coe-partner-grid kind="association"></coe-partner-grid>
  <coe-benefits-list list="cooperation" layout="cards"></coe-benefits-list>`;

const meta: Meta<ElementArgs> = {
  title: 'Provider/coe-partnership',
  component: 'coe-partnership',
  args,
  argTypes,
  render: (storyArgs) => render(storyArgs, children),
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** A grid and a benefits list sharing the provider's data and language (the toolbar's language reaches both). */
export const Default: Story = {};
/** A `src` that cannot be loaded: every widget inside says so politely. */
export const FailedSource: Story = { tags: ['expects-data-error'], args: { src: '/no-such-partnership-data.json' } };
