/** The words of the data checks in one language: each file of this folder is one catalogue (en, fr, de). */
import type { DataIssueCode } from '../errors.js';
import type { DataListName } from '../types.js';

/** What an issue's sentence is made of: the field's name with its article, the value refused, and the rule's limits. */
export interface IssueParts {
  readonly field: string;
  readonly value: string;
  readonly limit: string;
  readonly choices: string;
  readonly other: string;
  readonly list: string;
}

export interface IssueTexts {
  /** "Partner", "Highlight": one item of each list. */
  readonly item: Readonly<Record<DataListName, string>>;
  /** "the list of partners". */
  readonly list: Readonly<Record<DataListName, string>>;
  /** "the website": each field, with its article. */
  readonly fields: Readonly<Record<string, string>>;
  /** A value quoted the language's way. */
  readonly quote: (text: string) => string;
  /** `Partner 3, "Société Exemple": ` */
  readonly prefix: (item: string, position: string, name: string | undefined) => string;
  readonly problems: Readonly<Record<DataIssueCode, (parts: IssueParts) => string>>;
  /** The first line of a console report: whose data, and that the rest is shown. */
  readonly heading: (source: string) => string;
  /** The first line of a console report on a file that is not a data document: nothing of it is shown. */
  readonly refused: (source: string) => string;
  /** A console report spells out 20 issues of a list, then counts the rest. */
  readonly more: (count: string, list: string) => string;
  /** The file is not JSON: where. */
  readonly syntax: (line: string, column: string) => string;
  /** The file could not be read: which, and the system's reason. */
  readonly unreadable: (what: string, reason: string) => string;
  /** The reason when there is no file of that name. */
  readonly noSuchFile: string;
  /** The closing line: items kept, items left out, warnings. */
  readonly summary: (kept: number, dropped: number, warnings: number, count: (value: number) => string) => string;
}
