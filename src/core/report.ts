import { DataValidationError, type DataIssue, type DataLoadError } from './data/errors.js';
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
 * Tells the page's author (a console error naming the field paths, once per validated
 * document or property value) and the host page (a `coe-data-error` event on `target`)
 * what invalid data was left out. `source` says whose data: "data from /partners.json".
 */
export function reportDataIssues(target: Element, issues: readonly DataIssue[], source: string): void {
  if (issues.length === 0) return;
  logOnce(issues, new DataValidationError(issues, source));
  target.dispatchEvent(new CoeDataErrorEvent(issues));
}

/** Tells the page's author why data could not be loaded, once per failed load. */
export function reportLoadError(error: DataLoadError): void {
  logOnce(error, error);
}
