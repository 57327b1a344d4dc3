/**
 * A data document checked for people: every issue as a sentence in their language, whether its item is left out
 * (an error) or kept (a warning), and the closing line. What the `coe-widgets validate` command prints and the
 * Data page's live check shows, from the validator the widgets use.
 */
import type { DataIssue } from './errors.js';
import { describeDataIssue, describeDataSummary, placeOf } from './issue-texts.js';
import { documentShapeIssues, MAX_ITEMS, validateList, validatePartnershipData } from './validate.js';

export interface DataFinding extends DataIssue {
  /** `error`: the item is left out (or the file refused); `warning`: the item is kept without the value. */
  readonly severity: 'error' | 'warning';
  /** The issue as a sentence in the language asked for. */
  readonly text: string;
}

export interface DataCheck {
  /** `valid`: nothing is left out (there may be warnings); `invalid`: an item is left out; `refused`: the file is not a data document. */
  readonly status: 'valid' | 'invalid' | 'refused';
  readonly kept: number;
  readonly dropped: number;
  readonly warnings: number;
  readonly summary: string;
  readonly findings: readonly DataFinding[];
}

/** Whether the item of `issue` is left out: it fails validation on its own, or it repeats an earlier id. */
function dropsItsItem(document: Record<string, unknown[]>, issue: DataIssue): boolean {
  if (issue.code === 'duplicate-id' || issue.code === 'list-cut') return true;
  const { list, index } = placeOf(issue);
  return list !== undefined && index !== undefined && validateList(list, [document[list][index]]).value.length === 0;
}

/** Checks `document` (parsed JSON) and says what it found in `locale` (English, French or German; English otherwise). */
export function checkDataDocument(document: unknown, locale: string): DataCheck {
  const shapeIssues = documentShapeIssues(document);
  if (shapeIssues.length > 0) {
    const findings = shapeIssues.map((issue) => ({ ...issue, severity: 'error' as const, text: describeDataIssue(issue, locale) }));
    return { status: 'refused', kept: 0, dropped: 0, warnings: 0, summary: describeDataSummary(0, 0, 0, locale), findings };
  }
  const { value, errors, leftOut, cut } = validatePartnershipData(document);
  const findings = errors.map((issue) => ({
    ...issue,
    severity: dropsItsItem(document as Record<string, unknown[]>, issue) ? ('error' as const) : ('warning' as const),
    text: describeDataIssue(issue, locale),
  }));
  const kept = Object.values(value).reduce((sum, items) => sum + items.length, 0);
  // Items left out as invalid, and those past the limit of a list that was cut.
  const dropped =
    Object.values(leftOut).reduce((sum, count) => sum + (count ?? 0), 0) +
    Object.values(cut).reduce((sum, length) => sum + (length ?? MAX_ITEMS) - MAX_ITEMS, 0);
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return {
    status: dropped > 0 ? 'invalid' : 'valid',
    kept,
    dropped,
    warnings,
    summary: describeDataSummary(kept, dropped, warnings, locale),
    findings,
  };
}
