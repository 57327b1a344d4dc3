import type { DataIssue } from './errors.js';
import {
  INVALID,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  kebabId,
  localizedText,
  nullable,
  oneOf,
  partialDate,
  plainText,
  webUrl,
  imageUrl,
  domainNames,
  type Rule,
} from './rules.js';
import type { DataListName, LocalizedText, PartnershipData } from './types.js';

// What validating gives, in a module of its own that widgets read before (or without) validating anything.
export {
  MAX_ITEMS,
  leftOutOf,
  type CutLengths,
  type LeftOutCounts,
  type ListItemTypes,
  type ListLeftOut,
  type ValidationResult,
} from './list-result.js';
import { MAX_ITEMS, type ListItemTypes, type ValidationResult } from './list-result.js';

export interface FieldRule {
  readonly rule: Rule<unknown>;
  /** A required field that fails leaves the item out; an optional one is only dropped. */
  readonly required: boolean;
}

export type ItemSchema = Readonly<Record<string, FieldRule>>;

const required = (rule: Rule<unknown>): FieldRule => ({ rule, required: true });
const optional = (rule: Rule<unknown>): FieldRule => ({ rule, required: false });

const textItemSchema: ItemSchema = {
  id: required(kebabId),
  title: required(localizedText(MAX_SHORT_TEXT)),
  text: required(localizedText(MAX_LONG_TEXT)),
};

/** One schema per list of the data format (the Data page): the validator's rules, and the source of the JSON Schema (schema.ts). */
export const LIST_SCHEMAS: Readonly<Record<DataListName, ItemSchema>> = {
  partners: {
    id: required(kebabId),
    name: required(plainText(MAX_SHORT_TEXT)),
    kind: required(oneOf(['company', 'association'])),
    joined: required(nullable(partialDate)),
    website: required(webUrl),
    domains: optional(domainNames),
    logo: optional(imageUrl),
    description: optional(localizedText(MAX_LONG_TEXT)),
  },
  highlights: {
    id: required(kebabId),
    date: required(partialDate),
    title: required(localizedText(MAX_SHORT_TEXT)),
    // A highlight may be a dated title alone (e.g. "Cloudflare and EuroISPA join"); its text is optional.
    text: optional(localizedText(MAX_LONG_TEXT)),
    link: optional(webUrl),
  },
  benefits: textItemSchema,
  cooperation: textItemSchema,
};

export const DATA_LISTS = Object.keys(LIST_SCHEMAS) as DataListName[];

const NOT_A_DOCUMENT: DataIssue = {
  path: '',
  message: 'expected a JSON object with partners, highlights, benefits or cooperation',
  code: 'not-document',
};

function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** The issue of a list at `path` that is not an array. */
function notAListIssue(input: unknown, path: string): DataIssue {
  return { path, message: `expected an array, got ${input === null ? 'null' : typeof input}`, code: 'not-list' };
}

/**
 * What makes a data document unusable as a whole: it is not an object, or one of its
 * lists is not an array. A loaded document with such an issue fails like unparsable JSON.
 */
export function documentShapeIssues(input: unknown): DataIssue[] {
  if (!isObject(input)) return [NOT_A_DOCUMENT];
  return DATA_LISTS.filter((name) => input[name] !== undefined && !Array.isArray(input[name])).map((name) =>
    notAListIssue(input[name], name),
  );
}

/** A text with something to read: a non-blank string, or translations that are all non-blank strings. */
const isReadableText = (value: unknown): value is LocalizedText =>
  typeof value === 'string'
    ? value.trim() !== ''
    : isObject(value) &&
      Object.keys(value).length > 0 &&
      Object.values(value).every((text) => typeof text === 'string' && text.trim() !== '');

/** The name of an item for people, when it has one: its `name`, else its `title` (a text or its translations), else its `id`. */
function nameOfItem(input: unknown): LocalizedText | undefined {
  if (!isObject(input)) return undefined;
  return [input.name, input.title, input.id].find(isReadableText);
}

/** Gives the issues from `from` on the name of the item they are in, so that every report names it the same way. */
function nameIssues(issues: DataIssue[], from: number, input: unknown): void {
  const item = nameOfItem(input);
  if (item === undefined) return;
  for (let index = from; index < issues.length; index++) issues[index] = { ...issues[index], item };
}

function validateItem(schema: ItemSchema, input: unknown, path: string, issues: DataIssue[]): Record<string, unknown> | undefined {
  if (!isObject(input)) {
    issues.push({ path, message: 'expected an object', code: 'not-object' });
    return undefined;
  }
  const item: Record<string, unknown> = {};
  let isValid = true;
  for (const [field, { rule, required: isRequired }] of Object.entries(schema)) {
    const fieldPath = `${path}.${field}`;
    if (!(field in input) || input[field] === undefined) {
      if (isRequired) {
        issues.push({ path: fieldPath, message: 'is required', code: 'required' });
        isValid = false;
      }
      continue;
    }
    const value = rule(input[field], fieldPath, issues);
    if (value !== INVALID) item[field] = value;
    else if (isRequired) isValid = false;
  }
  return isValid ? item : undefined;
}

/**
 * Validates one list (`partners`, `highlights`, `benefits`, `cooperation`):
 * keeps every valid item, leaves out the rest, reports every issue with its
 * path (`partners[3].website`). Duplicate ids keep the first item.
 */
export function validateList<K extends DataListName>(name: K, input: unknown, pathPrefix = ''): ValidationResult<ListItemTypes[K][]> {
  const listPath = `${pathPrefix}${name}`;
  if (!Array.isArray(input)) return { value: [], errors: [notAListIssue(input, listPath)], leftOut: {}, cut: {} };
  const issues: DataIssue[] = [];
  const schema = LIST_SCHEMAS[name];
  const firstIndexById = new Map<string, number>();
  const items: ListItemTypes[K][] = [];
  // Reads no index past the limit: a sparse array may claim 2³² − 1 items (forEach would walk them all).
  const readCount = Math.min(input.length, MAX_ITEMS);
  for (let index = 0; index < readCount; index++) {
    const path = `${listPath}[${index}]`;
    const issuesBefore = issues.length;
    const item = validateItem(schema, input[index], path, issues);
    nameIssues(issues, issuesBefore, input[index]);
    if (!item) continue;
    const id = item.id as string;
    const first = firstIndexById.get(id);
    if (first !== undefined) {
      issues.push({
        path: `${path}.id`,
        message: `duplicate id "${id}" (first used at ${listPath}[${first}])`,
        code: 'duplicate-id',
        value: id,
        other: first,
      });
      nameIssues(issues, issues.length - 1, input[index]);
      continue;
    }
    firstIndexById.set(id, index);
    items.push(item as unknown as ListItemTypes[K]);
  }
  const isCut = input.length > MAX_ITEMS;
  if (isCut)
    issues.push({
      path: `${listPath}[${MAX_ITEMS}]`,
      message: `the list has ${input.length} items; only the first ${MAX_ITEMS} are used`,
      code: 'list-cut',
      value: input.length,
    });
  return { value: items, errors: issues, leftOut: { [name]: readCount - items.length }, cut: isCut ? { [name]: input.length } : {} };
}

/** Validates a whole data document; every part is optional. */
export function validatePartnershipData(input: unknown): ValidationResult<PartnershipData> {
  if (!isObject(input)) return { value: {}, errors: [NOT_A_DOCUMENT], leftOut: {}, cut: {} };
  const data: Record<string, unknown> = {};
  const errors: DataIssue[] = [];
  const leftOut: Partial<Record<DataListName, number>> = {};
  const cut: Partial<Record<DataListName, number>> = {};
  for (const name of DATA_LISTS) {
    if (input[name] === undefined) continue;
    const result = validateList(name, input[name]);
    data[name] = result.value;
    errors.push(...result.errors);
    Object.assign(leftOut, result.leftOut);
    Object.assign(cut, result.cut);
  }
  return { value: data as PartnershipData, errors, leftOut, cut };
}
