/**
 * What is wrong with a data file, as a person reads it, in English, French and German: the list, the item's
 * position counted from 1 and its name, the field, what is wrong and how to put it right. One catalogue for the
 * `coe-widgets validate` command, the browser console and the Data page's live check, so that they name an item
 * the same way: `Partner 3, "Société Exemple": the website "www.societe-exemple.fr" must be a full address
 * starting with https://.`
 */
import type { BuiltInLocale, DataListName } from './types.js';
import type { DataIssue } from './errors.js';
import { LIST_SCHEMAS, MAX_ITEMS } from './validate.js';
import { MAX_DOMAINS, type RuleSpec } from './rules.js';
import { formatCount, localize } from '../i18n/format.js';
import { matchLocale } from '../i18n/locale.js';
import { BUILT_IN_LOCALES } from '../i18n/locales.js';
import type { IssueParts, IssueTexts } from './issue-texts/catalog.js';
import { de } from './issue-texts/de.js';
import { en } from './issue-texts/en.js';
import { fr } from './issue-texts/fr.js';

export type { IssueParts, IssueTexts };

/** The catalogue of each built-in language. */
export const ISSUE_TEXTS: Readonly<Record<BuiltInLocale, IssueTexts>> = { en, fr, de };

const ISSUE_PATH = /^(?<list>[a-z]+)(?:\[(?<index>\d+)\](?:\.(?<field>[a-z]+))?)?/;

/** Where an issue is: its list, the item's index and its field, from its path (`partners[2].website.en`). */
export function placeOf(issue: DataIssue): { list?: DataListName; index?: number; field?: string } {
  const match = ISSUE_PATH.exec(issue.path)?.groups;
  if (!match || !(match.list in LIST_SCHEMAS)) return {};
  return {
    list: match.list as DataListName,
    ...(match.index === undefined ? {} : { index: Number(match.index) }),
    ...(match.field === undefined ? {} : { field: match.field }),
  };
}

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** An item's name for people, in `locale`, short. */
function nameOf(issue: DataIssue, locale: BuiltInLocale): string | undefined {
  const name = issue.item === undefined ? '' : String(localize(issue.item, locale)).trim();
  return name ? short(name) : undefined;
}

/** A refused value, short, as the file writes it: a text in the language's quotation marks, anything else as JSON (42, null, {}). */
function shown(value: unknown, texts: IssueTexts): string {
  return typeof value === 'string' ? texts.quote(short(value)) : short(JSON.stringify(value) ?? String(value));
}

/** The rule of a field, for its limits and choices. */
function specOf(list: DataListName | undefined, field: string | undefined): RuleSpec | undefined {
  const spec = list && field ? LIST_SCHEMAS[list][field]?.rule.spec : undefined;
  return spec?.kind === 'nullable' ? spec.rule : spec;
}

/** The built-in language of the catalogue for `locale` (`fr-CH` → `fr`): English for a language without one. */
const catalogueLocale = (locale: string): BuiltInLocale => matchLocale(locale, BUILT_IN_LOCALES) ?? 'en';

/** One issue as a sentence in `locale` (English for a language without a catalogue): where, what, and how to put it right. */
export function describeDataIssue(issue: DataIssue, locale: string): string {
  const language = catalogueLocale(locale);
  const texts = ISSUE_TEXTS[language];
  const { list, index, field } = placeOf(issue);
  const prefix =
    list && index !== undefined && issue.code !== 'list-cut'
      ? texts.prefix(texts.item[list], formatCount(index + 1, language), nameOf(issue, language))
      : '';
  const spec = specOf(list, field);
  const limit =
    issue.code === 'list-cut' ? MAX_ITEMS : spec && 'maxLength' in spec ? spec.maxLength : issue.code === 'not-domains' ? MAX_DOMAINS : 0;
  const parts: IssueParts = {
    field: (field && texts.fields[field]) ?? field ?? '',
    value:
      typeof issue.value === 'number' && (issue.code === 'too-long' || issue.code === 'list-cut')
        ? formatCount(issue.value, language)
        : shown(issue.value, texts),
    limit: formatCount(limit, language),
    choices: spec && 'choices' in spec ? spec.choices.map((choice) => texts.quote(choice)).join(', ') : '',
    other: issue.other === undefined ? '' : formatCount(issue.other + 1, language),
    list: list ? texts.list[list] : '',
  };
  const problem = issue.code ? texts.problems[issue.code](parts) : issue.message;
  // A sentence after a colon starts with a capital in German, not in English or French.
  return prefix && language !== 'de' ? `${prefix}${problem}` : `${prefix}${problem.charAt(0).toUpperCase()}${problem.slice(1)}`;
}

/** The closing line of a check: items kept, items left out, warnings, in `locale`. */
export function describeDataSummary(kept: number, dropped: number, warnings: number, locale: string): string {
  const language = catalogueLocale(locale);
  return ISSUE_TEXTS[language].summary(kept, dropped, warnings, (value) => formatCount(value, language));
}

/** The catalogue of `locale`, English for a language without one. */
export const issueTextsFor = (locale: string): IssueTexts => ISSUE_TEXTS[catalogueLocale(locale)];
