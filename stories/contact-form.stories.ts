import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { elementStories, type ElementArgs } from '../.storybook/element-stories.js';
import { findIn, localeOf, widget, type Locale } from '../.storybook/play.js';
import type { CoeContactForm } from '../src/components/contact-form/contact-form.js';
import '../src/define/all.js';

const { args, argTypes, render } = elementStories('coe-contact-form');

/**
 * The endpoints, answered in the browser by Mock Service Worker wherever the Storybook is served
 * (.storybook/contact-endpoint-mocks.ts): `/api/contact` checks the fields with the real endpoint's rules;
 * `-unavailable` answers 503 like a server that is down; `-slow` never answers; `-flaky` refuses a message once.
 */
const ENDPOINT = '/api/contact';

/** What a visitor types, in the story's language. */
const VISITOR: Record<Locale, Record<'name' | 'email' | 'organisation' | 'message', string>> = {
  en: {
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    organisation: 'Analytical Engines Ltd',
    message: 'We would like to join the Digital Partnership.',
  },
  fr: {
    name: 'Élise Martin',
    email: 'elise.martin@exemple.fr',
    organisation: 'Association Numérique',
    message: 'Nous souhaitons rejoindre le Partenariat numérique.',
  },
  de: {
    name: 'Jürgen Weiß',
    email: 'juergen.weiss@beispiel.de',
    organisation: 'Verband Digitale Wirtschaft',
    message: 'Wir möchten der Digitalen Partnerschaft beitreten.',
  },
};
const TEXT: Record<Locale, { summary: string; sent: string }> = {
  en: { summary: 'There is a problem', sent: 'Thank you, your message has been sent' },
  fr: { summary: 'Il y a un problème', sent: 'Merci, votre message a été envoyé' },
  de: { summary: 'Es gibt ein Problem', sent: 'Vielen Dank, Ihre Nachricht wurde gesendet' },
};

type Form = Awaited<ReturnType<typeof widget<CoeContactForm>>>;

/** Fills every field the way a visitor does: typing, and picking a topic. */
async function fill({ el }: Form, locale: Locale): Promise<void> {
  const field = <T extends HTMLElement>(id: string) => el.shadowRoot!.querySelector<T>(`#${id}`)!;
  for (const [id, value] of Object.entries(VISITOR[locale])) {
    await userEvent.type(field(id), value);
  }
  await userEvent.selectOptions(field<HTMLSelectElement>('topic'), 'joining');
}

async function submit({ el }: Form): Promise<void> {
  await userEvent.click(el.shadowRoot!.querySelector('button[type=submit]')!);
  await el.updateComplete;
}

const meta: Meta<ElementArgs> = {
  title: 'Widgets/coe-contact-form',
  component: 'coe-contact-form',
  // No retries in the stories: a failure shows at once.
  args: { ...args, action: ENDPOINT, 'privacy-url': 'https://www.coe.int/en/web/data-protection', retries: 0 },
  argTypes,
  // Each story opens on the state it shows, not on a draft another story kept.
  beforeEach: () => sessionStorage.clear(),
  parameters: { docs: { story: { autoplay: false } } },
  render: (storyArgs) => render(storyArgs),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Empty: Story = {};

/** Sent empty: the error summary takes focus and links to each field; a link moves focus to its field. */
export const WithErrors: Story = {
  play: async ({ canvasElement, globals }) => {
    const form = await widget<CoeContactForm>(canvasElement, 'coe-contact-form');
    await submit(form);
    const summary = await waitFor(
      () => form.shadow.getByText(TEXT[localeOf(globals)].summary).closest('[part~="error-summary"]') as HTMLElement,
    );
    await waitFor(() => expect(form.el.shadowRoot!.activeElement).toBe(summary));
    const links = [...summary.querySelectorAll('a')];
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(['#name', '#email', '#topic', '#message']);
    await userEvent.click(links[1]);
    await expect(form.el.shadowRoot!.activeElement).toBe(form.el.shadowRoot!.querySelector('#email'));
    await expect(form.el.shadowRoot!.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
  },
};

/** The errors fixed and the message sent: the confirmation replaces the form and takes focus. */
export const Sent: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const form = await widget<CoeContactForm>(canvasElement, 'coe-contact-form');
    await submit(form);
    await findIn(form.el.shadowRoot!, '[part~="error-summary"]');
    await fill(form, locale);
    await submit(form);
    const success = await findIn(form.el.shadowRoot!, '[part~="success"]');
    await expect(success.querySelector('h2')?.textContent).toBe(TEXT[locale].sent);
    await waitFor(() => expect(form.el.shadowRoot!.activeElement).toBe(success.querySelector('h2')));
    await expect(form.el.shadowRoot!.querySelector('[part~="form"]')).toBeNull();
  },
};

/** While sending, the button says so and ignores further clicks; the text fields are read-only. */
export const Sending: Story = {
  args: { action: `${ENDPOINT}-slow`, timeout: 600000 },
  play: async ({ canvasElement, globals }) => {
    const form = await widget<CoeContactForm>(canvasElement, 'coe-contact-form');
    await fill(form, localeOf(globals));
    await submit(form);
    await waitFor(() => expect(form.el.shadowRoot!.querySelector('button[type=submit]')?.getAttribute('aria-disabled')).toBe('true'));
    await expect(form.el.shadowRoot!.querySelector<HTMLInputElement>('#name')?.readOnly).toBe(true);
  },
};

/** The server answered 503: the message is kept and can be sent again. */
export const Failed: Story = {
  tags: ['expects-server-error'],
  args: { action: `${ENDPOINT}-unavailable` },
  play: async ({ canvasElement, globals }) => {
    const form = await widget<CoeContactForm>(canvasElement, 'coe-contact-form');
    await fill(form, localeOf(globals));
    await submit(form);
    const failure = await findIn(form.el.shadowRoot!, '[part~="failure"]');
    await expect(failure.querySelector('[part~="retry"]')).not.toBeNull();
    await expect(form.el.shadowRoot!.querySelector<HTMLInputElement>('#name')?.value).toBe(VISITOR[localeOf(globals)].name);
  },
};

/** The server was down; the visitor presses "Send again" and the same message (its Idempotency-Key) goes through. */
export const Retried: Story = {
  tags: ['expects-server-error'],
  args: { action: `${ENDPOINT}-flaky` },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const form = await widget<CoeContactForm>(canvasElement, 'coe-contact-form');
    await fill(form, locale);
    await submit(form);
    const failure = await findIn(form.el.shadowRoot!, '[part~="failure"]');
    await userEvent.click(failure.querySelector<HTMLElement>('[part~="retry"]')!);
    const success = await findIn(form.el.shadowRoot!, '[part~="success"]');
    await expect(success.querySelector('h2')?.textContent).toBe(TEXT[locale].sent);
  },
};

/** With `require-consent`: an acknowledgement checkbox, never ticked in advance. */
export const WithConsentCheckbox: Story = { args: { 'require-consent': true } };
