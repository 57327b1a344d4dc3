import type { DataIssue } from './errors.js';
import { EARLIEST_YEAR, parsePartialDate } from './partial-date.js';
import { isWebUrl, webHref } from '../url.js';

/** Longest accepted name or title, and longest accepted text, in characters. */
export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 4000;

/** Marks a value a rule refused; the rule has already reported why. */
export const INVALID: unique symbol = Symbol('invalid');
export type Checked<T> = T | typeof INVALID;

/** Checks one value at `path`, reports each problem into `issues`, returns the clean value or INVALID. */
export type Rule<T> = (value: unknown, path: string, issues: DataIssue[]) => Checked<T>;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A character a reader sees: a letter, a number, punctuation or a symbol (not a space, a control or a zero-width character). */
const VISIBLE_CHARACTER = /[\p{L}\p{N}\p{P}\p{S}]/u;

function fail(issues: DataIssue[], path: string, message: string): typeof INVALID {
  issues.push({ path, message });
  return INVALID;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value;
}

/** A required text: trimmed, with at least one visible character, at most `maxLength` characters. */
export function plainText(maxLength: number): Rule<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') return fail(issues, path, `expected a text, got ${describe(value)}`);
    const text = value.trim();
    if (text === '') return fail(issues, path, 'must not be empty');
    if (!VISIBLE_CHARACTER.test(text)) return fail(issues, path, 'has no visible character (a letter, a number, punctuation or a symbol)');
    if (text.length > maxLength) return fail(issues, path, `is ${text.length} characters long; at most ${maxLength} allowed`);
    return text;
  };
}

/** A string, or an object of translations such as `{"en": "...", "fr": "..."}`. */
export function localizedText(maxLength: number): Rule<string | Record<string, string>> {
  const text = plainText(maxLength);
  return (value, path, issues) => {
    if (typeof value === 'string') return text(value, path, issues);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(issues, path, `expected a text or an object of translations, got ${describe(value)}`);
    }
    if (Object.keys(value).length === 0) return fail(issues, path, 'has no translation');
    const translations: Record<string, string> = {};
    let count = 0;
    for (const [language, translation] of Object.entries(value)) {
      const entryPath = `${path}.${language}`;
      if (!LANGUAGE_TAG.test(language)) {
        fail(issues, entryPath, 'is not a language code such as "en" or "fr"');
        continue;
      }
      const clean = text(translation, entryPath, issues);
      if (clean !== INVALID) {
        translations[language] = clean;
        count++;
      }
    }
    return count > 0 ? translations : INVALID;
  };
}

export const kebabId: Rule<string> = (value, path, issues) => {
  if (typeof value !== 'string') return fail(issues, path, `expected a kebab-case id, got ${describe(value)}`);
  if (value.length > 100 || !KEBAB_ID.test(value))
    return fail(issues, path, `${describe(value)} is not a kebab-case id such as "deutsche-telekom"`);
  return value;
};

export function oneOf<T extends string>(choices: readonly T[]): Rule<T> {
  return (value, path, issues) =>
    typeof value === 'string' && (choices as readonly string[]).includes(value)
      ? (value as T)
      : fail(issues, path, `${describe(value)} is not one of ${choices.map((choice) => `"${choice}"`).join(', ')}`);
}

export const partialDate: Rule<string> = (value, path, issues) =>
  typeof value === 'string' && parsePartialDate(value)
    ? value
    : fail(issues, path, `${describe(value)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD, from ${EARLIEST_YEAR} on`);

/** `null` is a value ("unknown"), not a missing field. */
export function nullable<T>(rule: Rule<T>): Rule<T | null> {
  return (value, path, issues) => (value === null ? null : rule(value, path, issues));
}

/** An absolute http or https URL. */
export const webUrl: Rule<string> = (value, path, issues) => {
  if (typeof value !== 'string' || !isWebUrl(value)) {
    return fail(issues, path, `${describe(value)} is not an http or https URL`);
  }
  return value.trim();
};

/** A lower-case domain name with at least two labels (`microsoft.com`), as a page's `location.hostname` writes it. */
const DOMAIN_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The most domains one partner may list. */
export const MAX_DOMAINS = 20;

/** A non-empty list of domain names such as `["telekom.com", "telekom.de"]` (written in lower case, without a scheme or a path). */
export const domainNames: Rule<readonly string[]> = (value, path, issues) => {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DOMAINS) {
    return fail(
      issues,
      path,
      `expected a list of 1 to ${MAX_DOMAINS} domain names such as ["telekom.com", "telekom.de"], got ${describe(value)}`,
    );
  }
  const bad = value.findIndex((domain) => typeof domain !== 'string' || !DOMAIN_NAME.test(domain));
  return bad < 0
    ? value
    : fail(issues, `${path}[${bad}]`, `${describe(value[bad])} is not a lower-case domain name such as "microsoft.com"`);
};

/** An image URL: http, https, or relative to the page. */
export const imageUrl: Rule<string> = (value, path, issues) => {
  if (typeof value !== 'string' || webHref(value) === undefined) {
    return fail(issues, path, `${describe(value)} is not an http or https URL`);
  }
  return value.trim();
};
