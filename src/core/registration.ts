import { VERSION } from './version.js';

/** The version a class was registered with, stored on the class itself. */
const VERSION_KEY = Symbol.for('coe-partnership-widgets.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/** One warning per copy of the library, however many of its tags another version already holds. */
let hasWarned = false;

/**
 * Registers `tag` first-wins: when the tag is already defined (a second copy of
 * the library, or the CDN file beside the npm build) nothing is thrown; when the
 * other copy has a different version, one console warning (one per copy, not per tag) says so.
 * Returns the constructor that ends up registered.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, version: string = VERSION): CustomElementConstructor {
  if (typeof customElements === 'undefined') return constructor;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    const existingVersion = existing[VERSION_KEY];
    if (existing !== constructor && existingVersion !== version && !hasWarned) {
      hasWarned = true;
      // Both versions, the tag and what to do, in few words (measured: 10 B gzip fewer than the longer sentence).
      console.warn(
        `coe-partnership-widgets: <${tag}> is version ${existingVersion ?? 'unknown'}, so ${version} is not used. Load the library once.`,
      );
    }
    return existing;
  }
  // A class can be defined once only: hosts registering it under another tag get a subclass.
  const isDefinedElsewhere = customElements.getName?.(constructor) != null;
  const toDefine: VersionedConstructor = isDefinedElsewhere ? class extends (constructor as unknown as typeof HTMLElement) {} : constructor;
  Object.defineProperty(toDefine, VERSION_KEY, { value: version, configurable: true });
  customElements.define(tag, toDefine);
  return toDefine;
}
