import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Where a JSON text stops being JSON, for people: its line and column (from 1) and the line itself. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  /** The line of the text where the error is, and a caret under the column. */
  readonly excerpt: string;
  /** What the parser found there, e.g. `PropertyNameExpected`. */
  readonly detail: string;
}

/**
 * Parses `text` as JSON (the engine's own `JSON.parse`); on a syntax error, says where, from jsonc-parser (the
 * parser of VS Code's JSON support, strict here: no comments, no trailing commas), as the engines' own messages
 * give no position for most errors ("Unexpected token ']'").
 */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const [first] = errors;
    return { error: locate(text, first ? first.offset : text.length, first ? printParseErrorCode(first.error) : (error as Error).message) };
  }
}

function locate(text: string, offset: number, detail: string): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  const lineText = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const column = offset - lineStart + 1;
  return { line, column, excerpt: `${lineText}\n${' '.repeat(Math.max(0, column - 1))}^`, detail };
}
