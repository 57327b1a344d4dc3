import type { DataIssue, DataIssueCode } from './errors.js';
import { EARLIEST_YEAR, parsePartialDate } from './partial-date.js';
import { isWebUrl, webHref } from '../url.js';

/** Longest accepted name or title, and longest accepted text, in characters. */
export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 4000;

/** Marks a value a rule refused; the rule has already reported why. */
export const INVALID: unique symbol = Symbol('invalid');
export type Checked<T> = T | typeof INVALID;

/**
 * What a rule accepts, as data: the JSON Schema of the data document (schema.ts) is generated from it, with the
 * same limits and patterns, so the two cannot drift apart. A few bytes at run time, in exchange for one rule set.
 */
export type RuleSpec =
  | { readonly kind: 'text' | 'localized-text'; readonly maxLength: number }
  | { readonly kind: 'id' | 'date' | 'web-url' | 'image-url' | 'domains' }
  | { readonly kind: 'one-of'; readonly choices: readonly string[] }
  | { readonly kind: 'nullable'; readonly rule: RuleSpec };

/** Checks one value at `path`, reports each problem into `issues`, returns the clean value or INVALID; `spec` says what it accepts. */
export type Rule<T> = ((value: unknown, path: string, issues: DataIssue[]) => Checked<T>) & { readonly spec: RuleSpec };

const rule = <T>(spec: RuleSpec, check: (value: unknown, path: string, issues: DataIssue[]) => Checked<T>): Rule<T> =>
  Object.assign(check, { spec });

/** The longest id. */
export const MAX_ID_LENGTH = 100;
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A character a reader sees: a letter, a number, punctuation or a symbol (not a space, a control or a zero-width character). */
export const VISIBLE_CHARACTER = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Reports an issue (its English `message`, and its `code` and `value` for the texts of every language) and refuses the value. */
function fail(issues: DataIssue[], path: string, message: string, code: DataIssueCode, value?: unknown): typeof INVALID {
  issues.push({ path, message, code, ...(value === undefined ? {} : { value }) });
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
  return rule({ kind: 'text', maxLength }, (value, path, issues) => {
    if (typeof value !== 'string') return fail(issues, path, `expected a text, got ${describe(value)}`, 'not-text', value);
    const text = value.trim();
    if (text === '') return fail(issues, path, 'must not be empty', 'empty');
    if (!VISIBLE_CHARACTER.test(text))
      return fail(issues, path, 'has no visible character (a letter, a number, punctuation or a symbol)', 'empty');
    if (text.length > maxLength)
      return fail(issues, path, `is ${text.length} characters long; at most ${maxLength} allowed`, 'too-long', text.length);
    return text;
  });
}

/** A string, or an object of translations such as `{"en": "...", "fr": "..."}`. */
export function localizedText(maxLength: number): Rule<string | Record<string, string>> {
  const text = plainText(maxLength);
  return rule({ kind: 'localized-text', maxLength }, (value, path, issues) => {
    if (typeof value === 'string') return text(value, path, issues);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(issues, path, `expected a text or an object of translations, got ${describe(value)}`, 'not-text', value);
    }
    if (Object.keys(value).length === 0) return fail(issues, path, 'has no translation', 'no-translation');
    const translations: Record<string, string> = {};
    let count = 0;
    for (const [language, translation] of Object.entries(value)) {
      const entryPath = `${path}.${language}`;
      if (!LANGUAGE_TAG.test(language)) {
        fail(issues, entryPath, 'is not a language code such as "en" or "fr"', 'not-language', language);
        continue;
      }
      const clean = text(translation, entryPath, issues);
      if (clean !== INVALID) {
        translations[language] = clean;
        count++;
      }
    }
    return count > 0 ? translations : INVALID;
  });
}

export const kebabId: Rule<string> = rule({ kind: 'id' }, (value, path, issues) => {
  if (typeof value !== 'string') return fail(issues, path, `expected a kebab-case id, got ${describe(value)}`, 'not-id', value);
  if (value.length > MAX_ID_LENGTH || !KEBAB_ID.test(value))
    return fail(issues, path, `${describe(value)} is not a kebab-case id such as "deutsche-telekom"`, 'not-id', value);
  return value;
});

export function oneOf<T extends string>(choices: readonly T[]): Rule<T> {
  return rule({ kind: 'one-of', choices }, (value, path, issues) =>
    typeof value === 'string' && (choices as readonly string[]).includes(value)
      ? (value as T)
      : fail(issues, path, `${describe(value)} is not one of ${choices.map((choice) => `"${choice}"`).join(', ')}`, 'not-one-of', value),
  );
}

export const partialDate: Rule<string> = rule({ kind: 'date' }, (value, path, issues) =>
  typeof value === 'string' && parsePartialDate(value)
    ? value
    : fail(
        issues,
        path,
        `${describe(value)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD, from ${EARLIEST_YEAR} on`,
        'not-date',
        value,
      ),
);

/** `null` is a value ("unknown"), not a missing field. */
export function nullable<T>(inner: Rule<T>): Rule<T | null> {
  return rule({ kind: 'nullable', rule: inner.spec }, (value, path, issues) => (value === null ? null : inner(value, path, issues)));
}

/** An absolute http or https URL. */
export const webUrl: Rule<string> = rule({ kind: 'web-url' }, (value, path, issues) => {
  if (typeof value !== 'string' || !isWebUrl(value)) {
    return fail(issues, path, `${describe(value)} is not an http or https URL`, 'not-web-url', value);
  }
  return value.trim();
});

/** A lower-case domain name with at least two labels (`microsoft.com`), as a page's `location.hostname` writes it. */
export const DOMAIN_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The most domains one partner may list. */
export const MAX_DOMAINS = 20;

/** A non-empty list of domain names such as `["telekom.com", "telekom.de"]` (written in lower case, without a scheme or a path). */
export const domainNames: Rule<readonly string[]> = rule({ kind: 'domains' }, (value, path, issues) => {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DOMAINS) {
    return fail(
      issues,
      path,
      `expected a list of 1 to ${MAX_DOMAINS} domain names such as ["telekom.com", "telekom.de"], got ${describe(value)}`,
      'not-domains',
      value,
    );
  }
  const bad = value.findIndex((domain) => typeof domain !== 'string' || !DOMAIN_NAME.test(domain));
  return bad < 0
    ? value
    : fail(
        issues,
        `${path}[${bad}]`,
        `${describe(value[bad])} is not a lower-case domain name such as "microsoft.com"`,
        'not-domain',
        value[bad],
      );
});

/** An image URL: http, https, or relative to the page. */
export const imageUrl: Rule<string> = rule({ kind: 'image-url' }, (value, path, issues) => {
  // Relative to the page in a browser; elsewhere (the coe-widgets command, a server) relative to any web page.
  if (typeof value !== 'string' || webHref(value, globalThis.document?.baseURI ?? 'https://page.invalid/') === undefined) {
    return fail(issues, path, `${describe(value)} is not an http or https URL`, 'not-image-url', value);
  }
  return value.trim();
});
