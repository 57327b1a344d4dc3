import { DataValidationError, type DataIssue, type DataLoadError } from './data/errors.js';
import { describeDataIssue, issueTextsFor } from './data/issue-texts.js';
import { BUILT_IN_LOCALES } from './i18n/locales.js';
import { resolveLocale } from './i18n/locale.js';
import { CoeDataErrorEvent } from './events.js';

/**
 * What the console was already told: one validation's issues, or one load's error. Widgets sharing
 * a `src` share its load (loadPartnershipDataOnce), so a document is reported once, not once per widget.
 */
const reported = new WeakSet<object>();

function logOnce(key: object, error: Error): void {
  if (reported.has(key)) return;
  reported.add(key);
  console.error(error);
}

/**
 * Tells the page's author (a console error naming each item and field, once per validated document or property
 * value, in the language of `target`, in the words of the `coe-widgets validate` command) and the host page (a
 * `coe-data-error` event on `target`) what invalid data was left out. `source` says whose data: a URL, or
 * `<coe-partner-grid>.partners`.
 */
export function reportDataIssues(target: Element, issues: readonly DataIssue[], source: string): void {
  if (issues.length === 0) return;
  logOnce(issues, new DataValidationError(issues, source, resolveLocale(target, BUILT_IN_LOCALES)));
  target.dispatchEvent(new CoeDataErrorEvent(issues));
}

/**
 * Tells the page's author why data could not be loaded, once per failed load; a body that is not JSON with its
 * line and column, in the language of `target`.
 */
export function reportLoadError(error: DataLoadError, target: Element): void {
  const { syntax, issues } = error;
  const locale = resolveLocale(target, BUILT_IN_LOCALES);
  const texts = issueTextsFor(locale);
  if (issues) {
    const lines = issues.map((issue) => `  ${describeDataIssue(issue, locale)} (${issue.path || '(root)'})`);
    return logOnce(error, Object.assign(new Error(`${texts.refused(error.url)}\n${lines.join('\n')}`), { cause: error }));
  }
  if (!syntax) return logOnce(error, error);
  logOnce(
    error,
    Object.assign(
      new Error(`coe-partnership-widgets: ${error.url}: ${texts.syntax(String(syntax.line), String(syntax.column))}\n\n${syntax.excerpt}`),
      { cause: error },
    ),
  );
}
