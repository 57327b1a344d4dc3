import { addBuiltInTexts } from '../core/i18n/registry.js';
import { de } from '../translations/de.js';
import { fr } from '../translations/fr.js';
import * as checks from './data-checks.js';
import { dataChecks } from './data-checks-loader.js';

/**
 * The on-demand code given from the start, for those that render in one pass or must match a render made before:
 * the server renderer, and hydration (whose first update must draw what the server drew, given data included).
 */
export function preloadOnDemand(): void {
  dataChecks.provide(checks);
  addBuiltInTexts('fr', fr);
  addBuiltInTexts('de', de);
}
