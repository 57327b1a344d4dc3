/** Where a JSON text stops being JSON, for people: its line and column (from 1) and the line itself. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  /** The line of the text where the error is, and a caret under the column. */
  readonly excerpt: string;
}

const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
// eslint-disable-next-line no-control-regex -- a JSON string may not hold U+0000 to U+001F unescaped (RFC 8259)
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset where `text` stops being JSON (RFC 8259), for a text `JSON.parse` refused. Written here because the
 * engines' messages give no position for most errors (V8: "Unexpected token ']'", WebKit: none at all) and the
 * maintained locator (jsonc-parser, VS Code's) weighs 3,443 B gzip in the widgets' file, measured, for the
 * failure path alone; this one is a few hundred bytes. Nesting deeper than the stack allows gives the end.
 */
export function syntaxErrorOffset(text: string): number {
  let at = 0;
  const space = (): void => {
    while (' \t\n\r'.includes(text[at] ?? 'x')) at++;
  };
  const expect = (pattern: RegExp): void => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) throw at;
    at = pattern.lastIndex;
  };
  const value = (): void => {
    space();
    const open = text[at];
    if (open !== '{' && open !== '[') return expect(open === '"' ? STRING : NUMBER_OR_LITERAL);
    const close = open === '{' ? '}' : ']';
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      if (open === '{') {
        space();
        expect(STRING);
        space();
        if (text[at++] !== ':') throw at - 1;
      }
      value();
      space();
      const next = text[at++];
      if (next === close) return;
      if (next !== ',') throw at - 1;
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (offset) {
    return typeof offset === 'number' ? offset : text.length;
  }
}

/** Parses `text` as JSON (the engine's own `JSON.parse`; a byte-order mark first is dropped, as `fetch` drops it); on a syntax error, says where. */
export function parseJson(fileText: string): { value: unknown } | { error: JsonSyntaxError } {
  const text = fileText.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const offset = syntaxErrorOffset(text);
    return { error: locate(text, offset < 0 ? text.length : offset) };
  }
}

/** How much of the line the excerpt shows on each side of the error: a minified file is one very long line. */
const EXCERPT_REACH = 40;

function locate(text: string, offset: number): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  const lineText = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const column = offset - lineStart + 1;
  const from = Math.max(0, column - 1 - EXCERPT_REACH);
  const shown = `${from > 0 ? '…' : ''}${lineText.slice(from, column - 1 + EXCERPT_REACH)}${column - 1 + EXCERPT_REACH < lineText.length ? '…' : ''}`;
  // The caret under the error: the same tabs as the line above, spaces for the rest.
  const lead = `${from > 0 ? ' ' : ''}${lineText.slice(from, column - 1).replace(/[^\t]/g, ' ')}`;
  return { line, column, excerpt: `${shown}\n${lead}^` };
}
