#!/usr/bin/env node
// The command for the people around the widgets:
//   coe-widgets validate <file|URL> [--lang en|fr|de] [--json]   check a data file before it goes live
//   coe-widgets init [file]                                      start a data file from the built-in data
//   coe-widgets render [page.html] [options]                     server-render a page (coe-widgets-render)
// It runs on the npm build (dist/): the validator, its rules and the texts the widgets use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: coe-widgets <command> [arguments]

Commands:
  validate <file|URL> [--lang en|fr|de] [--json]
      Checks a data file (or the address of one) as the widgets read it, and says
      what is wrong in each item and how to put it right. Exit code: 0 valid,
      1 an item would be left out or the file is refused, 2 the file cannot be read.
  init [file] [--force]
      Writes the Council of Europe's current data (the widgets' built-in data) with
      its "$schema", as the file to start from (default: partnership-data.json).
  render [page.html] [options]
      Server-renders the widgets of an HTML page: see coe-widgets render --help.

  -h, --help  this text`;

const [command, ...rest] = process.argv.slice(2);

function stop(message, code) {
  process.stderr.write(`coe-widgets: ${message}\n`);
  process.exit(code);
}

/** The npm build's data tools (dist/data.js, without Lit); the command cannot run without them. */
async function library() {
  try {
    return await import(new URL('../dist/data.js', import.meta.url).href);
  } catch (error) {
    return stop(`cannot load dist/data.js (${error.code ?? error.message}): run \`npm run build\` first.`, 2);
  }
}

if (command === 'render') {
  process.argv.splice(2, 1);
  await import('./coe-widgets-render.mjs');
} else if (command === 'validate') {
  await validate(rest);
} else if (command === 'init') {
  await init(rest);
} else if (command === undefined || command === '-h' || command === '--help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  stop(`unknown command "${command}".\n\n${USAGE}`, 2);
}

function options(args, spec) {
  try {
    return parseArgs({ args, allowPositionals: true, options: spec });
  } catch (error) {
    return stop(`${error.message}\n\n${USAGE}`, 2);
  }
}

async function validate(args) {
  const { values, positionals } = options(args, { lang: { type: 'string', short: 'l', default: 'en' }, json: { type: 'boolean' } });
  if (positionals.length !== 1) stop(`validate takes one file or URL.\n\n${USAGE}`, 2);
  const lib = await library();
  const source = positionals[0];
  if (!['en', 'fr', 'de'].includes(values.lang.toLowerCase().split(/[-_]/)[0])) stop(`--lang takes en, fr or de, not "${values.lang}".`, 2);
  const texts = lib.issueTextsFor(values.lang);
  const say = (report) => {
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report;
  };

  let text;
  try {
    text = /^https?:\/\//i.test(source) ? await lib.fetchDataText(source) : readFileSync(source, 'utf8');
  } catch (error) {
    const reason = error.code === 'ENOENT' ? texts.noSuchFile : error.message.replace(/^coe-partnership-widgets: /, '');
    if (values.json) say({ source, status: 'unreadable', message: reason });
    stop(texts.unreadable(source, reason), 2);
  }

  const parsed = lib.parseJson(text);
  if ('error' in parsed) {
    const { line, column, excerpt } = parsed.error;
    if (values.json) say({ source, status: 'refused', syntaxError: { line, column, text: texts.syntax(String(line), String(column)) } });
    else process.stdout.write(`${source}:${line}:${column}\n${texts.syntax(String(line), String(column))}\n\n${excerpt}\n`);
    process.exitCode = 1;
    return;
  }

  const report = lib.checkDataDocument(parsed.value, values.lang);
  const { status, kept, dropped, warnings, summary, findings } = report;
  if (values.json) say({ source, status, kept, dropped, warnings, summary, issues: findings });
  else {
    for (const finding of findings)
      process.stdout.write(`${finding.severity === 'error' ? '✗' : '!'} ${finding.text}\n  (${finding.path || '(root)'})\n`);
    process.stdout.write(`${findings.length ? '\n' : ''}${summary}\n`);
  }
  // exitCode, not exit(): standard output is written whole first, even to a pipe.
  process.exitCode = status === 'valid' ? 0 : 1;
}

async function init(args) {
  const { values, positionals } = options(args, { force: { type: 'boolean' } });
  const file = positionals[0] ?? 'partnership-data.json';
  if (existsSync(file) && !values.force) stop(`${file} exists: give another name, or --force to replace it.`, 1);
  const lib = await library();
  const document = { $schema: lib.DATA_SCHEMA_URL, ...lib.defaultData };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(
    `Wrote ${file}: the Council of Europe's current data, with "$schema" for editors that complete and check it.\nCheck it before it goes live: coe-widgets validate ${file}\n`,
  );
}
