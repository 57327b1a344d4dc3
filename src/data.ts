/**
 * The data tools, without Lit and without any element: for a build step, a CI job, a server or an editor's own
 * tool. The `coe-widgets validate` and `init` commands run on this entry. No side effects.
 */
export { defaultData } from './core/data/default-data.js';
export { documentShapeIssues, validateList, validatePartnershipData, type ValidationResult } from './core/data/validate.js';
export { fetchDataText, fetchDataDocument, loadPartnershipData, type LoadOptions } from './core/data/load.js';
export { DataLoadError, DataValidationError, describeIssue, type DataIssue, type DataIssueCode } from './core/data/errors.js';
export { describeDataIssue, describeDataSummary, issueTextsFor, placeOf, ISSUE_TEXTS } from './core/data/issue-texts.js';
export { checkDataDocument, type DataCheck, type DataFinding } from './core/data/check.js';
export { parseJson, type JsonSyntaxError } from './core/data/json-syntax.js';
export { partnershipDataSchema, DATA_SCHEMA_FILE, DATA_SCHEMA_URL, type JsonSchema } from './core/data/schema.js';
export type * from './core/data/types.js';
