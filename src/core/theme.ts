/** A widget's colour scheme: `auto` (the default) follows the `color-scheme` the element inherits from the host page (light where the page declares none); `light` and `dark` force one. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
