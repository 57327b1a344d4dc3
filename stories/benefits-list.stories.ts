import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import { expectLoadErrorStatus, localeOf, widget } from '../.storybook/play.js';
import '../src/define/all.js';

const { args, argTypes, render } = elementStories('coe-benefits-list');

const meta: Meta<ElementArgs> = {
  title: 'Widgets/coe-benefits-list',
  component: 'coe-benefits-list',
  args,
  argTypes,
  render: (storyArgs) => render(storyArgs),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
export const Cards: Story = { args: { layout: 'cards' } };
/** One column of cards on a narrow container (20rem): the cards follow the container, not the window. */
export const CardsNarrow: Story = {
  args: { layout: 'cards' },
  render: (storyArgs) => html`<div class="story-narrow">${render(storyArgs)}</div>`,
};
export const Cooperation: Story = { args: { list: 'cooperation' } };
export const CooperationCards: Story = { args: { list: 'cooperation', layout: 'cards' } };
/** An empty title and an id that is not kebab-case: both items left out, reported in the console, noted below. */
export const InvalidData: Story = {
  tags: ['expects-data-error'],
  args: {
    layout: 'cards',
    items: [
      { id: 'valid', title: 'A valid benefit', text: 'Shown.' },
      { id: 'empty-title', title: '', text: 'Its title is empty.' },
      { id: 'Not Kebab', title: 'A bad id', text: 'Its id is not kebab-case.' },
    ],
  },
};
/** A `src` that answers 404: a polite message in the widget's language, in a live region. */
export const FailedSource: Story = {
  tags: ['expects-data-error'],
  args: { src: '/no-such-data.json' },
  play: async ({ canvasElement, globals }) => {
    const { el } = await widget(canvasElement, 'coe-benefits-list');
    await expectLoadErrorStatus(el, localeOf(globals));
  },
};
