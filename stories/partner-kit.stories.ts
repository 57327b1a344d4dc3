import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { BadgeVariant } from '../src/components/partner-badge/partner-badge.js';
import { BADGE_LANGUAGES, type BadgeLanguage } from '../src/components/partner-badge/partner-badge.languages.js';
import { defaultPartnerRoster } from '../src/core/data/default-partner-roster.js';
import { THEMES, type Theme } from '../src/core/theme.js';
import { BADGE_VARIANTS, DEFAULT_CHOICES } from '../demo/kit/badge-snippet.js';
import { builtBadgeIntegrity } from '../demo/kit/built-integrity.js';
import { defineDemoPartnerKit } from '../demo/kit/partner-kit.js';

defineDemoPartnerKit();

interface Args {
  partner: string;
  variant: BadgeVariant;
  theme: Theme;
  lang: BadgeLanguage;
}

/**
 * "Get your badge": the partner kit of the demo (demo/badge.html), the same element. A partner picks their
 * organisation, the variant, theme and language, sees the live badge, and copies the snippet: the
 * `<script type="module">` of the badge's CDN file with this build's SRI `integrity` (from dist/cdn/sri.json:
 * run `npm run build` before Storybook, or the kit says it has no hash), the element with its no-JavaScript
 * fallback link, and the CSS rule that reserves the badge's space. The controls set the kit's first choices.
 */
const meta: Meta<Args> = {
  title: 'Partner kit',
  // No visual baseline: the snippet shows this build's SRI hash, which changes with every change of the code.
  tags: ['skip-visual'],
  args: { ...DEFAULT_CHOICES },
  argTypes: {
    partner: {
      control: 'select',
      options: defaultPartnerRoster.map((partner) => partner.id),
      description: 'The organisation (a roster id)',
    },
    variant: { control: 'inline-radio', options: BADGE_VARIANTS },
    theme: { control: 'inline-radio', options: THEMES },
    lang: { control: 'select', options: BADGE_LANGUAGES },
  },
  render: (args) =>
    html`<demo-partner-kit
      .integrity=${builtBadgeIntegrity}
      .choices=${{ partner: args.partner, variant: args.variant, theme: args.theme, lang: args.lang }}
    ></demo-partner-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const GetYourBadge: Story = { name: 'Get your badge' };

/** The snippet follows the partner's picks: here the LEGO Group's compact badge in Danish. */
export const PickingAPartner: Story = {
  play: async ({ canvasElement }) => {
    const kit = canvasElement.querySelector('demo-partner-kit')!;
    await kit.updateComplete;
    const root = kit.shadowRoot!;
    // A pick in a <select> as the browser reports it (userEvent.selectOptions does not reach WebKitGTK's native list).
    const pick = (id: string, value: string): void => {
      const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    pick('partner', 'lego-group');
    await userEvent.click(root.querySelector('input[name="variant"][value="compact"]')!);
    pick('lang', 'da');
    await kit.updateComplete;
    const snippet = root.querySelector('textarea');
    if (!builtBadgeIntegrity || !snippet) {
      // Storybook built before the CDN files: no hash, and the kit says so instead of offering a snippet.
      await expect(root.querySelector('.missing')?.textContent).toContain('npm run build');
      return;
    }
    await waitFor(() => expect(snippet.value).toContain('<coe-partner-badge partner="lego-group" variant="compact" lang="da">'));
    await expect(snippet.value).toContain(
      'coe-partner-badge[variant="compact"]:not(:defined) { display: inline-block; width: 216px; height: 40px;',
    );
  },
};
