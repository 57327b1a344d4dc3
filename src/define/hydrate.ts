/**
 * Defines every element, like `all.js`, for pages whose widgets were rendered
 * on the server (`coe-partnership-widgets/ssr`): a Lit widget that already has
 * its declarative shadow root is hydrated (its server DOM is kept and brought
 * to life) instead of drawn again; the badge keeps its server-rendered root.
 * Load it instead of `all.js`, before anything else that loads Lit's elements:
 * Lit's hydration support must be in place before `LitElement` is defined.
 */
// No re-exports (a build would hoist the elements' modules above the hydration support): the classes come from `all.js` or the index.
import './hydrate-support.js';
import { preloadOnDemand } from '../lit/preload-on-demand.js';
import './all.js';

// The first update must draw what the server drew: the data checks (for list properties given before this script) and
// the French and German texts are here from the start.
preloadOnDemand();
