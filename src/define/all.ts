/** Defines every element (first-wins: a tag already defined is left alone). */
// The default data first (also for hosts that read it from the CDN file): its lists then sit together in a bundle,
// where gzip finds the names they share (measured: about 400 B on this entry and on coe-widgets.js).
export { defaultData } from '../core/data/default-data.js';
export * from './partnership.js';
export * from './contact-form.js';
export * from './highlights-timeline.js';
export * from './benefits-list.js';
export * from './partner-grid.js';
export * from './partner-badge.js';
/** The CDN file's way to add a language: `import { registerTranslation } from '…/coe-widgets.js'`. */
export { registerTranslation, builtInTranslation, type Translation } from '../translation.js';
