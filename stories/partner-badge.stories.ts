import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import '../src/define/partner-badge.js';

interface Args {
  partner: string;
  variant: 'compact' | 'standard' | 'full';
  theme: 'auto' | 'light' | 'dark';
  lang: string;
  verifyUrl: string;
  slottedLogo: boolean;
}

/** Story only: stands in for an approved logo a host would pass through the `logo` slot (not the Council of Europe's). */
const approvedLogo = svg`<svg slot="logo" viewBox="0 0 40 40" aria-hidden="true">
  <rect width="40" height="40" rx="8" fill="#5b2a86" /><circle cx="20" cy="20" r="10" fill="#ffffff" />
</svg>`;

/**
 * The "Digital Partner of the Council of Europe" badge partners put on their own sites: one link to the
 * Digital Partnership page, verified against the partner list. A plain custom element (no Lit), a few
 * kilobytes on the CDN; each variant has a fixed size a page can reserve before the script loads.
 */
const meta: Meta<Args> = {
  title: 'Widgets/coe-partner-badge',
  component: 'coe-partner-badge',
  args: { partner: 'telefonica', variant: 'standard', theme: 'auto', lang: '', verifyUrl: '', slottedLogo: false },
  argTypes: {
    partner: { control: 'text', description: 'Partner id, e.g. telefonica, orange, lego-group' },
    variant: { control: 'inline-radio', options: ['compact', 'standard', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
    verifyUrl: { control: 'text', name: 'verify-url' },
    slottedLogo: { control: 'boolean', description: 'Story only: passes a stand-in approved logo through the logo slot' },
  },
  render: (args) => html`
    <coe-partner-badge partner=${args.partner} variant=${args.variant} theme=${args.theme} lang=${args.lang || ''} verify-url=${args.verifyUrl || ''}>
      ${args.slottedLogo ? approvedLogo : ''}
      <a href="https://www.coe.int/en/web/digital-governance/cooperation-with-companies">Digital Partner of the Council of Europe</a>
    </coe-partner-badge>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Standard: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
/** With the year the partner joined (none is shown when the year is unknown, e.g. `att`). */
export const Full: Story = { args: { variant: 'full' } };
export const Light: Story = { args: { theme: 'light', variant: 'full' } };
export const Dark: Story = { args: { theme: 'dark', variant: 'full' } };
export const English: Story = { args: { lang: 'en', variant: 'full' } };
export const French: Story = { args: { lang: 'fr', variant: 'full' } };
/** An id that is not in the partner list: no claim, a neutral state, and a console warning naming the id. */
export const Unverified: Story = { args: { partner: 'not-a-partner' } };
export const UnverifiedCompact: Story = { args: { partner: 'not-a-partner', variant: 'compact' } };
/** A host's approved logo through the `logo` slot replaces the emblem (for a verified partner only). */
export const WithSlottedLogo: Story = { args: { slottedLogo: true, variant: 'full' } };

/** The three variants side by side, at their fixed sizes. */
export const AllVariants: Story = {
  render: (args) => html`
    <div>
      ${(['compact', 'standard', 'full'] as const).map(
        (variant) =>
          html`<coe-partner-badge partner=${args.partner} variant=${variant} theme=${args.theme} lang=${args.lang || ''}></coe-partner-badge> `,
      )}
    </div>
  `,
};
