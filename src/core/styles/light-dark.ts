/** `light-dark(<light>, <dark>)` with plain colour arguments (hex, names): the light one is captured. */
const LIGHT_DARK = /light-dark\(\s*([^,()]+?)\s*,\s*[^()]+\)/g;

/**
 * `css` as this browser can use it: unchanged where `light-dark()` works; elsewhere (Chrome before
 * 123, Firefox before 120, Safari before 17.5) each `light-dark(light, dark)` becomes its light
 * colour, so those browsers show the light theme rather than text and borders with no colour at
 * all. On the server, where there is no `CSS`, unchanged: the browser reading it decides.
 */
export function forThisBrowser(css: string): string {
  const understandsLightDark = typeof CSS === 'undefined' || CSS.supports('color', 'light-dark(#000, #fff)');
  return understandsLightDark ? css : css.replace(LIGHT_DARK, '$1');
}
