// Every CSS part a host can style is documented: each element is drawn in each of its states (loaded, loading,
// failed, empty, items left out, the badge's variants, the grid's verification landing, the form's errors, sending,
// sent and failed), the names in its shadow roots' `part` attributes are gathered, and the union must equal the
// element's `@csspart` list in custom-elements.json: no part a page could style without knowing it, and no documented
// part that no state draws.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/all.js';
import type { CoeContactForm } from '../src/components/contact-form/contact-form.js';
import type { Partner } from '../src/core/data/types.js';
import { endpointFor, fillValid, formFixture, newKey, submit, waitForFailure, waitForSent } from './helpers/contact-form.js';
import { settle } from './helpers/badge.js';
import { captureConsole } from './helpers/wait.js';

interface ManifestElement {
  readonly tagName?: string;
  readonly cssParts?: readonly { readonly name: string }[];
}

async function documentedParts(): Promise<Map<string, string[]>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestElement[] }[] };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((element) => element.tagName);
  return new Map(elements.map((element) => [element.tagName!, (element.cssParts ?? []).map((part) => part.name).sort()]));
}

/** The part names drawn now in `element`'s shadow root (nested shadow roots are other elements' and left out). */
const partsIn = (element: Element): string[] =>
  [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean));

const drawn = new Map<string, Set<string>>();
/** Notes the parts of every coe- element under `root`. */
function gather(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!element.localName.startsWith('coe-') || !element.shadowRoot) continue;
    const parts = drawn.get(element.localName) ?? new Set();
    for (const name of partsIn(element)) parts.add(name);
    drawn.set(element.localName, parts);
  }
}

/** Draws `template`, waits until `ready` says so, and notes its parts. */
async function state(
  template: TemplateResult,
  ready: (root: HTMLElement) => boolean | Promise<unknown> = () => true,
): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div lang="en">${template}</div>`);
  await settle();
  const result = ready(root);
  if (typeof result === 'boolean') await waitUntil(() => ready(root), `drawn: ${template.strings.join('…').trim()}`, { timeout: 5000 });
  else await result;
  gather(root);
  return root;
}

const shadowHas = (root: HTMLElement, tag: string, selector: string) =>
  Boolean(root.querySelector(tag)?.shadowRoot?.querySelector(selector));
/** A partner with a description, and one left out as invalid (its id and kind): the list a host might give. */
const PARTNERS = [
  { id: 'facebook', name: 'Facebook', kind: 'company', joined: '2018', website: 'https://about.meta.com/', description: 'Now Meta.' },
  { id: 'Not Kebab', name: 'x', kind: 'robot', joined: '2020', website: 'https://example.org/' },
] as unknown as readonly Partner[];

describe('documented CSS parts', () => {
  it('every part any state draws is in custom-elements.json, and every documented part is drawn by a state', async () => {
    await captureConsole('error', async () => {
      // The grid: loaded with search and filter, a search with no result, loading, failed, an item left out.
      const grid = await state(html`<coe-partner-grid searchable filterable></coe-partner-grid>`, (root) =>
        shadowHas(root, 'coe-partner-grid', '[part~="item"]'),
      );
      const search = grid.querySelector('coe-partner-grid')!.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
      search.value = 'no partner is called this';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => shadowHas(grid, 'coe-partner-grid', '[part~="empty"]:not([hidden])'), 'the empty message');
      gather(grid);
      await state(html`<coe-partner-grid src="/test-api/slow?ms=3000"></coe-partner-grid>`, (root) =>
        shadowHas(root, 'coe-partner-grid', '[part~="status"]'),
      );
      await state(html`<coe-partner-grid src="/no-such-partners.json"></coe-partner-grid>`, (root) =>
        shadowHas(root, 'coe-partner-grid', '[part~="status"]'),
      );
      await state(
        html`<coe-partner-grid .partners=${PARTNERS}></coe-partner-grid>`,
        (root) => shadowHas(root, 'coe-partner-grid', '[part~="notice"]') && shadowHas(root, 'coe-partner-grid', '[part~="description"]'),
      );
      // The grid as the badge's verification landing: a partner (`#partner=<id>`), and an id that is not one.
      const { hash } = location;
      try {
        for (const id of ['orange', 'nobody']) {
          location.hash = `#partner=${id}`;
          await state(html`<coe-partner-grid></coe-partner-grid>`, (root) =>
            shadowHas(root, 'coe-partner-grid', '[part~="verification-message"]'),
          );
        }
      } finally {
        history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      }

      // The timeline and the benefits list: loaded, none in range or empty, loading, failed, an item left out.
      await state(html`<coe-highlights-timeline></coe-highlights-timeline>`, (root) =>
        shadowHas(root, 'coe-highlights-timeline', '[part~="link"]'),
      );
      await state(html`<coe-highlights-timeline from="2090"></coe-highlights-timeline>`, (root) =>
        shadowHas(root, 'coe-highlights-timeline', '[part~="empty"]'),
      );
      await state(html`<coe-highlights-timeline src="/no-such-highlights.json"></coe-highlights-timeline>`, (root) =>
        shadowHas(root, 'coe-highlights-timeline', '[part~="status"]'),
      );
      await state(
        html`<coe-highlights-timeline .highlights=${[
          { id: 'a', date: '2021', title: 'A' },
          { id: 'Bad Id', date: '2021', title: 'B' },
        ]}></coe-highlights-timeline>`,
        (root) => shadowHas(root, 'coe-highlights-timeline', '[part~="notice"]'),
      );
      for (const template of [
        html`<coe-benefits-list></coe-benefits-list>`,
        html`<coe-benefits-list list="cooperation" layout="cards"></coe-benefits-list>`,
      ])
        await state(template, (root) => shadowHas(root, 'coe-benefits-list', '[part~="item"]'));
      await state(html`<coe-benefits-list .items=${[]}></coe-benefits-list>`, (root) =>
        shadowHas(root, 'coe-benefits-list', '[part~="empty"]'),
      );
      await state(html`<coe-benefits-list src="/no-such-benefits.json"></coe-benefits-list>`, (root) =>
        shadowHas(root, 'coe-benefits-list', '[part~="status"]'),
      );
      await state(
        html`<coe-benefits-list .items=${[
          { id: 'a', title: 'A', text: 'a' },
          { id: 'Bad Id', title: 'B', text: 'b' },
        ]}></coe-benefits-list>`,
        (root) => shadowHas(root, 'coe-benefits-list', '[part~="notice"]'),
      );

      // The badge: each variant, not verified, a logo image, a slotted logo.
      for (const template of [
        html`<coe-partner-badge partner="orange" variant="compact"></coe-partner-badge>`,
        html`<coe-partner-badge partner="orange" variant="full"></coe-partner-badge>`,
        html`<coe-partner-badge partner="nobody"></coe-partner-badge>`,
        html`<coe-partner-badge partner="orange" logo="/test/fixtures/badge-logo.svg"></coe-partner-badge>`,
      ])
        await state(template, (root) => Boolean(root.querySelector('coe-partner-badge')!.shadowRoot?.querySelector('[part~="link"]')));
    });

    // The form: empty with consent and a privacy link, errors, a restored draft, failed (with retry), sent.
    const formState = async (form: CoeContactForm) => gather(form.parentElement ?? form);
    const consent = await formFixture(
      html`<coe-contact-form require-consent privacy-url="https://www.coe.int/en/web/data-protection"></coe-contact-form>`,
    );
    await submit(consent);
    await formState(consent);
    const id = `draft-${newKey()}`;
    const first = await formFixture(html`<coe-contact-form id=${id}></coe-contact-form>`);
    await fillValid(first);
    first.remove();
    await formState(await formFixture(html`<coe-contact-form id=${id}></coe-contact-form>`));
    const failing = await formFixture(
      html`<coe-contact-form action=${endpointFor(newKey(), 'fail=503&times=all')} .retries=${0}></coe-contact-form>`,
    );
    await fillValid(failing);
    await captureConsole('error', () => submit(failing));
    await waitForFailure(failing);
    await formState(failing);
    const sending = await formFixture(html`<coe-contact-form action=${endpointFor(newKey())}></coe-contact-form>`);
    await fillValid(sending);
    await submit(sending);
    await waitForSent(sending);
    await formState(sending);
    gather(await fixture(html`<coe-partnership></coe-partnership>`));

    const documented = await documentedParts();
    const problems: string[] = [];
    for (const [tag, names] of documented) {
      const seen = [...(drawn.get(tag) ?? [])].sort();
      for (const name of seen)
        if (!names.includes(name)) problems.push(`<${tag}> draws part="${name}", which its @csspart list does not name`);
      for (const name of names) if (!seen.includes(name)) problems.push(`<${tag}> documents part "${name}", which no state here draws`);
    }
    expect(problems).to.deep.equal([]);
  });
});
