import { formatCount } from '../i18n/format.js';
import { describeDataIssue, issueTextsFor, placeOf } from './issue-texts.js';
import type { JsonSyntaxError } from './json-syntax.js';
import type { LocalizedText } from './types.js';

/** The most issues of one list a console report spells out; the rest of that list's issues are counted. */
export const MAX_REPORTED_ISSUES_PER_LIST = 20;

/** What is wrong, for the texts of every language (data-issue-texts.ts): one code per kind of problem. */
export type DataIssueCode =
  | 'not-document'
  | 'not-list'
  | 'list-cut'
  | 'not-object'
  | 'required'
  | 'duplicate-id'
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'no-translation'
  | 'not-language'
  | 'not-id'
  | 'not-one-of'
  | 'not-date'
  | 'not-web-url'
  | 'not-domains'
  | 'not-domain'
  | 'not-image-url';

/** One problem found in a data document, with the path of the field, e.g. `partners[3].website`. */
export interface DataIssue {
  readonly path: string;
  /** In English, for developers: `"www.example.org" is not an http or https URL`. */
  readonly message: string;
  readonly code?: DataIssueCode;
  /** The value refused (or the length of a text too long, the length of a list cut). */
  readonly value?: unknown;
  /** For a duplicate id, the index of the item that has it first. */
  readonly other?: number;
  /** The name of the item the issue is in (its `name`, else its `title`, else its `id`), to name it for people. */
  readonly item?: LocalizedText;
}

/** One issue as a line of text: `partners[3].website: "ftp://x" is not an http or https URL`. */
export function describeIssue(issue: DataIssue): string {
  return `${issue.path || '(root)'}: ${issue.message}`;
}

/**
 * Each list's first MAX_REPORTED_ISSUES_PER_LIST issues, one a line in `locale` (the catalogue's sentence, then the
 * path), then how many more it has.
 */
function summarizeIssues(issues: readonly DataIssue[], locale: string): string[] {
  const texts = issueTextsFor(locale);
  const lists = new Map<string, { lines: string[]; count: number }>();
  for (const issue of issues) {
    const list = placeOf(issue).list ?? '';
    const entry = lists.get(list) ?? { lines: [], count: 0 };
    lists.set(list, entry);
    entry.count++;
    if (entry.lines.length < MAX_REPORTED_ISSUES_PER_LIST)
      entry.lines.push(`  ${describeDataIssue(issue, locale)} (${issue.path || '(root)'})`);
  }
  return [...lists].flatMap(([list, { lines, count }]) =>
    count > lines.length ? [...lines, `  ${texts.more(formatCount(count - lines.length, locale), list || '(root)')}`] : lines,
  );
}

/**
 * Invalid data: carries every issue found, each with its path; its message spells out the first of each list, in
 * `locale` (as the `coe-widgets validate` command and the Data page's check say them).
 */
export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], source = 'data', locale = 'en') {
    super(`${issueTextsFor(locale).heading(source)}\n${summarizeIssues(issues, locale).join('\n')}`);
    this.issues = issues;
  }
}

/** `invalid`: the JSON is not a data document (not an object, or a list that is not an array). */
export type DataLoadFailure = 'http' | 'network' | 'timeout' | 'parse' | 'too-large' | 'aborted' | 'invalid';

/** A data URL could not be loaded: `reason` says why. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  readonly reason: DataLoadFailure;
  readonly url: string;
  readonly status?: number;
  /** For a body that is not JSON: where it stops being JSON. */
  readonly syntax?: JsonSyntaxError;
  /** For JSON that is not a data document: what makes it none. */
  readonly issues?: readonly DataIssue[];

  constructor(
    reason: DataLoadFailure,
    url: string,
    detail: string,
    status?: number,
    found?: { syntax?: JsonSyntaxError; issues?: readonly DataIssue[] },
  ) {
    super(`coe-partnership-widgets: could not load ${url}: ${detail}`);
    this.reason = reason;
    this.url = url;
    if (status !== undefined) this.status = status;
    if (found?.syntax) this.syntax = found.syntax;
    if (found?.issues) this.issues = found.issues;
  }
}
