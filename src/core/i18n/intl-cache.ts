/**
 * A function that makes one `Intl` object per key (a locale, or a locale and options) on first use and hands the
 * same one back after: building an `Intl` formatter sets up ICU data, which costs far more than using one.
 */
export function cachedPerKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
