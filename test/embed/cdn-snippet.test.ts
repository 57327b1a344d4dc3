// The CDN snippet the Embedding page and the README print (scripts/cdn-snippet.js, from the built files), pasted
// as it is into a blank page that serves the BUILT dist/cdn/ at the snippet's own path (test/server/kit-pages.mjs):
// only the origin changes, so the browser checks the printed hash against the served bytes, and the loader checks
// each module it loads against the hash it holds. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { CDN_FILES, cdnBase, widgetsSnippet } from '../../scripts/cdn-snippet.js';
import { VERSION } from '../../src/core/version.js';
import { pasteIntoPage, sha384 } from '../helpers/pasted-page.js';

/** This build's hashes (dist/cdn/sri.json). */
const builtHashes = async (): Promise<Record<string, string>> =>
  (await fetch('/dist/cdn/sri.json')).json() as Promise<Record<string, string>>;

/** The snippet as the docs print it: the published address and the hashes of this build's files. */
async function printedSnippet(): Promise<string> {
  return widgetsSnippet(await builtHashes(), cdnBase(VERSION));
}

/** The printed import map and loader, from `origin`'s copy of the CDN folder, then `markup`: a page of one's own. */
async function pageWithLoader(markup: string, origin = location.origin): Promise<string> {
  const scripts = (await printedSnippet()).match(/<script[^]*?<\/script>/g)!;
  return `${scripts.join('\n').replaceAll(PUBLISHED_ORIGIN, origin)}\n${markup}`;
}

/** The files of the loader's folder a page fetched, by their path under dist/cdn/. */
const fetchedCdnFiles = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/dist/cdn/')[1])
    .filter((file): file is string => Boolean(file))
    .sort();

/** A fallback a web editor writes inside the tag: what visitors see when the widget cannot run. */
const FALLBACK =
  '<coe-partner-grid><a href="https://www.coe.int/en/web/digital-governance/cooperation-with-companies">Our partners</a></coe-partner-grid>';

const PUBLISHED_ORIGIN = 'https://cdn.jsdelivr.net';

describe('the CDN snippet of the docs', () => {
  it('prints this release’s jsDelivr address and the sha384 hash of the built coe-loader.js, with crossorigin', async () => {
    const snippet = await printedSnippet();
    const fileHash = await sha384(`/dist/cdn/${CDN_FILES.loader}`);
    const [script] = snippet.match(/<script type="module"[^>]*><\/script>/) ?? [];
    // The import map pins every module the loader may import with the hash of its bytes: elements/, and the badge's
    // own file (the loader's module for a badge).
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(snippet)![1]!) as { integrity: Record<string, string> };
    const pinned = Object.entries(map.integrity);
    expect(pinned.length).to.be.greaterThan(6);
    for (const [url, hash] of pinned) {
      expect(url.replace(`${PUBLISHED_ORIGIN}/npm/coe-partnership-widgets@${VERSION}/dist/cdn/`, ''), url).to.match(
        /^(elements\/|coe-partner-badge\.js$)/,
      );
      expect(hash, url).to.equal(await sha384(url.replace(`${PUBLISHED_ORIGIN}/npm/coe-partnership-widgets@${VERSION}`, '')));
    }
    expect(script).to.equal(
      `<script type="module" src="${PUBLISHED_ORIGIN}/npm/coe-partnership-widgets@${VERSION}/dist/cdn/coe-loader.js" integrity="${fileHash}" crossorigin="anonymous"></script>`,
    );
    expect(snippet, 'no placeholder').not.to.match(/…|YOUR-|\.\.\./);
  });

  it('is the README’s snippet, to the letter', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain((await printedSnippet()).trimEnd());
  });

  it('pasted as it is into a page that serves the built files at its path, runs the widgets', async () => {
    const snippet = (await printedSnippet()).replaceAll(PUBLISHED_ORIGIN, location.origin);
    const { doc, win } = await pasteIntoPage(snippet, 800);
    await waitUntil(() => win.customElements.get('coe-partner-grid'), 'the script with its printed hash ran', { timeout: 8000 });
    const grid = doc.querySelector('coe-partner-grid')!;
    await waitUntil(() => grid.shadowRoot?.querySelectorAll('li').length, 'the grid drew the partners', { timeout: 8000 });
    expect(grid.shadowRoot!.querySelectorAll('li').length).to.equal(27);
  });

  it('stops the loader when one byte of it is changed: the widgets stay undefined', async () => {
    const { doc, win } = await pasteIntoPage((await printedSnippet()).replaceAll(PUBLISHED_ORIGIN, `${location.origin}/tampered`), 800);
    // The frame's load event comes after its module script ran or was refused: give a late run time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Boolean(win.customElements.get('coe-partner-grid')), 'a changed file does not run').to.equal(false);
    expect(doc.querySelector('coe-partner-grid')!.shadowRoot).to.equal(null);
    // The changed loader runs under its own hash: the printed hash, not a broken file, is what stopped it.
    const tamperedBase = `${location.origin}/tampered-coe-loader/npm/coe-partnership-widgets@${VERSION}/dist/cdn/`;
    const ownHash = await sha384(`${tamperedBase}${CDN_FILES.loader}`);
    const control = await pasteIntoPage(widgetsSnippet({ ...(await builtHashes()), [CDN_FILES.loader]: ownHash }, tamperedBase), 800);
    await waitUntil(() => control.win.customElements.get('coe-partner-grid'), 'the changed file runs under its own hash', {
      timeout: 8000,
    });
  });

  it('loads a chunk only with its hash: one byte changed in the shared chunks, the grid keeps its fallback content', async () => {
    const { doc, win } = await pasteIntoPage(await pageWithLoader(FALLBACK, `${location.origin}/tampered-chunks`), 800);
    await waitUntil(() => fetchedCdnFiles(win).includes('elements/coe-partner-grid.js'), 'the loader asked for the grid', {
      timeout: 8000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(Boolean(win.customElements.get('coe-partner-grid')), 'no element runs with a changed chunk').to.equal(false);
    const grid = doc.querySelector('coe-partner-grid')!;
    expect(grid.shadowRoot).to.equal(null);
    expect(grid.querySelector('a')!.getClientRects().length, 'the fallback link is shown').to.be.greaterThan(0);
    // The same page with the files as built: the grid runs, so the hash, not the page, stopped it.
    const control = await pasteIntoPage(await pageWithLoader(FALLBACK), 800);
    await waitUntil(() => control.win.customElements.get('coe-partner-grid'), 'the grid runs with its files intact', { timeout: 8000 });
  });

  it('fetches what the page shows: a page with the grid alone gets no code of the other widgets', async () => {
    const { win } = await pasteIntoPage(await pageWithLoader('<coe-partner-grid></coe-partner-grid>'), 800);
    await waitUntil(() => win.customElements.get('coe-partner-grid'), 'the grid is defined', { timeout: 8000 });
    const files = fetchedCdnFiles(win);
    expect(files).to.include('coe-loader.js');
    expect(files).to.include('elements/coe-partner-grid.js');
    for (const other of ['coe-contact-form', 'coe-highlights-timeline', 'coe-benefits-list', 'coe-partner-badge'])
      expect(
        files.filter((file) => file.includes(other)),
        other,
      ).to.deep.equal([]);
    // No fetched file holds the contact form's code (its endpoint header) or another widget's data.
    for (const file of files) {
      const text = await (await fetch(`/dist/cdn/${file}`)).text();
      expect(text, file).not.to.contain('Idempotency-Key');
      expect(text, `${file}: a highlight`).not.to.contain('World Forum for Democracy');
      expect(text, `${file}: a benefit`).not.to.contain('Build user trust');
      expect(text, `${file}: the French texts`).not.to.contain('Partenaire depuis');
      expect(text, `${file}: the German texts`).not.to.contain('Partner seit');
    }
  });

  it('fetches the texts of the language the page speaks, and no other', async () => {
    // The grid's module comes late, as over a slow network; it speaks the language of the provider around it.
    const { doc, win } = await pasteIntoPage(
      await pageWithLoader(
        '<coe-partnership lang="fr"><coe-partner-grid></coe-partner-grid></coe-partnership>',
        `${location.origin}/slow-coe-partner-grid.js`,
      ),
      800,
    );
    await waitUntil(
      () => doc.querySelector('coe-partner-grid')!.shadowRoot?.textContent?.includes('Partenaire depuis'),
      'the grid speaks French',
      {
        timeout: 8000,
      },
    );
    const texts = await Promise.all(fetchedCdnFiles(win).map(async (file) => (await fetch(`/dist/cdn/${file}`)).text()));
    expect(texts.filter((text) => text.includes('Partenaire depuis'))).to.have.length(1);
    expect(texts.filter((text) => text.includes('Partner seit'))).to.deep.equal([]);
    // The loader asks for the French texts with the grid's module, not after the module has come and run.
    const fetched = (pattern: RegExp): PerformanceResourceTiming =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => pattern.test(entry.name))!;
    expect(fetched(/\/chunks\/fr-[^/]+\.js$/).startTime, 'the French texts start before the grid module has arrived').to.be.below(
      fetched(/\/elements\/coe-partner-grid\.js$/).responseEnd,
    );

    // One byte changed in the French texts: they do not run, and the grid speaks English, marked as English.
    const tampered = await pasteIntoPage(
      await pageWithLoader('<coe-partner-grid lang="fr"></coe-partner-grid>', `${location.origin}/tampered-fr-`),
      800,
    );
    const content = (): Element | null | undefined => tampered.doc.querySelector('coe-partner-grid')!.shadowRoot?.querySelector('.content');
    await waitUntil(() => content()?.textContent?.includes('Joined'), 'the grid speaks English', { timeout: 8000 });
    expect(content()!.getAttribute('lang')).to.equal('en');
  });

  it('fetches the contact form’s error words in the page’s language only', async () => {
    const { doc, win } = await pasteIntoPage(await pageWithLoader('<coe-contact-form></coe-contact-form>'), 800);
    await waitUntil(
      () => doc.querySelector('coe-contact-form')!.shadowRoot?.textContent?.includes('Full name'),
      'the form is drawn in English',
      { timeout: 8000 },
    );
    const texts = await Promise.all(fetchedCdnFiles(win).map(async (file) => (await fetch(`/dist/cdn/${file}`)).text()));
    expect(texts.filter((text) => text.includes('Enter your full name'))).to.have.length(1);
    expect(texts.filter((text) => text.includes('Indiquez vos nom'))).to.deep.equal([]);
    expect(texts.filter((text) => text.includes('Geben Sie Ihren vollst'))).to.deep.equal([]);
  });

  it('loads the data checks only for given data: none on the default data, pinned and run for a src', async () => {
    const plain = await pasteIntoPage(await pageWithLoader('<coe-partner-grid></coe-partner-grid>'), 800);
    await waitUntil(() => plain.doc.querySelector('coe-partner-grid')!.shadowRoot?.querySelector('li'), 'the default partners are drawn', {
      timeout: 8000,
    });
    expect(fetchedCdnFiles(plain.win).filter((file) => file.includes('data-checks'))).to.deep.equal([]);

    const withSrc = `<coe-partner-grid src="${location.origin}/test/fixtures/three-partners-one-bad-website.json"></coe-partner-grid>`;
    const given = await pasteIntoPage(await pageWithLoader(withSrc), 800);
    const names = (): string[] =>
      [...(given.doc.querySelector('coe-partner-grid')!.shadowRoot?.querySelectorAll('.name') ?? [])].map((name) => name.textContent!);
    await waitUntil(() => names().length > 0, 'the file’s partners are drawn', { timeout: 8000 });
    expect(names()).to.have.length.below(27);
    expect(fetchedCdnFiles(given.win).filter((file) => file.includes('data-checks'))).to.have.length(1);

    // One byte changed in the data checks: the grid says its data cannot be read, and runs no unpinned code.
    const tampered = await pasteIntoPage(await pageWithLoader(withSrc, `${location.origin}/tampered-data-checks`), 800);
    const status = (): string =>
      tampered.doc.querySelector('coe-partner-grid')!.shadowRoot?.querySelector('[part=status]')?.textContent ?? '';
    await waitUntil(() => status().includes('could not be loaded'), 'the grid says its data could not be loaded', { timeout: 8000 });
    expect(tampered.doc.querySelector('coe-partner-grid')!.shadowRoot!.querySelectorAll('.name')).to.have.length(0);
  });

  it('loads a badge from the badge’s own file, pinned like the widgets, with none of their code', async () => {
    const badge = '<coe-partner-badge partner="telefonica"><a href="https://www.coe.int/">Council of Europe</a></coe-partner-badge>';
    const { win } = await pasteIntoPage(await pageWithLoader(badge), 800);
    await waitUntil(() => win.customElements.get('coe-partner-badge'), 'the badge is defined', { timeout: 8000 });
    expect(fetchedCdnFiles(win)).to.deep.equal(['coe-loader.js', 'coe-partner-badge.js']);

    const tampered = await pasteIntoPage(await pageWithLoader(badge, `${location.origin}/tampered-coe-partner-badge`), 800);
    await waitUntil(() => fetchedCdnFiles(tampered.win).includes('coe-partner-badge.js'), 'the loader asked for the badge', {
      timeout: 8000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Boolean(tampered.win.customElements.get('coe-partner-badge')), 'a changed badge file does not run').to.equal(false);
    expect(tampered.doc.querySelector('coe-partner-badge a')!.getClientRects().length, 'the fallback link is shown').to.be.greaterThan(0);
  });

  it('draws a widget inside a provider with the provider’s data only, however late the provider’s module comes', async () => {
    const file = `${location.origin}/test/fixtures/three-partners-one-bad-website.json`;
    // Every 5 ms, how many names the grid shows, from the start of the page (WebKit runs no animation frame in a
    // frame it does not show, hence a timer).
    const watch = `<script>window.drawn = []; setInterval(() => { const names = document.querySelector('coe-partner-grid')?.shadowRoot?.querySelectorAll('.name'); if (names?.length) window.drawn.push(names.length); }, 5);</script>`;
    const { win } = await pasteIntoPage(
      await pageWithLoader(
        `<coe-partnership src="${file}"><coe-partner-grid></coe-partner-grid></coe-partnership>${watch}`,
        `${location.origin}/slow-coe-partnership.js`,
      ),
      800,
    );
    const drawn = (): number[] => (win as unknown as { drawn: number[] }).drawn;
    // The file has fewer partners than the 27 of the default data.
    await waitUntil(() => drawn().some((count) => count < 27), 'the grid draws the file’s partners', { timeout: 8000 });
    expect(drawn()[0], 'the first partners drawn are the file’s, not the default ones').to.be.below(27);
  });

  it('loads a widget added to the page later, as a CMS adds one', async () => {
    const { doc, win } = await pasteIntoPage(await pageWithLoader('<p>Nothing yet.</p>'), 800);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.customElements.get('coe-benefits-list')).to.equal(undefined);
    doc.querySelector('p')!.append(doc.createElement('coe-benefits-list'));
    await waitUntil(() => doc.querySelector('coe-benefits-list')!.shadowRoot?.querySelector('li'), 'the new list is drawn', {
      timeout: 8000,
    });
  });
});
