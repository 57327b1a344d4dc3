import { expect, waitUntil } from '@open-wc/testing';
import { sha384 } from '../helpers/pasted-page.js';

describe('Subresource Integrity of the CDN files', () => {
  it('publishes hashes that match the built files', async () => {
    const hashes = (await (await fetch('/dist/cdn/sri.json')).json()) as Record<string, string>;
    // The one-file builds, the loader, and every module the loader may load (its import map pins each one): those each
    // element imports (graph.json; for a badge, the badge's own file), and those imported on demand (the data checks,
    // the French and German texts).
    const graph = (await (await fetch('/dist/cdn/elements/graph.json')).json()) as Record<string, [string, string][]>;
    const modules = [...new Set(Object.values(graph).flatMap((files) => files.map(([file]) => file)))];
    expect(Object.keys(hashes)).to.include.members(['coe-widgets.js', 'coe-partner-badge.js', 'coe-loader.js', ...modules]);
    const others = Object.keys(hashes).filter(
      (file) => !['coe-widgets.js', 'coe-partner-badge.js', 'coe-loader.js', ...modules].includes(file),
    );
    expect(others.map((file) => file.replace(/-[\w-]{8}\.js$/, '.js')).sort()).to.deep.equal([
      'elements/chunks/data-checks.js',
      'elements/chunks/de.js',
      'elements/chunks/fr.js',
    ]);
    for (const [file, hash] of Object.entries(hashes)) expect(await sha384(`/dist/cdn/${file}`), file).to.equal(hash);
  });

  it('loads with the published hash and is refused with a tampered one', async () => {
    const open = async (url: string) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      return frame.contentWindow!;
    };
    const good = await open('/embed/sri.html');
    await waitUntil(() => good.customElements.get('coe-partner-grid'), 'the script with the right hash runs');
    const tampered = await open('/embed/sri.html?tampered');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tampered.customElements.get('coe-partner-grid')).to.equal(undefined);
  });

  it('gives integrity and crossorigin in every README snippet that loads a CDN file', async () => {
    const readme = await (await fetch('/README.md')).text();
    const tags = readme.match(/<script[^>]*\/cdn\/[^>]*>/g) ?? [];
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags) {
      expect(tag, tag).to.match(/integrity="sha384-/);
      expect(tag, tag).to.match(/crossorigin="anonymous"/);
    }
  });
});
