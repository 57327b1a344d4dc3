// The files that carry the design system out of the repository, as the package ships them (run `npm run build`
// first): the design tokens (dist/cdn/tokens.json, W3C Design Tokens format) and the editors' data (VS Code's custom
// data, JetBrains' web-types), each checked against its source: the widgets' own stylesheet and custom-elements.json.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { designTokensModule } from '../../scripts/source-module.mjs';

const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const packageJson = readJson('package.json');
const manifest = readJson('custom-elements.json');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

describe('tokens.json', () => {
  const tokens = readJson('dist/cdn/tokens.json');
  it('has every shared token of the widgets\u2019 stylesheet, with its type, description and light and dark values', async () => {
    const { designTokens } = await designTokensModule();
    for (const token of designTokens()) {
      for (const scheme of ['light', 'dark']) {
        const entry = token.path.reduce((node, key) => node?.[key], tokens[scheme]);
        assert.ok(entry, `${scheme}: ${token.path.join('.')} (${token.name})`);
        assert.equal(entry.$type, token.type, `${token.name} $type`);
        assert.ok(entry.$description.length > 10, `${token.name} $description`);
        assert.notEqual(entry.$value, undefined, `${token.name} $value`);
      }
    }
    assert.equal(tokens.dark.coe.color.primary.$value, '#9db7ff');
    assert.equal(tokens.light.coe.color.primary.$value, '#003399');
  });
  it('declares its two sets as themes, as Tokens Studio reads a single file', () => {
    assert.deepEqual(tokens.$metadata.tokenSetOrder, ['light', 'dark']);
    assert.deepEqual(
      tokens.$themes.map((theme) => [theme.name, theme.selectedTokenSets]),
      [
        ['Light', { light: 'enabled' }],
        ['Dark', { dark: 'enabled' }],
      ],
    );
  });
  it('is in the package', () => {
    assert.equal(packageJson.exports['./tokens.json'], './dist/cdn/tokens.json');
  });
});

describe("the editors' data", () => {
  const vscode = readJson('dist/vscode.html-custom-data.json');
  const webTypes = readJson('dist/web-types.json');
  const webTypeElements = webTypes.contributions.html.elements;

  it('lists every element and every attribute of custom-elements.json, for VS Code and JetBrains', () => {
    for (const element of elements) {
      const tag = vscode.tags.find((entry) => entry.name === element.tagName);
      const webType = webTypeElements.find((entry) => entry.name === element.tagName);
      assert.ok(tag, `VS Code: <${element.tagName}>`);
      assert.ok(webType, `web-types: <${element.tagName}>`);
      const attributes = (element.attributes ?? []).map((attribute) => attribute.name).sort();
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), attributes, `VS Code: <${element.tagName}>'s attributes`);
      assert.deepEqual(
        webType.attributes.map((attribute) => attribute.name).sort(),
        attributes,
        `web-types: <${element.tagName}>'s attributes`,
      );
      assert.ok(tag.description.length > 40, `VS Code: <${element.tagName}> has its description`);
    }
    assert.equal(vscode.tags.length, elements.length);
    assert.equal(webTypeElements.length, elements.length);
  });

  it('offers the values of an attribute whose type is named, not the name: kind on <coe-partner-grid>', () => {
    const kind = vscode.tags.find((tag) => tag.name === 'coe-partner-grid').attributes.find((attribute) => attribute.name === 'kind');
    assert.deepEqual(kind.values.map((value) => value.name).sort(), ['all', 'association', 'company']);
    const webKind = webTypeElements
      .find((entry) => entry.name === 'coe-partner-grid')
      .attributes.find((attribute) => attribute.name === 'kind');
    assert.equal(webKind.value.type, "'company' | 'association' | 'all'");
    const theme = vscode.tags.find((tag) => tag.name === 'coe-contact-form').attributes.find((attribute) => attribute.name === 'theme');
    assert.deepEqual(theme.values.map((value) => value.name).sort(), ['auto', 'dark', 'light']);
  });

  it('is named where each editor looks: package.json web-types for JetBrains, an export for VS Code settings', () => {
    assert.equal(packageJson['web-types'], './dist/web-types.json');
    assert.equal(packageJson.exports['./web-types.json'], './dist/web-types.json');
    assert.equal(packageJson.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
    assert.equal(packageJson.exports['./vscode.css-custom-data.json'], './dist/vscode.css-custom-data.json');
  });
});
