import { expect } from '@open-wc/testing';
import { parseJson, syntaxErrorOffset } from './json-syntax.js';

const VALID = [
  '{}',
  '[]',
  ' \n\t{ "a" : [ 1 , -0 , 1.5e5 , 2E-3 , true , false , null ] } \r\n',
  '"text with \\"escapes\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00"',
  '{"nested": {"deeper": [[[{"x": "é ✓ 😀"}]]]}, "empty": {}, "list": []}',
  '0',
  '-12.75',
];

describe('parseJson', () => {
  it('reads valid JSON as JSON.parse does, and the locator finds no error in it', () => {
    for (const text of VALID) {
      expect(parseJson(text), text).to.deep.equal({ value: JSON.parse(text) });
      expect(syntaxErrorOffset(text), text).to.equal(-1);
    }
  });

  it('drops a byte-order mark before the JSON, as fetch does', () => {
    expect(parseJson('\uFEFF{"partners": []}')).to.deep.equal({ value: { partners: [] } });
  });

  const ERRORS: [string, string, number, number, string][] = [
    ['a trailing comma in a list', '{\n  "partners": [\n    { "id": "a" },\n  ]\n}', 4, 3, '  ]\n  ^'],
    ['a trailing comma in an object', '{ "a": 1, }', 1, 11, '{ "a": 1, }\n          ^'],
    ['a missing comma', '[1 2]', 1, 4, '[1 2]\n   ^'],
    ['a name without quotes', '{ id: "a" }', 1, 3, '{ id: "a" }\n  ^'],
    ['single quotes', "{ 'id': 1 }", 1, 3, "{ 'id': 1 }\n  ^"],
    ['an unfinished file', '{"a": [1, 2', 1, 12, '{"a": [1, 2\n           ^'],
    ['an empty file', '', 1, 1, '\n^'],
    ['a number with a leading zero', '[01]', 1, 3, '[01]\n  ^'],
    ['text after the document', '{} x', 1, 4, '{} x\n   ^'],
    ['Windows line ends', '{\r\n  "a": 1,\r\n}', 3, 1, '}\n^'],
    ['a tab before the error', '{\n\t"a": 1,\n\t}', 3, 2, '\t}\n\t^'],
  ];
  for (const [what, text, line, column, excerpt] of ERRORS) {
    it(`gives the line, the column and the line itself for ${what}`, () => {
      expect(parseJson(text)).to.deep.equal({ error: { line, column, excerpt } });
    });
  }

  it('shows a window of a very long (minified) line around the error, not the whole line', () => {
    const text = `[${'1,'.repeat(5000)}]`;
    const result = parseJson(text);
    expect(result).to.have.property('error');
    const { column, excerpt } = (result as { error: { column: number; excerpt: string } }).error;
    expect(column).to.equal(text.length);
    const [shown, caret] = excerpt.split('\n');
    expect(shown.length).to.be.below(100);
    expect(shown.startsWith('…')).to.equal(true);
    expect(caret.length - 1).to.equal(shown.length - 1);
  });
});
