/**
 * The JSON Schema (draft 2020-12) of the data document, generated from the validator's own rule set
 * (`LIST_SCHEMAS` in validate.ts and each rule's `spec` in rules.ts): the same fields, required fields,
 * enumerations, patterns and lengths. Only the words for people (titles, descriptions, examples) are
 * written here. A data file that starts with `"$schema": "<DATA_SCHEMA_URL>"` is completed and checked
 * by any schema-aware editor while it is typed.
 *
 * What JSON Schema cannot say, the validator still checks: ids unique within a list, a day that exists in
 * its month (2017-02-30), the length of a text after its surrounding spaces are trimmed (counted in UTF-16
 * code units, where JSON Schema counts characters), and a web address only a URL parser refuses ("https://a b/").
 */
import { VERSION } from '../version.js';
import { EARLIEST_YEAR } from './partial-date.js';
import { DOMAIN_NAME, KEBAB_ID, LANGUAGE_TAG, MAX_DOMAINS, MAX_ID_LENGTH, VISIBLE_CHARACTER, type RuleSpec } from './rules.js';
import type { DataListName } from './types.js';
import { LIST_SCHEMAS, MAX_ITEMS } from './validate.js';

/** A JSON Schema, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The file the build writes beside the CDN files. */
export const DATA_SCHEMA_FILE = 'partnership-data.schema.json';

/** Where this release's schema is published: beside the CDN files, on jsDelivr's mirror of the npm package. */
export const DATA_SCHEMA_URL = `https://cdn.jsdelivr.net/npm/coe-partnership-widgets@${VERSION}/dist/cdn/${DATA_SCHEMA_FILE}`;

interface Words {
  readonly title: string;
  readonly description: string;
  readonly examples: readonly unknown[];
}

const TEXT_NOTE = 'A text, or an object of translations such as {"en": "…", "fr": "…"}.';

const ITEM_WORDS: Readonly<Record<DataListName, Words>> = {
  partners: {
    title: 'Partner',
    description: 'A company or association of the Digital Partnership, as the partner grid and the badge show it.',
    examples: [
      { id: 'apple', name: 'Apple', kind: 'company', joined: '2017-11-08', website: 'https://www.apple.com/', domains: ['apple.com'] },
    ],
  },
  highlights: {
    title: 'Highlight',
    description: 'A dated moment of the cooperation, as the highlights timeline shows it.',
    examples: [{ id: 'partnership-launch', date: '2017-11-08', title: { en: 'Partnership launched', fr: 'Lancement du partenariat' } }],
  },
  benefits: {
    title: 'Benefit',
    description: 'A benefit of the partnership for companies, as the benefits list shows it.',
    examples: [{ id: 'user-trust', title: 'Build user trust', text: 'Boost public confidence and user trust in their services.' }],
  },
  cooperation: {
    title: 'Form of cooperation',
    description: 'A form of cooperation, as the benefits list shows it with list="cooperation".',
    examples: [{ id: 'events', title: 'Conferences and events', text: 'Co-organising conferences and other awareness-raising events.' }],
  },
};

/** The words for each field; a field of the rule set without words here stops the schema's generation. */
const FIELD_WORDS: Readonly<Record<DataListName, Readonly<Record<string, Words>>>> = {
  partners: {
    id: {
      title: 'Id',
      description: 'A unique id in lower-case kebab-case; the badge and #partner= links use it.',
      examples: ['deutsche-telekom'],
    },
    name: { title: 'Name', description: 'The partner’s name, as it is written.', examples: ['Deutsche Telekom'] },
    kind: { title: 'Kind', description: 'A company or an association.', examples: ['company'] },
    joined: {
      title: 'Joined',
      description: `When the partner joined: YYYY, YYYY-MM or YYYY-MM-DD (from ${EARLIEST_YEAR} on), shown at that precision; null when it is not known (never guess a date).`,
      examples: ['2017-11-08', '2018', null],
    },
    website: {
      title: 'Website',
      description: 'The partner’s website: a full address starting with https:// (or http://).',
      examples: ['https://www.telekom.com/'],
    },
    domains: {
      title: 'Domains',
      description: `The registrable domains where the partner’s badge shows its claim (1 to ${MAX_DOMAINS}, lower case, without https:// or a path).`,
      examples: [['telekom.com', 'telekom.de']],
    },
    logo: {
      title: 'Logo',
      description: 'The address of the partner’s logo image: https://, or relative to the page.',
      examples: ['https://www.example.org/logo.svg'],
    },
    description: {
      title: 'Description',
      description: `A short description of the partner. ${TEXT_NOTE}`,
      examples: ['A telecommunications company.'],
    },
  },
  highlights: {
    id: { title: 'Id', description: 'A unique id in lower-case kebab-case.', examples: ['partnership-launch'] },
    date: {
      title: 'Date',
      description: `When it happened: YYYY, YYYY-MM or YYYY-MM-DD (from ${EARLIEST_YEAR} on), shown at that precision.`,
      examples: ['2017-11-08', '2020-02'],
    },
    title: {
      title: 'Title',
      description: `The highlight’s title. ${TEXT_NOTE}`,
      examples: [{ en: 'Partnership launched', fr: 'Lancement du partenariat' }],
    },
    text: {
      title: 'Text',
      description: `What happened, in a few sentences (optional). ${TEXT_NOTE}`,
      examples: ['Eight companies and six associations exchanged letters.'],
    },
    link: {
      title: 'Link',
      description: 'A page to read more: a full address starting with https://.',
      examples: ['https://www.coe.int/en/web/freedom-expression/digital-partnership'],
    },
  },
  benefits: {
    id: { title: 'Id', description: 'A unique id in lower-case kebab-case.', examples: ['user-trust'] },
    title: { title: 'Title', description: `The benefit’s title. ${TEXT_NOTE}`, examples: ['Build user trust'] },
    text: {
      title: 'Text',
      description: `The benefit, in a few sentences. ${TEXT_NOTE}`,
      examples: ['Boost public confidence and user trust in their services.'],
    },
  },
  cooperation: {
    id: { title: 'Id', description: 'A unique id in lower-case kebab-case.', examples: ['events'] },
    title: { title: 'Title', description: `The form of cooperation’s title. ${TEXT_NOTE}`, examples: ['Conferences and events'] },
    text: {
      title: 'Text',
      description: `The form of cooperation, in a few sentences. ${TEXT_NOTE}`,
      examples: ['Co-organising conferences and other awareness-raising events.'],
    },
  },
};

const LIST_WORDS: Readonly<Record<DataListName, string>> = {
  partners: 'The partners, for the partner grid (and, on the partners’ own sites, the badge’s list is built in).',
  highlights: 'The highlights of the cooperation, for the highlights timeline.',
  benefits: 'The benefits of the partnership, for the benefits list.',
  cooperation: 'The forms of cooperation, for the benefits list with list="cooperation".',
};

/** A year from EARLIEST_YEAR (1900) on, then an optional month (01–12) and day (01–31), as parsePartialDate reads them. */
const PARTIAL_DATE_PATTERN = String.raw`^(?:19|[2-9]\d)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$`;
/** An address that starts with http:// or https:// (any case, after spaces the validator trims). */
const WEB_URL_PATTERN = String.raw`^\s*[hH][tT][tT][pP][sS]?://\S`;
/** http(s), or a relative address (one with no scheme of its own). */
const IMAGE_URL_PATTERN = String.raw`^\s*(?:[hH][tT][tT][pP][sS]?://\S|(?![a-zA-Z][a-zA-Z0-9+.-]*:))`;

if (EARLIEST_YEAR !== 1900) throw new Error('PARTIAL_DATE_PATTERN assumes dates from 1900 on');

const text = (maxLength: number): JsonSchema => ({ type: 'string', minLength: 1, maxLength, pattern: VISIBLE_CHARACTER.source });

/** The JSON Schema of what one rule accepts. */
function schemaOf(spec: RuleSpec): JsonSchema {
  switch (spec.kind) {
    case 'text':
      return text(spec.maxLength);
    case 'localized-text':
      return {
        anyOf: [
          text(spec.maxLength),
          { type: 'object', minProperties: 1, propertyNames: { pattern: LANGUAGE_TAG.source }, additionalProperties: text(spec.maxLength) },
        ],
      };
    case 'id':
      return { type: 'string', maxLength: MAX_ID_LENGTH, pattern: KEBAB_ID.source };
    case 'one-of':
      return { enum: [...spec.choices] };
    case 'date':
      return { type: 'string', pattern: PARTIAL_DATE_PATTERN };
    case 'nullable':
      return { anyOf: [schemaOf(spec.rule), { type: 'null' }] };
    case 'web-url':
      return { type: 'string', pattern: WEB_URL_PATTERN };
    case 'image-url':
      return { type: 'string', minLength: 1, pattern: IMAGE_URL_PATTERN };
    case 'domains':
      return { type: 'array', minItems: 1, maxItems: MAX_DOMAINS, items: { type: 'string', pattern: DOMAIN_NAME.source } };
  }
}

function itemSchema(list: DataListName): JsonSchema {
  const fields = Object.entries(LIST_SCHEMAS[list]);
  const properties = Object.fromEntries(
    fields.map(([field, { rule }]) => {
      const words = FIELD_WORDS[list][field];
      if (!words) throw new Error(`schema.ts: no title and description for ${list}[].${field}`);
      return [field, { ...words, ...schemaOf(rule.spec) }];
    }),
  );
  return {
    ...ITEM_WORDS[list],
    type: 'object',
    required: fields.filter(([, { required }]) => required).map(([field]) => field),
    properties,
  };
}

/** The JSON Schema of the data document. */
export function partnershipDataSchema(): JsonSchema {
  const lists = Object.keys(LIST_SCHEMAS) as DataListName[];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DATA_SCHEMA_URL,
    title: 'Digital Partnership data',
    description:
      'The data of the Council of Europe’s Digital Partnership widgets: every list is optional, and a list left out shows the built-in data. Invalid items are left out and reported; the rest shows.',
    type: 'object',
    properties: {
      $schema: {
        title: 'Schema',
        description: 'The address of this schema, for editors that complete and check the file.',
        type: 'string',
        examples: [DATA_SCHEMA_URL],
      },
      ...Object.fromEntries(
        lists.map((list) => [
          list,
          { title: list, description: LIST_WORDS[list], type: 'array', maxItems: MAX_ITEMS, items: itemSchema(list) },
        ]),
      ),
    },
  };
}
