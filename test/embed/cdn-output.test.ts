import { expect } from '@open-wc/testing';

const CDN_FILES = ['coe-widgets.js', 'coe-partner-badge.js'];

// What the build's size work guarantees (scripts/minify-literals.mjs, scripts/build-cdn.mjs): run `npm run build` first.
describe('The CDN files as built', () => {
  for (const file of CDN_FILES) {
    it(`${file} ships its stylesheets without comments or indentation, and each licence notice once`, async () => {
      const text = await (await fetch(`/dist/cdn/${file}`)).text();
      const comments = text.match(/\/\*[\s\S]*?\*\//g) ?? [];
      expect(
        comments.every((comment) => comment.includes('@license')),
        'only licence comments',
      ).to.be.true;
      expect(new Set(comments).size, 'no licence notice twice').to.equal(comments.length);
      expect(/\n\s+--?[a-z-]+: /.test(text), 'an indented CSS declaration').to.be.false;
      expect(text.includes(' !important'), 'a space before !important').to.be.false;
    });
  }
});
