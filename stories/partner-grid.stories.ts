import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { syntheticPartners } from '../bench/synthetic-partners.js';
import type { Partner } from '../src/core/data/types.js';
import '../src/define/all.js';

interface Args {
  kind: 'all' | 'company' | 'association';
  sort: 'name' | 'joined';
  searchable: boolean;
  filterable: boolean;
  newTab: boolean;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  partners?: readonly Partner[];
  customTheme: boolean;
}

/**
 * The partners of the Digital Partnership as a grid of links. With no attribute it shows the 27 partners of the
 * embedded default data; it follows its container's width (resize the canvas down to 320px).
 */
const meta: Meta<Args> = {
  title: 'Widgets/coe-partner-grid',
  component: 'coe-partner-grid',
  args: { kind: 'all', sort: 'name', searchable: false, filterable: false, newTab: false, lang: '', theme: 'auto', customTheme: false },
  argTypes: {
    kind: { control: 'inline-radio', options: ['all', 'company', 'association'] },
    sort: { control: 'inline-radio', options: ['name', 'joined'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    partners: { control: false },
    customTheme: { control: 'boolean', description: 'Story only: applies a custom set of --coe- tokens' },
  },
  render: (args) => html`
    <coe-partner-grid
      class=${args.customTheme ? 'custom-theme' : ''}
      kind=${args.kind}
      sort=${args.sort}
      ?searchable=${args.searchable}
      ?filterable=${args.filterable}
      ?new-tab=${args.newTab}
      lang=${args.lang || ''}
      theme=${args.theme}
      .partners=${args.partners}
    ></coe-partner-grid>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const CompaniesOnly: Story = { args: { kind: 'company' } };
export const WithSearchAndFilter: Story = { args: { searchable: true, filterable: true } };
export const SortedByJoinDate: Story = { args: { sort: 'joined', filterable: true } };
export const French: Story = { args: { lang: 'fr', searchable: true, filterable: true } };
export const Dark: Story = { args: { theme: 'dark', searchable: true, filterable: true } };
/** Tokens set from the page: `--coe-color-primary`, `--coe-radius`, `--coe-font-family`, `--coe-grid-min-column`. */
export const CustomTheme: Story = { args: { customTheme: true, searchable: true, filterable: true } };
export const TwoThousandPartners: Story = { args: { partners: syntheticPartners(2000), searchable: true, filterable: true } };
/** Two invalid partners (a `javascript:` website, an unknown kind): left out, reported in the console, noted below the grid. */
export const InvalidData: Story = {
  tags: ['expects-data-error'],
  args: {
    partners: [
      { id: 'valid-partner', name: 'Valid Partner', kind: 'company', joined: '2021-03', website: 'https://valid.example/' },
      { id: 'hostile', name: 'Hostile Partner', kind: 'company', joined: '2021', website: 'javascript:alert(1)' },
      { id: 'robot', name: 'Robot Partner', kind: 'robot', joined: 'soon', website: 'https://robot.example/' },
    ] as unknown as Partner[], // invalid on purpose: the widget checks a host's data at run time
  },
};
export const FailedSource: Story = {
  tags: ['expects-data-error'],
  render: () => html`<coe-partner-grid src="/no-such-data.json"></coe-partner-grid>`,
};
