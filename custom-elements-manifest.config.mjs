// The custom-elements.json that ships in the npm package (package.json `customElements`), read by Storybook,
// editors (VS Code, JetBrains), component catalogs and scripts/generate-framework-types.mjs.
// @custom-elements-manifest/analyzer 0.11.0 reads the TypeScript sources; the plugins below make the manifest
// describe the published package: its public API only, each element's full description, values instead of
// constant names, the dist/ paths a consumer gets and the define/ entry that registers each tag.
// `npm run lint:manifest` (scripts/check-manifest.mjs) checks the result with @wc-toolkit/cem-validator.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { longHex, readProperties, schemeHalves } from './src/core/styles/css-vars.js';
import { elementCssText, linkAttributesToFields, NOT_APPLIED } from './scripts/manifest-shared.mjs';
import { importSource } from './scripts/source-module.mjs';

/** The sources the manifest derives from besides the JSDoc: the elements' CSS and the shared design tokens. */
const sources = await importSource(
  'manifest-sources',
  `export * as library from './src/index.ts';
   export { partnerBadgeCss } from './src/components/partner-badge/partner-badge.styles.ts';
   export { designTokens } from './src/core/styles/design-tokens.ts';`,
);

/** The schema version the manifest follows (the validator asks for the newest). */
const SCHEMA_VERSION = '2.1.0';

/**
 * `src/components/x/x.ts` (or `/src/lit/x.js`, as the analyzer writes a superclass's module) becomes the
 * published `dist/components/x/x.js`: vite's preserveModules mirrors src/.
 */
const publishedPath = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');

/** JSDoc tags on a node, by name. */
const jsDocTags = (ts, node, name) => ts.getJSDocTags(node).filter((tag) => tag.tagName.text === name);

/**
 * `@description` on the class: the analyzer keeps only the text before the first tag, so a JSDoc block that
 * starts with `@summary` would lose the long description.
 */
function fullDescriptionPlugin() {
  return {
    name: 'coe-full-description',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const [tag] = jsDocTags(ts, node, 'description');
      const declaration = moduleDoc.declarations.find((entry) => entry.name === node.name.text);
      const text = tag && ts.getTextOfJSDocComment(tag.comment);
      if (declaration && text) declaration.description = text.trim();
    },
  };
}

/**
 * A field whose initializer names a constant (`DEFAULT_HEADING_LEVEL`, `sending.DEFAULT_TIMEOUT_MS`) shows the
 * constant's literal value, read from the module it is imported from.
 */
function constantDefaultsPlugin() {
  const literals = new Map();
  const literalOf = (ts, file, name) => {
    if (!existsSync(file)) return undefined;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const variable of statement.declarationList.declarations) {
        const value = variable.initializer;
        if (variable.name.getText() !== name || !value) continue;
        if (ts.isNumericLiteral(value)) return String(Number(value.text));
        if (ts.isStringLiteral(value)) return `'${value.text}'`;
      }
    }
    return undefined;
  };
  return {
    name: 'coe-constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isPropertyDeclaration(node) || !node.initializer || !ts.isClassDeclaration(node.parent)) return;
      const initializer = node.initializer;
      const [local, name] = ts.isIdentifier(initializer)
        ? [initializer.text, initializer.text]
        : ts.isPropertyAccessExpression(initializer) && ts.isIdentifier(initializer.expression)
          ? [initializer.expression.text, initializer.name.text]
          : [];
      if (!local) return;
      const source = node.getSourceFile();
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        const isImported = ts.isNamespaceImport(bindings)
          ? bindings.name.text === local && local !== name
          : bindings.elements.some((element) => element.name.text === local);
        if (!isImported) continue;
        const file = resolve(dirname(source.fileName), statement.moduleSpecifier.text.replace(/\.js$/, '.ts'));
        const value = literalOf(ts, file, name);
        if (value !== undefined) literals.set(`${moduleDoc.path}#${node.parent.name.text}#${node.name.getText()}`, value);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            const value = literals.get(`${module.path}#${declaration.name}#${member.name}`);
            if (value === undefined) continue;
            member.default = value;
            member.type ??= { text: /^'/.test(value) ? 'string' : 'number' };
            for (const attribute of declaration.attributes ?? []) if (attribute.fieldName === member.name) attribute.type ??= member.type;
            for (const attribute of declaration.attributes ?? []) if (attribute.fieldName === member.name) attribute.default = value;
          }
        }
      }
    },
  };
}

/**
 * The public API only: private, protected and `#private` members and static fields (styles, observedAttributes)
 * are implementation, not something a page sets, so Storybook, editors and the framework types never offer them:
 * an internal member is declared `private` (or `#private`) in TypeScript. Events the analyzer found in a
 * `dispatchEvent` call without a name are dropped (each event is documented with `@fires`).
 */
function publicApiPlugin() {
  return {
    name: 'coe-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter(
            (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && !member.static,
          );
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * A type declared in the module (`export type BadgeVariant = ...`) is one of its exports: the analyzer lists
 * re-exported types (`export type { Theme } from ...`) but not these, and the validator checks that every type
 * an element's API names is exported beside it.
 */
function typeExportsPlugin() {
  return {
    name: 'coe-type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      const isType = ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node);
      if (!isType || !ts.isSourceFile(node.parent) || !node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
        return;
      const name = node.name.text;
      if (moduleDoc.exports.some((entry) => entry.name === name)) return;
      moduleDoc.exports.push({ kind: 'js', name, declaration: { name, module: moduleDoc.path } });
    },
  };
}

/**
 * Each element's definition: the define/ entry whose `defineElement(TAG, Class)` registers it becomes a module
 * with a `custom-element-definition` export, as if it called `customElements.define` itself.
 */
function definitionsPlugin() {
  const definedClasses = new Map();
  return {
    name: 'coe-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [, constructor] = node.arguments;
      if (constructor && ts.isIdentifier(constructor)) definedClasses.set(moduleDoc.path, constructor.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName) elements.set(declaration.name, { tagName: declaration.tagName, module: module.path });
        }
      }
      for (const module of customElementsManifest.modules) {
        const className = definedClasses.get(module.path);
        const element = className && elements.get(className);
        if (!element) continue;
        module.exports = [
          ...(module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
          { kind: 'custom-element-definition', name: element.tagName, declaration: { name: className, module: element.module } },
        ];
      }
    },
  };
}

/**
 * Each element's CSS custom properties, from the CSS it runs: every `--coe-` property it reads, in the JSDoc's order
 * and then the shared tokens' order. A shared token's entry takes its default from the element's own CSS (the badge's
 * differ) and its description from the tokens' source (src/core/styles/token-docs.ts), unless the element's JSDoc
 * says what the token sets there (`@cssprop --coe-color-surface - Card background.`, no default needed); a default
 * that depends on the colour scheme names its dark value. Properties only the JSDoc names are kept, so that
 * `npm run lint:manifest` reports them.
 */
function derivedCssPropertiesPlugin() {
  const tokens = new Map(sources.designTokens().map((token) => [token.name, token]));
  return {
    name: 'coe-derived-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const read = readProperties(elementCssText(sources.library, sources.partnerBadgeCss, declaration.name));
          for (const name of NOT_APPLIED[declaration.tagName] ?? []) read.delete(name);
          const documented = declaration.cssProperties ?? [];
          const names = [...documented.map((property) => property.name), ...[...tokens.keys()].filter((name) => read.has(name))];
          declaration.cssProperties = [...new Set(names)].map((name) => {
            const own = documented.find((property) => property.name === name);
            const token = tokens.get(name);
            const fallback = read.get(name);
            const halves = fallback === undefined ? undefined : schemeHalves(longHex(fallback));
            const description = own?.description || token?.description || '';
            const dark = halves && halves.dark !== halves.light && !/dark theme/i.test(description) ? ` Dark theme: ${halves.dark}.` : '';
            return { ...own, name, default: own?.default ?? halves?.light ?? token?.light, description: `${description}${dark}` };
          });
        }
      }
    },
  };
}

/**
 * The type parser warns about every type it does not expand, private members' and stories' included (a recursive
 * rule type, the DOM's ParentNode), while it reads the program: none of them reaches the manifest, and its warnings
 * drowned the build's output. They are kept quiet, and what matters is checked instead (`typesExpandedPlugin`).
 */
function withoutTypeParserWarnings(run) {
  const warn = console.warn;
  console.warn = (...messages) => (String(messages.at(-1)).startsWith('[type-parser]') ? undefined : warn(...messages));
  try {
    return run();
  } finally {
    console.warn = warn;
  }
}

/** The type parser's plugin, its warnings kept quiet too. */
const quietly = (plugin) => ({ ...plugin, analyzePhase: (context) => withoutTypeParserWarnings(() => plugin.analyzePhase(context)) });

/** Every attribute whose type names a type (`KindFilter`) has its values (`parsedType`), for the editors' files. */
function typesExpandedPlugin() {
  return {
    name: 'coe-types-expanded',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            const named = /\b[A-Z]\w*\b/.test(attribute.type?.text ?? '');
            if (named && !attribute.parsedType)
              throw new Error(`<${declaration.tagName}> ${attribute.name}: the type parser did not expand ${attribute.type.text}`);
          }
        }
      }
    },
  };
}

/**
 * Runs last: the manifest keeps the modules a consumer meets (each element's module, its base classes'
 * modules and the define/ entries), with the published dist/ paths and the current schema version. The
 * abstract base classes (CoeElement, CoeDataElement) are plain classes there, not elements without a tag.
 */
function publishedPackagePlugin() {
  return {
    name: 'coe-published-package',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const elementModules = modules.filter((module) => module.declarations?.some((declaration) => declaration.tagName));
      const definitionModules = modules.filter((module) => module.exports?.some((entry) => entry.kind === 'custom-element-definition'));
      const baseModules = new Set();
      const addBase = (declaration) => {
        const { superclass } = declaration;
        if (!superclass?.module) return;
        const base = modules.find((module) => publishedPath(module.path) === publishedPath(superclass.module));
        const baseDeclaration = base?.declarations?.find((entry) => entry.name === superclass.name);
        if (!base || !baseDeclaration) return;
        baseModules.add(base);
        addBase(baseDeclaration);
      };
      for (const module of elementModules) for (const declaration of module.declarations) addBase(declaration);
      customElementsManifest.modules = modules.filter(
        (module) => elementModules.includes(module) || baseModules.has(module) || definitionModules.includes(module),
      );
      for (const module of baseModules) {
        for (const declaration of module.declarations ?? []) if (!declaration.tagName) delete declaration.customElement;
      }
      const elementsByName = new Map(elementModules.flatMap((module) => module.declarations.map((entry) => [entry.name, module.path])));
      for (const module of customElementsManifest.modules) {
        // A local `const` inside a method can reach the declarations (the analyzer lists `isLocked`): keep what the module exports.
        const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        // A define/ entry's `export { CoeX }` re-exports the element's module's class.
        for (const entry of module.exports ?? []) {
          const isOwn = entry.declaration?.module === module.path && module.declarations.some((d) => d.name === entry.declaration.name);
          if (entry.kind === 'js' && entry.declaration?.module === module.path && !isOwn && elementsByName.has(entry.declaration.name)) {
            entry.declaration.module = elementsByName.get(entry.declaration.name);
          }
        }
        for (const declaration of module.declarations) linkAttributesToFields(declaration);
      }
      customElementsManifest.schemaVersion = SCHEMA_VERSION;
      rewritePaths(customElementsManifest);
    },
  };
}

/** Every `path` and `module` reference to a source file points at its published file instead. */
function rewritePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewritePaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, entry] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof entry === 'string') value[key] = publishedPath(entry);
    else rewritePaths(entry);
  }
}

export default {
  globs: ['src/components/**/*.ts', 'src/lit/coe-element.ts', 'src/lit/coe-data-element.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/**/*.test.ts'],
  litelement: true,
  packagejson: true,
  // The type parser reads named types through TypeScript's checker: `kind: KindFilter` gets
  // `parsedType: 'all' | 'company' | 'association'`, which the editors' files list as values (scripts/generate-editor-data.mjs).
  overrideModuleCreation({ ts, globs }) {
    const program = withoutTypeParserWarnings(() => getTsProgram(ts, globs, 'tsconfig.json'));
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    quietly(typeParserPlugin()),
    typesExpandedPlugin(),
    fullDescriptionPlugin(),
    constantDefaultsPlugin(),
    publicApiPlugin(),
    typeExportsPlugin(),
    definitionsPlugin(),
    derivedCssPropertiesPlugin(),
    publishedPackagePlugin(),
  ],
};
