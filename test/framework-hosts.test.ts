import { expect, waitUntil } from '@open-wc/testing';
import { VALID_MESSAGE } from './helpers/contact-form.js';

/**
 * The example hosts of examples/react and examples/vue, as built by `npm run build:examples`, each loaded in an
 * iframe: what they set as properties is rendered, what the widgets dispatch reaches the host's own state, and the
 * host's language button switches the widgets. Everything is read through the iframe's DOM and the shadow roots.
 */
const HOSTS = [
  { name: 'React 19', page: '/examples/react/dist/index.html' },
  { name: 'Vue 3', page: '/examples/vue/dist/index.html' },
] as const;

const TIMEOUT = { timeout: 8000 };

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The open shadow root of the first `tag` in the host page. */
function shadowOf(page: Document, tag: string): ShadowRoot {
  const root = page.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`the host page has no rendered <${tag}>`);
  return root;
}

let frame: HTMLIFrameElement | undefined;

/** Loads a built example in an iframe and waits for its widgets; fails clearly when the examples were not built. */
async function openHost(page: string): Promise<Document> {
  const response = await fetch(page, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${page} is missing (HTTP ${response.status}): run npm run build:examples first`);
  frame = document.createElement('iframe');
  frame.title = 'Example host';
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  const host = frame.contentDocument!;
  await waitUntil(
    () => host.querySelector('coe-partner-grid')?.shadowRoot?.querySelector('.grid li'),
    `${page} rendered its partner grid`,
    TIMEOUT,
  );
  return host;
}

/** Types into a field of the contact form the way a visitor would (an `input` event from inside the shadow root). */
function fill(form: ShadowRoot, id: string, value: string): void {
  const control = form.querySelector<HTMLInputElement>(`#${id}`);
  if (!control) throw new Error(`the contact form has no #${id}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

interface AxeWindow extends Window {
  axe?: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
}

/** Runs axe-core inside the host page (loaded there from node_modules, as the page's own script). */
async function axeViolations(host: Document): Promise<string[]> {
  const view = host.defaultView as AxeWindow;
  if (!view.axe) {
    const script = host.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    host.head.append(script);
  }
  const { violations } = await view.axe!.run(host);
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

const MESSAGE = VALID_MESSAGE;

describe('framework hosts (examples/react, examples/vue)', () => {
  beforeEach(() => sessionStorage.clear()); // the contact form keeps drafts in the session (shared with the iframes)

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const { name, page } of HOSTS) {
    describe(`the ${name} host`, () => {
      it('shows the partners, benefits and highlights it set as array and object properties', async () => {
        const host = await openHost(page);
        const grid = shadowOf(host, 'coe-partner-grid');
        const names = [...grid.querySelectorAll('[part~="name"]')].map(text);
        expect(names).to.deep.equal(['Example Cloud', 'Open Web Association', 'Sample Telecom']);
        expect(text(grid.querySelector('[part="count"]'))).to.equal('3 partners');
        expect(text(shadowOf(host, 'coe-benefits-list'))).to.include('A direct line to the Council of Europe');
        await waitUntil(
          () => text(shadowOf(host, 'coe-highlights-timeline')).includes('Our partnership page goes live'),
          'the provider data reached the timeline',
          TIMEOUT,
        );
      });

      it('shows the grid’s coe-filter-change in its own state when the visitor picks companies', async () => {
        const host = await openHost(page);
        expect(text(host.querySelector('#filter-state'))).to.equal('No coe-filter-change yet.');
        shadowOf(host, 'coe-partner-grid').querySelector<HTMLInputElement>('input[name="kind"][value="company"]')!.click();
        await waitUntil(() => text(host.querySelector('#filter-state')).includes('company'), 'the host heard coe-filter-change', TIMEOUT);
        expect(text(host.querySelector('#filter-state'))).to.equal('Last coe-filter-change: kind company, 2 shown.');
      });

      it('takes the contact message from coe-contact-submit and sends it itself', async () => {
        const host = await openHost(page);
        const form = shadowOf(host, 'coe-contact-form');
        for (const [id, value] of Object.entries(MESSAGE)) fill(form, id, value);
        await waitUntil(
          () => form.querySelector<HTMLTextAreaElement>('#message')?.value === MESSAGE.message,
          'the form took the values',
          TIMEOUT,
        );
        form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitUntil(() => host.querySelector('#received-data'), 'the host received coe-contact-submit', TIMEOUT);
        expect(text(host.querySelector('#submit-state'))).to.equal(
          'Message received from Ada Lovelace <ada@example.org>: this page sends it itself.',
        );
        const data = JSON.parse(host.querySelector('#received-data')!.textContent!) as Record<string, string>;
        expect(data).to.include({ ...MESSAGE, lang: 'en', website: '' });
        // Cancelled: the form neither sent it nor complained that it has no action; it stays as it is.
        expect(form.querySelector('.sent, .failure')).to.equal(null);
        expect(form.querySelector<HTMLInputElement>('#name')!.value).to.equal(MESSAGE.name);
      });

      it('switches the widgets to French with its language button, and back', async () => {
        const host = await openHost(page);
        const toggle = host.querySelector<HTMLButtonElement>('#lang-toggle')!;
        expect(text(toggle)).to.equal('Français');
        toggle.click();
        const grid = shadowOf(host, 'coe-partner-grid');
        await waitUntil(() => text(grid.querySelector('[part="count"]')) === '3 partenaires', 'the grid speaks French', TIMEOUT);
        expect(text(shadowOf(host, 'coe-benefits-list'))).to.include('Un lien direct avec le Conseil de l’Europe');
        expect(text(shadowOf(host, 'coe-highlights-timeline'))).to.include('Notre page du partenariat est en ligne');
        expect(text(shadowOf(host, 'coe-contact-form').querySelector('button[type="submit"]'))).to.equal('Envoyer le message');
        expect(text(toggle)).to.equal('English');
        toggle.click();
        await waitUntil(() => text(grid.querySelector('[part="count"]')) === '3 partners', 'the grid speaks English again', TIMEOUT);
      });

      it('is accessible in English and in French', async () => {
        const host = await openHost(page);
        expect(await axeViolations(host)).to.deep.equal([]);
        host.querySelector<HTMLButtonElement>('#lang-toggle')!.click();
        await waitUntil(
          () => text(shadowOf(host, 'coe-partner-grid').querySelector('[part="count"]')) === '3 partenaires',
          'the grid speaks French',
          TIMEOUT,
        );
        expect(await axeViolations(host)).to.deep.equal([]);
      });
    });
  }
});
