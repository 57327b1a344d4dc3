// Minifies the static text of Lit's css``, html`` and svg`` templates and of plain CSS text marked
// `/* css */` (whitespace, CSS comments):
// JS minifiers leave template literal contents alone, and in this library they are a third of
// the code. Used by the npm and CDN builds (a Vite plugin) and the size report (an esbuild plugin),
// so what is measured is what ships.
// Home-made because minify-html-literals 1.3.5 (the maintained-looking option; last release 2020) does not
// fit, measured 2026-11-30 with vite 8.3.8 and esbuild 0.27.7: it throws on two of our files (the heading
// template's static tag `<${tag}>`: html-minifier parse error; the badge's css: "splitHTMLByPlaceholder()
// must return same number of strings as template parts"), and with those two left unminified the CDN files
// grow (gzip: coe-widgets.js 36,287 -> 36,331 B, coe-partner-badge.js 4,136 -> 4,267 B, over its budget).
// It also pulls in typescript 4.9 through parse-literals.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

// Quoted strings (`content: ' (' attr(href) ')'`) are kept as written; the rules apply to the code between them.
const CSS_STRINGS = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

function minifyCss(text) {
  let depth = 0;
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // An attribute value that is a plain name needs no quotes: [theme="light"] is [theme=light].
      .replace(/\[\s*([\w-]+)\s*([~|^$*]?=)\s*(["'])([a-z_][\w-]*)\3\s*\]/gi, '[$1$2$4]')
      .split(CSS_STRINGS)
      .map((piece, index) => {
        if (index % 2) return piece;
        const code = piece
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>/])\s*/g, '$1')
          // A space after a colon is never significant (one before it can be: "a :hover").
          .replace(/:\s+/g, ':')
          .replace(/\s*!\s*important/g, '!important')
          .replace(/;}/g, '}')
          .replace(/(^|[\s:,(/])0\.(\d)/g, '$1.$2')
          .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
          .replace(/::(before|after)\b/g, ':$1')
          .replace(/(@[\w-]+) \(/g, '$1(');
        // The sibling combinators + and ~ need no spaces in a selector; in calc() a + needs them.
        return code.replace(/\s*([+~])\s*|[()]/g, (match, sign) => {
          if (!sign) depth += match === '(' ? 1 : -1;
          return sign && depth === 0 ? sign : match;
        });
      })
      .join('')
  );
}

function minifyMarkup(text) {
  return text.replace(/\s+/g, ' ');
}

/** The language of a template: its tag (css``, html``, svg``) or, for plain text, a css comment right before it. */
function languageOf(node, source) {
  if (ts.isTaggedTemplateExpression(node)) return ts.isIdentifier(node.tag) ? node.tag.text : undefined;
  if (!ts.isTemplateLiteral(node) || ts.isTaggedTemplateExpression(node.parent)) return undefined;
  return /\/\* css \*\/\s*$/.test(source.text.slice(node.pos, node.getStart(source))) ? 'css' : undefined;
}

/** Returns `code` with the static parts of css/html/svg tagged templates and of css-commented texts minified. */
export function minifyLiterals(code, fileName = 'file.ts') {
  if (!/\b(css|html|svg)`|\/\* css \*\/\s*`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    const language = languageOf(node, source);
    if (['css', 'html', 'svg'].includes(language)) {
      const minify = language === 'css' ? minifyCss : minifyMarkup;
      const template = ts.isTaggedTemplateExpression(node) ? node.template : node;
      const wholeText = template.getText(source);
      if (language === 'css' || !/<(pre|textarea)\b/i.test(wholeText)) {
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // Raw text sits between the delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(source) + 1;
          const end = part.getEnd() - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
          const raw = code.slice(start, end);
          let minified = minify(raw);
          // Space at either end of a stylesheet is no part of it.
          if (language === 'css') {
            if (part === parts[0]) minified = minified.trimStart();
            if (part === parts.at(-1)) minified = minified.trimEnd();
          }
          if (minified !== raw) edits.push({ start, end, text: minified });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

const SOURCE = /\/src\/.*\.ts$/;

/** Vite / Rolldown plugin. */
export function minifyLiteralsPlugin() {
  return {
    name: 'coe-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      return SOURCE.test(id) ? { code: minifyLiterals(code, id), map: null } : null;
    },
  };
}

/** esbuild plugin. */
export function minifyLiteralsEsbuildPlugin() {
  return {
    name: 'coe-minify-literals',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async (args) => ({
        contents: minifyLiterals(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
