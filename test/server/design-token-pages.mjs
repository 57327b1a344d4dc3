// Style Dictionary's CSS from the shipped tokens.json, for the design tokens' browser test (test/design-tokens.test.ts):
//   GET /test-api/style-dictionary/<light|dark>.css   the `css/variables` file Style Dictionary 4 builds from the
//                                                     token set of that colour scheme, with its `css` transforms
// A designer's pipeline, run as one runs it: the file read from dist/cdn/tokens.json (npm run build), not from the
// sources. Test server only.
import { readFileSync } from 'node:fs';
import StyleDictionary from 'style-dictionary';

const PATH = /^\/test-api\/style-dictionary\/(light|dark)\.css$/;

/** The CSS Style Dictionary writes for one token set of tokens.json. */
export async function styleDictionaryCss(scheme) {
  const tokens = JSON.parse(readFileSync(new URL('../../dist/cdn/tokens.json', import.meta.url), 'utf8'));
  const dictionary = new StyleDictionary({
    tokens: tokens[scheme],
    usesDtcg: true,
    log: { verbosity: 'silent' },
    platforms: { css: { transformGroup: 'css', files: [{ format: 'css/variables', destination: `${scheme}.css` }] } },
  });
  const [file] = await dictionary.formatPlatform('css');
  return file.output;
}

export function designTokenPages() {
  return async (ctx, next) => {
    const match = ctx.path.match(PATH);
    if (!match) return next();
    ctx.type = 'text/css';
    ctx.body = await styleDictionaryCss(match[1]);
  };
}
