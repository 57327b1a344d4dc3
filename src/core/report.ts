import { DataValidationError, type DataIssue } from './data/errors.js';
import { CoeDataErrorEvent } from './events.js';

/**
 * Tells the page's author (a console error naming each field path) and the
 * host page (a `coe-data-error` event) what invalid data was left out.
 */
export function reportDataIssues(target: Element, issues: readonly DataIssue[], source: string): void {
  if (issues.length === 0) return;
  console.error(new DataValidationError(issues, `${source} of <${target.localName}>`));
  target.dispatchEvent(new CoeDataErrorEvent(issues));
}
