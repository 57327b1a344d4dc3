// The CDN snippet the Embedding page and the README print (scripts/cdn-snippet.js, from the built files), pasted
// as it is into a blank page that serves the BUILT dist/cdn/ at the snippet's own path (test/server/kit-pages.mjs):
// only the origin changes, so the browser checks the printed hash against the served bytes. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { CDN_FILES, cdnBase, widgetsSnippet } from '../../scripts/cdn-snippet.js';
import { VERSION } from '../../src/core/version.js';

/** The sha384 SRI hash of a file the test server serves, computed here from its bytes. */
async function sha384(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): run npm run build before the browser tests`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The snippet as the docs print it: the published address and the hash of this build's file (dist/cdn/sri.json). */
async function printedSnippet(): Promise<string> {
  const hashes = (await (await fetch('/dist/cdn/sri.json')).json()) as Record<string, string>;
  return widgetsSnippet(hashes[CDN_FILES.widgets], cdnBase(VERSION));
}

/** Opens a blank page with `snippet` pasted into it, once it has loaded (its module script run or refused). */
async function pasteIntoPage(snippet: string): Promise<{ doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = `/kit/pasted.html?snippet=${encodeURIComponent(snippet)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

const PUBLISHED_ORIGIN = 'https://cdn.jsdelivr.net';

describe('the CDN snippet of the docs', () => {
  it('prints this release’s jsDelivr address and the sha384 hash of the built coe-widgets.js, with crossorigin', async () => {
    const snippet = await printedSnippet();
    const fileHash = await sha384(`/dist/cdn/${CDN_FILES.widgets}`);
    const [script] = snippet.match(/<script[^>]*><\/script>/) ?? [];
    expect(script).to.equal(
      `<script type="module" src="${PUBLISHED_ORIGIN}/npm/coe-partnership-widgets@${VERSION}/dist/cdn/coe-widgets.js" integrity="${fileHash}" crossorigin="anonymous"></script>`,
    );
    expect(snippet, 'no placeholder').not.to.match(/…|YOUR-|\.\.\./);
  });

  it('is the README’s snippet, to the letter', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain((await printedSnippet()).trimEnd());
  });

  it('pasted as it is into a page that serves the built files at its path, runs the widgets', async () => {
    const snippet = (await printedSnippet()).replace(PUBLISHED_ORIGIN, location.origin);
    const { doc, win } = await pasteIntoPage(snippet);
    await waitUntil(() => win.customElements.get('coe-partner-grid'), 'the script with its printed hash ran', { timeout: 8000 });
    const grid = doc.querySelector('coe-partner-grid')!;
    await waitUntil(() => grid.shadowRoot?.querySelectorAll('li').length, 'the grid drew the partners', { timeout: 8000 });
    expect(grid.shadowRoot!.querySelectorAll('li').length).to.equal(27);
  });

  it('stops the script when one byte of the served file is changed: the widgets stay undefined', async () => {
    const errors: string[] = [];
    const snippet = (await printedSnippet()).replace(PUBLISHED_ORIGIN, `${location.origin}/tampered`);
    const { doc, win } = await pasteIntoPage(snippet);
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    // The frame's load event comes after its module script ran or was refused: give a late run time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.customElements.get('coe-partner-grid'), 'a changed file does not run').to.equal(undefined);
    expect(doc.querySelector('coe-partner-grid')!.shadowRoot).to.equal(null);
    // The same bytes, unchanged, would have run: the tampered copy differs from the built file.
    const tamperedUrl = `/tampered/npm/coe-partnership-widgets@${VERSION}/dist/cdn/${CDN_FILES.widgets}`;
    expect(await sha384(tamperedUrl)).not.to.equal(await sha384(`/dist/cdn/${CDN_FILES.widgets}`));
  });
});
