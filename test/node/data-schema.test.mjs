// The JSON Schema of the data document (src/core/data/schema.ts) against the validator it is generated from
// (src/core/data/validate.ts), in Node, on the npm build (run `npm run build` first): every field the validator
// knows is in the schema with the same constraints, and a corpus of bad documents gets the same verdict, field by
// field, from the validator and from a standard JSON Schema validator (Ajv, draft 2020-12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { partnershipDataSchema, DATA_SCHEMA_FILE } from '../../dist/core/data/schema.js';
import { LIST_SCHEMAS, MAX_ITEMS, validatePartnershipData } from '../../dist/core/data/validate.js';
import { defaultData } from '../../dist/core/data/default-data.js';

const schema = partnershipDataSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true });
const checkWithSchema = ajv.compile(schema);

/** `partners[3].website` from `partners[3].website.en` or `partners[3].domains[2]`: the item's field. */
const fieldOf = (path) => /^[a-z]+(?:\[\d+\](?:\.[a-z]+)?)?/i.exec(path)?.[0] ?? '';

/** The fields the validator finds fault with. */
function validatorVerdict(document) {
  return [...new Set(validatePartnershipData(document).errors.map((issue) => fieldOf(issue.path)))].sort();
}

/** The fields Ajv finds fault with, written as the validator writes paths. */
function schemaVerdict(document) {
  if (checkWithSchema(document)) return [];
  const paths = checkWithSchema.errors.map((error) => {
    const path = error.instancePath
      .replace(/^\//, '')
      .replace(/\/(\d+)/g, '[$1]')
      .replaceAll('/', '.');
    return error.keyword === 'required' ? `${path}.${error.params.missingProperty}` : path;
  });
  return [...new Set(paths.map(fieldOf))].sort();
}

const PARTNER = {
  id: 'societe-exemple',
  name: 'Société Exemple',
  kind: 'company',
  joined: '2021-03',
  website: 'https://www.societe-exemple.fr/',
};
const HIGHLIGHT = {
  id: 'launch',
  date: '2017-11-08',
  title: { en: 'Launch', fr: 'Lancement' },
  text: 'It began.',
  link: 'https://www.coe.int/',
};
const TEXT_ITEM = { id: 'events', title: 'Conferences and events', text: 'Co-organising conferences.' };
const without = (item, field) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== field));

/** One bad value per case, in an otherwise valid item, plus whole items and lists that are wrong. */
const BAD_VALUES = {
  partners: {
    id: ['Not Kebab', 'trailing-', 42, 'a'.repeat(101)],
    name: ['', '   ', '\u200b', 'x'.repeat(301), 42, null],
    kind: ['person', 'Company', null],
    joined: ['2017-13', '1899', '2017-1-5', 'yesterday', 2017],
    website: ['www.societe-exemple.fr', 'ftp://example.org/', 'javascript:alert(1)', 42],
    domains: [[], 'apple.com', ['Apple.com'], ['https://apple.com'], ['localhost'], Array.from({ length: 21 }, (_, i) => `d${i}.com`)],
    logo: ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'mailto:x@example.org', 42],
    description: [{}, { 'EN!': 'A company.' }, { en: '' }, '', 'x'.repeat(4001)],
  },
  highlights: {
    date: ['2017-02-', 'November 2017', '1850', null],
    title: [{ en: 'Launch', fr: '' }, [], 'x'.repeat(301)],
    text: [42, ''],
    link: ['www.coe.int', 'javascript:alert(1)'],
  },
  benefits: { title: [{ english: 'Trust' }], text: ['x'.repeat(4001), {}] },
  cooperation: { id: ['Events', ''], title: [null] },
};
const ITEM = { partners: PARTNER, highlights: HIGHLIGHT, benefits: TEXT_ITEM, cooperation: TEXT_ITEM };

const CORPUS = [
  ...Object.entries(BAD_VALUES).flatMap(([list, fields]) =>
    Object.entries(fields).flatMap(([field, values]) =>
      values.map((value) => [
        `${list}[].${field} = ${JSON.stringify(value).slice(0, 40)}`,
        { [list]: [{ ...ITEM[list], [field]: value }] },
      ]),
    ),
  ),
  ...Object.entries(LIST_SCHEMAS).flatMap(([list, fields]) =>
    Object.entries(fields)
      .filter(([, { required }]) => required)
      .map(([field]) => [`${list}[] without ${field}`, { [list]: [without(ITEM[list], field)] }]),
  ),
  ['an item that is not an object', { partners: ['apple', PARTNER] }],
  ['a list that is not a list', { highlights: { launch: HIGHLIGHT } }],
  [
    'three partners, the third without https://',
    { partners: [PARTNER, { ...PARTNER, id: 'b' }, { ...PARTNER, id: 'c', website: 'www.societe-exemple.fr' }] },
  ],
];

describe('the JSON Schema of the data document', () => {
  it('has every field the validator knows, with its required fields, limits and choices', () => {
    for (const [list, fields] of Object.entries(LIST_SCHEMAS)) {
      assert.equal(schema.properties[list].maxItems, MAX_ITEMS, `${list}: read up to ${MAX_ITEMS} items`);
      const item = schema.properties[list].items;
      assert.deepEqual(Object.keys(item.properties), Object.keys(fields), `${list}: the fields`);
      assert.deepEqual(
        item.required,
        Object.keys(fields).filter((field) => fields[field].required),
        `${list}: the required fields`,
      );
      for (const [field, { rule }] of Object.entries(fields)) {
        const property = item.properties[field];
        for (const key of ['title', 'description', 'examples']) assert.ok(property[key], `${list}[].${field} has a ${key}`);
        const spec = rule.spec.kind === 'nullable' ? rule.spec.rule : rule.spec;
        const written = JSON.stringify(property);
        if ('maxLength' in spec)
          assert.ok(written.includes(`"maxLength":${spec.maxLength}`), `${list}[].${field}: at most ${spec.maxLength} characters`);
        if ('choices' in spec) assert.deepEqual(property.enum, spec.choices, `${list}[].${field}: the choices`);
        if (rule.spec.kind === 'nullable') assert.ok(written.includes('"type":"null"'), `${list}[].${field} may be null`);
      }
    }
  });

  it('passes the built-in data, as the validator does', () => {
    assert.deepEqual(validatorVerdict(defaultData), []);
    assert.deepEqual(schemaVerdict(defaultData), []);
  });

  for (const [name, document] of CORPUS) {
    it(`finds fault with the same fields as the validator: ${name}`, () => {
      const expected = validatorVerdict(document);
      assert.notDeepEqual(expected, [], 'the validator finds something wrong');
      assert.deepEqual(schemaVerdict(document), expected);
    });
  }

  it('is the file beside the CDN files, and a data file may name it in "$schema"', () => {
    const shipped = JSON.parse(readFileSync(new URL(`../../dist/cdn/${DATA_SCHEMA_FILE}`, import.meta.url), 'utf8'));
    assert.deepEqual(shipped, schema);
    const document = { $schema: schema.$id, partners: [PARTNER] };
    assert.deepEqual(schemaVerdict(document), []);
    assert.deepEqual(validatorVerdict(document), []);
  });
});
