/** Defines every element (first-wins: a tag already defined is left alone). */
export * from './partnership.js';
