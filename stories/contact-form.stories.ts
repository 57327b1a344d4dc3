import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CoeContactForm } from '../src/components/contact-form/contact-form.js';
import '../src/define/all.js';

interface Args {
  action: string;
  encoding: 'json' | 'form';
  privacyUrl: string;
  requireConsent: boolean;
  timeout: number;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
}

/**
 * Storybook has no server, so these stories answer in the page: a request to
 * `/storybook-contact/sent` is accepted, `/storybook-contact/fail` gets a 503,
 * `/storybook-contact/slow` never answers. Every other request goes out unchanged.
 * (The tests and the demo post to the real endpoint in server/contact-endpoint.mjs.)
 */
const STORY_ENDPOINT = '/storybook-contact/';
function installStoryEndpoint(): void {
  const page = window as Window & { coeStoryEndpoint?: boolean };
  if (page.coeStoryEndpoint) return;
  page.coeStoryEndpoint = true;
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(STORY_ENDPOINT)) return networkFetch(input, init);
    const outcome = url.pathname.slice(STORY_ENDPOINT.length);
    if (outcome === 'slow') return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const status = outcome === 'sent' ? 201 : 503;
    const body = status === 201 ? { ok: true, id: 'storybook' } : { error: 'unavailable' };
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  };
}
installStoryEndpoint();

/** Fills the form the way a visitor would (an `input` event per field). */
function fill(form: CoeContactForm, lang: string): void {
  const french = lang === 'fr' || form.closest('[lang]')?.getAttribute('lang') === 'fr';
  const values = {
    name: french ? 'Élise Martin' : 'Ada Lovelace',
    email: french ? 'elise.martin@exemple.fr' : 'ada@example.org',
    organisation: french ? 'Association Numérique' : 'Analytical Engines Ltd',
    topic: 'joining',
    message: french ? 'Nous souhaitons rejoindre le Partenariat numérique.' : 'We would like to join the Digital Partnership.',
  };
  for (const [id, value] of Object.entries(values)) {
    const control = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

async function submitForm(canvasElement: HTMLElement, filled: boolean, lang: string): Promise<void> {
  const form = canvasElement.querySelector('coe-contact-form')!;
  await form.updateComplete;
  if (filled) fill(form, lang);
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

/**
 * The Digital Partnership contact form. It validates on submit (then live), shows a GOV.UK-style error
 * summary, keeps the draft in `sessionStorage` until the message is sent, retries what may succeed later,
 * and posts to `action` (see the README for the endpoint contract).
 */
const meta: Meta<Args> = {
  title: 'Widgets/coe-contact-form',
  component: 'coe-contact-form',
  args: {
    action: `${STORY_ENDPOINT}sent`,
    encoding: 'json',
    privacyUrl: 'https://www.coe.int/en/web/data-protection',
    requireConsent: false,
    timeout: 15000,
    lang: '',
    theme: 'auto',
  },
  argTypes: {
    action: { control: 'text', description: 'Endpoint URL' },
    encoding: { control: 'inline-radio', options: ['json', 'form'] },
    privacyUrl: { control: 'text', name: 'privacy-url' },
    requireConsent: { control: 'boolean', name: 'require-consent' },
    timeout: { control: 'number' },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: { docs: { story: { autoplay: false } } },
  render: (args) => html`
    <coe-contact-form
      id="story-${args.action.replace(/\W+/g, '-')}"
      action=${ifDefined(args.action || undefined)}
      encoding=${args.encoding}
      privacy-url=${ifDefined(args.privacyUrl || undefined)}
      ?require-consent=${args.requireConsent}
      timeout=${args.timeout}
      lang=${ifDefined(args.lang || undefined)}
      theme=${args.theme}
      .retries=${0}
    ></coe-contact-form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Clears any draft the story kept, so a story opens on the state it shows. */
const fresh = () => sessionStorage.clear();

export const Empty: Story = { beforeEach: fresh };

/** Sent empty: the error summary takes focus and links to each field. */
export const WithErrors: Story = { beforeEach: fresh, play: ({ canvasElement, args }) => submitForm(canvasElement, false, args.lang) };

/** While sending, the button says so and ignores further clicks; the text fields are read-only. */
export const Sending: Story = {
  beforeEach: fresh,
  args: { action: `${STORY_ENDPOINT}slow`, timeout: 600000 },
  play: ({ canvasElement, args }) => submitForm(canvasElement, true, args.lang),
};

/** The server answered 503 (after the retries): the message is kept and can be sent again. */
export const Failed: Story = {
  beforeEach: fresh,
  args: { action: `${STORY_ENDPOINT}fail` },
  play: ({ canvasElement, args }) => submitForm(canvasElement, true, args.lang),
};

/** The confirmation that replaces the form, with a way to send another message. */
export const Sent: Story = { beforeEach: fresh, play: ({ canvasElement, args }) => submitForm(canvasElement, true, args.lang) };

export const French: Story = { beforeEach: fresh, args: { lang: 'fr' } };

export const FrenchWithErrors: Story = {
  beforeEach: fresh,
  args: { lang: 'fr' },
  play: ({ canvasElement, args }) => submitForm(canvasElement, false, args.lang),
};

export const Dark: Story = { beforeEach: fresh, args: { theme: 'dark' } };

export const DarkWithErrors: Story = {
  beforeEach: fresh,
  args: { theme: 'dark' },
  play: ({ canvasElement, args }) => submitForm(canvasElement, false, args.lang),
};

/** With `require-consent`: an acknowledgement checkbox, never ticked in advance. */
export const WithConsentCheckbox: Story = { beforeEach: fresh, args: { requireConsent: true } };
