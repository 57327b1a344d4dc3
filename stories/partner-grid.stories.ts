import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { syntheticPartners } from '../bench/synthetic-partners.js';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import { expectLoadErrorStatus, localeOf, widget, type Locale } from '../.storybook/play.js';
import type { CoePartnerGrid } from '../src/components/partner-grid/partner-grid.js';
import '../src/define/all.js';

const { args, argTypes, render } = elementStories('coe-partner-grid');

/** "3 partners" in the story's language: the visible count and the live region say it. */
const COUNT: Record<Locale, (n: number) => string> = {
  en: (n) => `${n} partners`,
  fr: (n) => `${n} partenaires`,
  de: (n) => `${n} Partner`,
};

/** The cards shown now. */
const visibleCards = (grid: CoePartnerGrid) => grid.shadowRoot!.querySelectorAll('[part~="item"]:not([hidden])').length;

const meta: Meta<ElementArgs> = {
  title: 'Widgets/coe-partner-grid',
  component: 'coe-partner-grid',
  args,
  argTypes,
  render: (storyArgs) => render(storyArgs),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
export const CompaniesOnly: Story = { args: { kind: 'company' } };
export const WithSearchAndFilter: Story = { args: { searchable: true, filterable: true } };
export const SortedByJoinDate: Story = { args: { sort: 'joined', filterable: true } };
/**
 * The grid with 2,000 partners. Left out of the visual test: its cards use `content-visibility: auto`, so where each
 * row lands depends on when Chromium sizes the cards (two runs differ by whole rows), which no baseline can hold.
 * The smoke test opens it in one language only (`smoke-once`), without axe (`smoke-without-axe`): its cards and controls
 * are the other grid stories', which axe checks, and axe over 2,000 cards takes 26 s in Chromium and 101 s in Firefox.
 * For the same reason the Accessibility panel checks it only when asked ("Run accessibility scan"): run on every
 * opening, it made the story take 38.6 s to open in Chromium.
 */
export const TwoThousandPartners: Story = {
  tags: ['skip-visual', 'smoke-once', 'smoke-without-axe'],
  globals: { a11y: { manual: true } },
  // On the Docs page, in a frame of its own that scrolls: inline, its 2,000 cards made the page 146,000 px tall.
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  args: { partners: syntheticPartners(2000), searchable: true, filterable: true },
};

/** A visitor narrows the grid to associations, then searches: the count and the live region follow, and a screen reader hears it. */
export const SearchAndFilter: Story = {
  args: { searchable: true, filterable: true },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const { el, shadow } = await widget<CoePartnerGrid>(canvasElement, 'coe-partner-grid');
    const status = () => el.shadowRoot!.querySelector('[role="status"]')?.textContent;
    const all = visibleCards(el);
    await expect(all).toBeGreaterThan(20);
    const association = shadow.getAllByRole('radio').find((radio: HTMLElement) => (radio as HTMLInputElement).value === 'association')!;
    await userEvent.click(association);
    await waitFor(() => expect(el.kind).toBe('association'));
    const associations = visibleCards(el);
    await expect(associations).toBeLessThan(all);
    await waitFor(() => expect(status()).toBe(COUNT[locale](associations)));
    await userEvent.type(shadow.getByRole('searchbox'), 'euro');
    const found = await waitFor(() => {
      const count = visibleCards(el);
      expect(count).toBeLessThan(associations);
      expect(status()).toBe(COUNT[locale](count));
      return count;
    });
    await expect(found).toBeGreaterThan(0);
    await expect(el.shadowRoot!.querySelector('[part~="count"]')?.textContent).toBe(COUNT[locale](found));
  },
};

/** `kind` and `sort` changed on the element (as a host page's script would): the grid redraws at once. */
export const ChangeKindAndSort: Story = {
  args: { filterable: true },
  play: async ({ canvasElement, globals }) => {
    const { el } = await widget<CoePartnerGrid>(canvasElement, 'coe-partner-grid');
    const collator = new Intl.Collator(localeOf(globals), { sensitivity: 'base', numeric: true });
    const names = () => [...el.shadowRoot!.querySelectorAll('[part~="item"]:not([hidden]) [part~="name"]')].map((name) => name.textContent);
    const byName = names();
    await expect(byName).toEqual([...byName].sort((a, b) => collator.compare(a!, b!)));
    el.setAttribute('kind', 'company');
    await el.updateComplete;
    const companies = names();
    await expect(companies.length).toBeLessThan(byName.length);
    await expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="company"]')?.checked).toBe(true);
    el.setAttribute('sort', 'joined');
    await el.updateComplete;
    const byDate = names();
    await expect(byDate).toHaveLength(companies.length);
    await expect(byDate).not.toEqual(companies);
  },
};

/** Two invalid partners (a `javascript:` website, an unknown kind): left out, reported in the console, noted below the grid. */
export const InvalidData: Story = {
  tags: ['expects-data-error'],
  args: {
    partners: [
      { id: 'valid-partner', name: 'Valid Partner', kind: 'company', joined: '2021-03', website: 'https://valid.example/' },
      { id: 'hostile', name: 'Hostile Partner', kind: 'company', joined: '2021', website: 'javascript:alert(1)' },
      { id: 'robot', name: 'Robot Partner', kind: 'robot', joined: 'soon', website: 'https://robot.example/' },
    ],
  },
};

/** A `src` that answers 404: a polite message in the widget's language, in a live region. */
export const FailedSource: Story = {
  tags: ['expects-data-error'],
  args: { src: '/no-such-data.json' },
  play: async ({ canvasElement, globals }) => {
    const { el } = await widget<CoePartnerGrid>(canvasElement, 'coe-partner-grid');
    await expectLoadErrorStatus(el, localeOf(globals));
  },
};
