/**
 * Lit's hydration support, in a module of its own so that bundlers keep it
 * before the elements in `hydrate.ts` (a build hoists a package's own modules
 * above external imports): it must run before `LitElement` is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
