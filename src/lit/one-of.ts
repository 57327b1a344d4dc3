import type { PropertyValues, ReactiveElement } from 'lit';

/** The allowed values of each enum property, by the prototype that declared it. */
const allowedValues = new WeakMap<object, Map<PropertyKey, readonly string[]>>();

/**
 * Declares an enum property's allowed values, the default first: `@oneOf(KINDS) @property({ reflect: true })`.
 * `keepToAllowedValues` (run by every widget before it updates) then turns any other value into the default.
 */
export function oneOf(allowed: readonly string[]) {
  return (prototype: object, name: PropertyKey): void => {
    const declared = allowedValues.get(prototype) ?? new Map<PropertyKey, readonly string[]>();
    declared.set(name, allowed);
    allowedValues.set(prototype, declared);
  };
}

/**
 * Every enum property of `element` that changed to a value it does not allow, set as a property or
 * through the attribute, becomes its default. Done before the update (not in the setter, where Lit
 * does not reflect a value that came from the attribute), so `reflect` writes the default back and
 * the page always shows what the widget does.
 */
export function keepToAllowedValues(element: ReactiveElement, changed: PropertyValues): void {
  const values = element as unknown as Record<PropertyKey, unknown>;
  for (let prototype = Object.getPrototypeOf(element); prototype; prototype = Object.getPrototypeOf(prototype)) {
    for (const [name, allowed] of allowedValues.get(prototype) ?? []) {
      if (changed.has(name) && !allowed.includes(values[name] as string)) values[name] = allowed[0];
    }
  }
}
