// The `coe-widgets` command (bin/coe-widgets.mjs) as a web editor runs it, on the npm build (run `npm run build`
// first): real files, a real local HTTP server for a URL, the real exit codes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMMAND = fileURLToPath(new URL('../../bin/coe-widgets.mjs', import.meta.url));
const BAD_WEBSITE = fileURLToPath(new URL('../fixtures/three-partners-one-bad-website.json', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'coe-widgets-cli-'));

/** Runs the command (in a child process, as a person would) and returns its exit code and output. */
function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [COMMAND, ...args], { encoding: 'utf8', cwd: folder });
  return { status, stdout, stderr };
}

/** Runs the command without blocking this process (the URL tests' server answers from it). */
function runAsync(...args) {
  return new Promise((resolve) => {
    import('node:child_process').then(({ execFile }) =>
      execFile(process.execPath, [COMMAND, ...args], { encoding: 'utf8', cwd: folder }, (error, stdout, stderr) =>
        resolve({ status: error ? error.code : 0, stdout, stderr }),
      ),
    );
  });
}

describe('coe-widgets validate', () => {
  it('names the partner by its position from 1 and its name, in French, says how to put it right, and exits 1', () => {
    const { status, stdout } = run('validate', BAD_WEBSITE, '--lang', 'fr');
    assert.equal(status, 1);
    assert.match(
      stdout,
      /Partenaire 3, «\u00a0Société Exemple\u00a0»\u00a0: le site web «\u00a0www\.societe-exemple\.fr\u00a0» doit être une adresse complète commençant par https:\/\/\./,
    );
    assert.match(stdout, /\(partners\[2\]\.website\)/);
    assert.match(stdout, /2 éléments gardés, 1 écarté, 0 avertissement\.\n$/);
  });

  it('says the same in English and in German', () => {
    assert.match(
      run('validate', BAD_WEBSITE).stdout,
      /Partner 3, "Société Exemple": the website "www\.societe-exemple\.fr" must be a full address starting with https:\/\/\./,
    );
    assert.match(
      run('validate', BAD_WEBSITE, '--lang', 'de').stdout,
      /Partner 3, „Société Exemple“: Die Website „www\.societe-exemple\.fr“ muss eine vollständige Adresse sein, die mit https:\/\/ beginnt\./,
    );
  });

  it('prints the same findings as JSON for a CI job', () => {
    const { status, stdout } = run('validate', BAD_WEBSITE, '--json');
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.status, 'invalid');
    assert.deepEqual([report.kept, report.dropped, report.warnings], [2, 1, 0]);
    assert.deepEqual(
      report.issues.map(({ path, code, severity }) => ({ path, code, severity })),
      [{ path: 'partners[2].website', code: 'not-web-url', severity: 'error' }],
    );
  });

  it('gives a JSON syntax error its line, its column and the text around it', () => {
    const file = join(folder, 'trailing-comma.json');
    writeFileSync(
      file,
      '{\n  "partners": [\n    { "id": "a", "name": "A", "kind": "company", "joined": null, "website": "https://a.example/" },\n  ]\n}\n',
    );
    const { status, stdout } = run('validate', file);
    assert.equal(status, 1);
    assert.match(stdout, /trailing-comma\.json:4:3\n/);
    assert.match(stdout, /not valid JSON at line 4, column 3/);
    assert.match(stdout, /\n {2}\]\n {2}\^\n/);
  });

  it('exits 2 when the file cannot be read', () => {
    const { status, stderr } = run('validate', 'no-such-file.json', '--lang', 'fr');
    assert.equal(status, 2);
    assert.match(stderr, /Impossible de lire no-such-file\.json\u00a0: ce fichier n’existe pas\./);
  });

  it('keeps an item whose optional field is wrong, with a warning, and exits 0', () => {
    const file = join(folder, 'bad-logo.json');
    writeFileSync(
      file,
      JSON.stringify({
        partners: [{ id: 'a', name: 'A', kind: 'company', joined: null, website: 'https://a.example/', logo: 'javascript:alert(1)' }],
      }),
    );
    const { status, stdout } = run('validate', file);
    assert.equal(status, 0);
    assert.match(
      stdout,
      /! Partner 1, "A": the logo "javascript:alert\(1\)" must be an address starting with https:\/\/, or one relative to the page\./,
    );
    assert.match(stdout, /1 item kept, 0 left out, 1 warning\.\n$/);
  });

  it('refuses a file that is not a data document, and says why', () => {
    const file = join(folder, 'a-list.json');
    writeFileSync(file, JSON.stringify({ partners: { apple: {} } }));
    const { status, stdout } = run('validate', file);
    assert.equal(status, 1);
    assert.match(stdout, /✗ The list of partners must be a list in square brackets \[ \]\.\n {2}\(partners\)/);
  });

  it('names the item that has an id first, and counts the repeated item as left out', () => {
    const file = join(folder, 'twice.json');
    const item = { id: 'events', title: { en: 'Events', fr: 'Manifestations' }, text: 'Conferences.' };
    writeFileSync(file, JSON.stringify({ cooperation: [item, { ...item }] }));
    const { status, stdout } = run('validate', file, '--lang', 'fr');
    assert.equal(status, 1);
    assert.match(
      stdout,
      /Forme de coopération 2, «\u00a0Manifestations\u00a0»\u00a0: l’identifiant «\u00a0events\u00a0» est déjà celui de l’élément 1 de la liste/,
    );
    assert.match(stdout, /1 élément gardé, 1 écarté, 0 avertissement\.\n$/);
  });

  it('accepts a logo relative to the page, as the widgets do', () => {
    const file = join(folder, 'relative-logo.json');
    writeFileSync(
      file,
      JSON.stringify({
        partners: [{ id: 'a', name: 'A', kind: 'company', joined: null, website: 'https://a.example/', logo: '/logos/a.svg' }],
      }),
    );
    assert.equal(run('validate', file).status, 0);
  });

  it('shows a value that is not a text as the file writes it', () => {
    const file = join(folder, 'number-name.json');
    writeFileSync(
      file,
      JSON.stringify({ partners: [{ id: 'a', name: 42, kind: 'company', joined: null, website: 'https://a.example/' }] }),
    );
    assert.match(run('validate', file).stdout, /Partner 1, "a": the name 42 must be a text in double quotes\./);
  });

  it('exits 2 for a language it has no texts for', () => {
    const { status, stderr } = run('validate', BAD_WEBSITE, '--lang', 'it');
    assert.equal(status, 2);
    assert.match(stderr, /--lang takes en, fr or de/);
  });

  describe('from a URL, with the widgets’ own limits', () => {
    let server;
    let origin;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/data.json') return response.end(readFileSync(BAD_WEBSITE));
        if (request.url === '/huge.json') {
          response.write('{"padding":"');
          response.write('x'.repeat(2_100_000));
          return response.end('"}');
        }
        response.statusCode = 404;
        response.end('not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('checks the file at the address as it checks a file', async () => {
      const { status, stdout } = await runAsync('validate', `${origin}/data.json`);
      assert.equal(status, 1);
      assert.match(stdout, /Partner 3, "Société Exemple"/);
    });

    it('refuses a file over 2 MB, and a missing one, with exit code 2', async () => {
      const huge = await runAsync('validate', `${origin}/huge.json`);
      assert.equal(huge.status, 2);
      assert.match(huge.stderr, /over 2000000 bytes/);
      const missing = await runAsync('validate', `${origin}/missing.json`);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /404/);
    });
  });
});

describe('coe-widgets init', () => {
  it('writes the built-in data with its $schema, and that file validates (exit 0)', () => {
    const file = join(folder, 'start.json');
    const written = run('init', file);
    assert.equal(written.status, 0, written.stderr);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    assert.match(
      document.$schema,
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/coe-partnership-widgets@[\d.]+\/dist\/cdn\/partnership-data\.schema\.json$/,
    );
    assert.equal(document.partners.length, 27);
    const { status, stdout } = run('validate', file);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^\d+ items kept, 0 left out, 0 warnings\.\n$/);
  });

  it('does not replace a file that exists, unless asked', () => {
    const file = join(folder, 'kept.json');
    writeFileSync(file, '{}');
    assert.equal(run('init', file).status, 1);
    assert.equal(readFileSync(file, 'utf8'), '{}');
    assert.equal(run('init', file, '--force').status, 0);
  });
});

describe('coe-widgets render', () => {
  it('server-renders a page, as coe-widgets-render does', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, '<!doctype html><html lang="en"><body><coe-benefits-list></coe-benefits-list></body></html>');
    const { status, stdout } = run('render', page, '--quiet');
    assert.equal(status, 0);
    assert.match(stdout, /<coe-benefits-list><template [^>]*shadowrootmode="open"/);
  });
});
