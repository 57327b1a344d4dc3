// The API in editors, from custom-elements.json (npm run build, after the analyzer): VS Code's HTML and CSS custom
// data and JetBrains' web-types, written into dist/ by the maintained generators (custom-element-vs-code-integration,
// custom-element-jet-brains-integration). Attribute values come from the type parser's `parsedType`
// (custom-elements-manifest.config.mjs), so `kind` on <coe-partner-grid> offers company, association and all, not
// the name of its type. package.json names the files where each editor looks (`web-types`; VS Code reads its
// `html.customData` setting, see the Embedding page). No link to a Docs page: the Storybook has no published address yet.
import { readFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const shared = {
  outdir: 'dist',
  descriptionSrc: 'description',
  typesSrc: 'parsedType',
  hideMethodDocs: true,
  hideLogs: true,
};

generateVsCodeCustomElementData(manifest, {
  ...shared,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, {
  ...shared,
  webTypesFileName: 'web-types.json',
});
console.log('editor data: dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json');
