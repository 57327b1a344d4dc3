/**
 * Loading and checking data, and telling the page's author what was wrong with it: what a widget needs only once it
 * is given data (a `src`, a `data` or list property), never for its embedded default data, which the build checked.
 * Imported on demand by `data-checks-loader.ts`, so a page that shows the default data does not download it.
 */
export { DataLoadError } from '../core/data/errors.js';
export { loadPartnershipDataOnce } from '../core/data/load.js';
export { validateList, validatePartnershipData } from '../core/data/validate.js';
export { reportDataIssues, reportLoadError } from '../core/report.js';
