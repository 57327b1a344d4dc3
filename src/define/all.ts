/** Defines every element (first-wins: a tag already defined is left alone). */
export * from './partnership.js';
export * from './contact-form.js';
export * from './highlights-timeline.js';
export * from './benefits-list.js';
export * from './partner-grid.js';
export * from './partner-badge.js';
/** The CDN file's way to add a language: `import { registerTranslation } from '…/coe-widgets.js'`. */
export { registerTranslation, builtInTranslation, type Translation } from '../translation.js';
