/** A widget's colour scheme: `auto` (the default) follows `prefers-color-scheme`; `light` and `dark` force one. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
