/**
 * `css` as this browser can use it: unchanged where `light-dark()` works; elsewhere (Chrome before
 * 123, Firefox before 120, Safari before 17.5) each `light-dark(light, dark)` of plain colours becomes
 * its light colour, so those browsers show the light theme rather than text and borders with no
 * colour at all. On the server, where there is no `CSS`, unchanged: the browser reading it decides.
 */
export function forThisBrowser(css: string): string {
  return globalThis.CSS?.supports('color', 'light-dark(red,red)') === false ? css.replace(/light-dark\(([^,]+),[^)]+\)/g, '$1') : css;
}
