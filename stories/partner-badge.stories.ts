import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import { localeOf, widget } from '../.storybook/play.js';
import '../src/define/partner-badge.js';

const { args, argTypes, render } = elementStories('coe-partner-badge');

/** The link a page puts inside the badge: what shows before the script runs, or without it. */
const fallbackLink = html`<a href="https://www.coe.int/en/web/digital-governance/cooperation-with-companies">Digital Partner of the Council of Europe</a>`;

/** Story only: stands in for an approved logo a host would pass through the `logo` slot (not the Council of Europe's). */
const APPROVED_LOGO =
  '<svg viewBox="0 0 40 40" aria-hidden="true"><rect width="40" height="40" rx="8" fill="#5b2a86" /><circle cx="20" cy="20" r="10" fill="#ffffff" /></svg>';

const meta: Meta<ElementArgs> = {
  title: 'Widgets/coe-partner-badge',
  component: 'coe-partner-badge',
  args: { ...args, partner: 'telefonica', variant: 'standard' },
  argTypes,
  render: (storyArgs) => render(storyArgs, fallbackLink),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Standard: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
/** With the year the partner joined (none is shown when the year is unknown, e.g. `att`). */
export const Full: Story = { args: { variant: 'full' } };

/** An id that is not in the partner list: no claim, a neutral state, and a console warning naming the id. */
export const Unverified: Story = {
  args: { partner: 'not-a-partner' },
  play: async ({ canvasElement, globals }) => {
    const { el } = await widget(canvasElement, 'coe-partner-badge');
    const expected = {
      en: { status: 'Partner not verified', claim: 'of the Council of Europe' },
      fr: { status: 'Partenaire non vérifié', claim: 'du Conseil de l’Europe' },
      de: { status: 'Partner nicht bestätigt', claim: 'des Europarats' },
    }[localeOf(globals)];
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="name"]')?.textContent).toContain(expected.status));
    const link = el.shadowRoot!.querySelector('[part~="link"]')!;
    await expect(link.classList.contains('neutral')).toBe(true);
    // No claim: the badge names the programme, never "Digital Partner of the Council of Europe", for an unknown id.
    await expect(el.shadowRoot!.textContent).not.toContain(expected.claim);
  },
};
export const UnverifiedCompact: Story = { args: { partner: 'not-a-partner', variant: 'compact' } };
/** A host's approved logo through the `logo` slot replaces the emblem (for a verified partner only). */
export const WithSlottedLogo: Story = { args: { variant: 'full', 'logo-slot': APPROVED_LOGO } };

/** The three variants side by side, at their fixed sizes. */
export const AllVariants: Story = {
  render: (storyArgs) =>
    html`<div class="story-row">${(['compact', 'standard', 'full'] as const).map((variant) => render({ ...storyArgs, variant }))}</div>`,
};
