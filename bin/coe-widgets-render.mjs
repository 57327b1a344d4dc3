#!/usr/bin/env node
// Server-renders every coe- widget of an HTML page (declarative shadow DOM), so the page
// reads without JavaScript; load `coe-partnership-widgets/hydrate.js` on it to bring them to life.
//   coe-widgets-render page.html > page.ssr.html
//   cat page.html | coe-widgets-render --lang fr --csp -o page.ssr.html
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: coe-widgets-render [page.html | -] [options]

Reads an HTML page (a file, or standard input) and writes it with every coe- widget
server-rendered as declarative shadow DOM; nothing else in the page changes.

Options:
  -o, --output <file>  write there instead of standard output
  -l, --lang <lang>    the page's language when its <html> has no lang (en, fr, de)
  -u, --url <url>      the page's address: a badge claims the partnership only on its
                       partner's domains (without it, badges are drawn neutral and
                       verify in the browser)
      --csp            print the style-src hashes the rendered <style> elements need
  -q, --quiet          no warnings (widgets left to the browser, unverified badges)
  -h, --help           this text`;

function fail(message, code = 1) {
  process.stderr.write(`coe-widgets-render: ${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string', short: 'l' },
      url: { type: 'string', short: 'u' },
      csp: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`, 2);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length > 1) fail(`one page at a time.\n\n${USAGE}`, 2);

let ssr;
try {
  ssr = await import(new URL('../dist/ssr/render.js', import.meta.url).href);
} catch (error) {
  fail(`cannot load dist/ssr/render.js (${error.code ?? error.message}): run \`npm run build\` first.`);
}

const input = positionals[0] ?? '-';
let page;
try {
  page = readFileSync(input === '-' ? 0 : input, 'utf8');
} catch (error) {
  fail(`cannot read ${input === '-' ? 'standard input' : input}: ${error.message}`);
}

const warn = values.quiet ? () => {} : (message) => process.stderr.write(`coe-widgets-render: ${message}\n`);
const output = await ssr.renderPage(page, { lang: values.lang, pageUrl: values.url, warn });
if (values.output) writeFileSync(values.output, output);
else process.stdout.write(output);
if (values.csp) process.stderr.write(`style-src 'self' ${ssr.styleHashes(output).join(' ')}\n`);
