import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import '../src/define/all.js';

const { args, argTypes, render } = elementStories('coe-highlights-timeline');

const meta: Meta<ElementArgs> = {
  title: 'Widgets/coe-highlights-timeline',
  component: 'coe-highlights-timeline',
  args,
  argTypes,
  render: (storyArgs) => render(storyArgs),
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** Two-sided on a wide container. */
export const Default: Story = {};
/** Vertical on a narrow container (20rem): the layout follows the container, not the window. */
export const Narrow: Story = { render: (storyArgs) => html`<div class="story-narrow">${render(storyArgs)}</div>` };
export const NewestFirst: Story = { args: { order: 'newest' } };
/** `from="2020" to="2022"`. */
export const FromTo: Story = { args: { from: 2020, to: 2022 } };
/** A `javascript:` link (dropped, the highlight kept without a link) and an impossible date (left out): reported in the console, noted below. */
export const InvalidData: Story = {
  tags: ['expects-data-error'],
  args: {
    highlights: [
      { id: 'valid', date: '2019-04', title: 'A valid highlight', text: 'Shown with its link.', link: 'https://www.coe.int/' },
      {
        id: 'hostile-link',
        date: '2020',
        title: 'A highlight with a hostile link',
        text: 'Kept, without its link.',
        link: 'javascript:alert(1)',
      },
      { id: 'bad-date', date: '2021-13-45', title: 'A highlight with an impossible date', text: 'Left out.' },
    ],
  },
};
/** A `src` that answers 404: a polite message in the widget's language. */
export const FailedSource: Story = { tags: ['expects-data-error'], args: { src: '/no-such-data.json' } };
