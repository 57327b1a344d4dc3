// The CDN snippet the Embedding page and the README print (scripts/cdn-snippet.js, from the built files), pasted
// as it is into a blank page that serves the BUILT dist/cdn/ at the snippet's own path (test/server/kit-pages.mjs):
// only the origin changes, so the browser checks the printed hash against the served bytes. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { CDN_FILES, cdnBase, widgetsSnippet } from '../../scripts/cdn-snippet.js';
import { VERSION } from '../../src/core/version.js';
import { pasteIntoPage, sha384 } from '../helpers/pasted-page.js';

/** The snippet as the docs print it: the published address and the hash of this build's file (dist/cdn/sri.json). */
async function printedSnippet(): Promise<string> {
  const hashes = (await (await fetch('/dist/cdn/sri.json')).json()) as Record<string, string>;
  return widgetsSnippet(hashes[CDN_FILES.widgets], cdnBase(VERSION));
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
    const { doc, win } = await pasteIntoPage(snippet, 800);
    await waitUntil(() => win.customElements.get('coe-partner-grid'), 'the script with its printed hash ran', { timeout: 8000 });
    const grid = doc.querySelector('coe-partner-grid')!;
    await waitUntil(() => grid.shadowRoot?.querySelectorAll('li').length, 'the grid drew the partners', { timeout: 8000 });
    expect(grid.shadowRoot!.querySelectorAll('li').length).to.equal(27);
  });

  it('stops the script when one byte of the served file is changed: the widgets stay undefined', async () => {
    const tamperedBase = `${location.origin}/tampered/npm/coe-partnership-widgets@${VERSION}/dist/cdn/`;
    const { doc, win } = await pasteIntoPage((await printedSnippet()).replace(PUBLISHED_ORIGIN, `${location.origin}/tampered`), 800);
    // The frame's load event comes after its module script ran or was refused: give a late run time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.customElements.get('coe-partner-grid'), 'a changed file does not run').to.equal(undefined);
    expect(doc.querySelector('coe-partner-grid')!.shadowRoot).to.equal(null);
    // The changed file runs under its own hash: the printed hash, not a broken file, is what stopped it.
    const ownHash = await sha384(`${tamperedBase}${CDN_FILES.widgets}`);
    const control = await pasteIntoPage(widgetsSnippet(ownHash, tamperedBase), 800);
    await waitUntil(() => control.win.customElements.get('coe-partner-grid'), 'the changed file runs under its own hash', {
      timeout: 8000,
    });
  });
});
