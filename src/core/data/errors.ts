/** One problem found in a data document, with the path of the field, e.g. `partners[3].website`. */
export interface DataIssue {
  readonly path: string;
  readonly message: string;
}

/** One issue as a line of text: `partners[3].website: "ftp://x" is not an http or https URL`. */
export function describeIssue(issue: DataIssue): string {
  return `${issue.path || '(root)'}: ${issue.message}`;
}

/** Invalid data: carries every issue found, each with its path. */
export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], source = 'data') {
    const lines = issues.map((issue) => `  ${describeIssue(issue)}`);
    super(`coe-partnership-widgets: invalid ${source}; the valid part is shown.\n${lines.join('\n')}`);
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

  constructor(reason: DataLoadFailure, url: string, detail: string, status?: number) {
    super(`coe-partnership-widgets: could not load ${url}: ${detail}`);
    this.reason = reason;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}
