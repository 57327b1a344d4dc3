import { OnDemand } from './on-demand.js';

/** The data checks (`data-checks.ts`): loading, validation and reports, imported the first time a widget is given data. */
export type DataChecks = typeof import('./data-checks.js');

export const dataChecks = new OnDemand<DataChecks>(() => import('./data-checks.js'));
