import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Highlight } from '../src/core/data/types.js';
import '../src/define/all.js';

interface Args {
  order: 'oldest' | 'newest';
  from?: number;
  to?: number;
  headingLevel: number;
  src: string;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  width: 'wide' | 'narrow';
  highlights?: readonly Highlight[];
}

/** Story only: the width of the container the timeline follows (container queries, not the window). */
const WIDTHS = { wide: 'max-width: 64rem', narrow: 'max-width: 20rem' } as const;

/**
 * The highlights of the Digital Partnership. With no attribute: the default highlights, oldest first. The layout
 * follows the container: two-sided from 48rem of width, vertical below (see the Narrow story, or resize the canvas).
 */
const meta: Meta<Args> = {
  title: 'Widgets/coe-highlights-timeline',
  component: 'coe-highlights-timeline',
  args: { order: 'oldest', headingLevel: 3, src: '', lang: '', theme: 'auto', width: 'wide' },
  argTypes: {
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
    from: { control: { type: 'number', min: 2000, max: 2100 } },
    to: { control: { type: 'number', min: 2000, max: 2100 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    src: { control: 'text', description: 'URL of a data JSON document' },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: 'inline-radio', options: ['wide', 'narrow'], description: 'Story only: width of the container' },
    highlights: { control: false },
  },
  render: (args) => html`
    <div style=${WIDTHS[args.width]}>
      <coe-highlights-timeline
        order=${args.order}
        from=${ifDefined(args.from)}
        to=${ifDefined(args.to)}
        heading-level=${args.headingLevel}
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        .highlights=${args.highlights}
      ></coe-highlights-timeline>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Two-sided on a wide container. */
export const Default: Story = {};
/** Vertical on a narrow container (down to 320px). */
export const Narrow: Story = { args: { width: 'narrow' } };
export const NewestFirst: Story = { args: { order: 'newest' } };
/** `from="2020" to="2022"`. */
export const FromTo: Story = { args: { from: 2020, to: 2022 } };
export const French: Story = { args: { lang: 'fr' } };
export const FrenchNarrow: Story = { args: { lang: 'fr', width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
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
export const FailedSource: Story = {
  tags: ['expects-data-error'],
  args: { src: '/no-such-data.json' },
};
