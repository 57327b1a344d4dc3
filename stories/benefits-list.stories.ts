import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TextItem } from '../src/core/data/types.js';
import '../src/define/all.js';

interface Args {
  list: 'benefits' | 'cooperation';
  layout: 'list' | 'cards';
  headingLevel: number;
  src: string;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  width: 'wide' | 'narrow';
  items?: readonly TextItem[];
}

/** Story only: the width of the container the cards follow (container queries, not the window). */
const WIDTHS = { wide: 'max-width: 64rem', narrow: 'max-width: 20rem' } as const;

/**
 * The benefits of the partnership (6 by default) or, with `list="cooperation"`, its 5 forms of cooperation; as a
 * list or, with `layout="cards"`, a grid of cards that follows its container's width.
 */
const meta: Meta<Args> = {
  title: 'Widgets/coe-benefits-list',
  component: 'coe-benefits-list',
  args: { list: 'benefits', layout: 'list', headingLevel: 3, src: '', lang: '', theme: 'auto', width: 'wide' },
  argTypes: {
    list: { control: 'inline-radio', options: ['benefits', 'cooperation'] },
    layout: { control: 'inline-radio', options: ['list', 'cards'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    src: { control: 'text', description: 'URL of a data JSON document' },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: 'inline-radio', options: ['wide', 'narrow'], description: 'Story only: width of the container' },
    items: { control: false },
  },
  render: (args) => html`
    <div style=${WIDTHS[args.width]}>
      <coe-benefits-list
        list=${args.list}
        layout=${args.layout}
        heading-level=${args.headingLevel}
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        .items=${args.items}
      ></coe-benefits-list>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Cards: Story = { args: { layout: 'cards' } };
/** One column of cards on a narrow container (down to 320px). */
export const CardsNarrow: Story = { args: { layout: 'cards', width: 'narrow' } };
export const Cooperation: Story = { args: { list: 'cooperation' } };
export const CooperationCards: Story = { args: { list: 'cooperation', layout: 'cards' } };
export const French: Story = { args: { lang: 'fr' } };
export const FrenchCards: Story = { args: { lang: 'fr', layout: 'cards', list: 'cooperation' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkCards: Story = { args: { theme: 'dark', layout: 'cards' } };
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
/** A `src` that answers 404: a polite message in the widget's language. */
export const FailedSource: Story = {
  tags: ['expects-data-error'],
  args: { src: '/no-such-data.json' },
};
