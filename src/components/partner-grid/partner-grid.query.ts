import { comparePartialDates } from '../../core/data/partial-date.js';
import type { Locale, Partner, PartnerKind } from '../../core/data/types.js';
import { intlLocaleOf, isBuiltInLocale } from '../../core/i18n/locales.js';

export type KindFilter = PartnerKind | 'all';

/** The kind filter's choices, in the order it shows them. */
export const KIND_FILTERS: readonly KindFilter[] = ['all', 'company', 'association'];
/** `name` (the default: alphabetical in the visitor's language) or `joined` (oldest first). */
export const PARTNER_SORTS = ['name', 'joined'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

const searchKeys = new WeakMap<Partner, string>();
const collators = new Map<Locale, Intl.Collator>();

/** Case- and accent-insensitive form of a text: "Telefónica" → "telefonica". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function searchKeyOf(partner: Partner): string {
  let key = searchKeys.get(partner);
  if (key === undefined) {
    key = foldForSearch(`${partner.name} ${partner.id}`);
    searchKeys.set(partner, key);
  }
  return key;
}

/** True when the partner is of `kind` and its name (or id) contains every word of the query. */
export function matchesPartner(partner: Partner, kind: KindFilter, foldedQuery: string): boolean {
  if (kind !== 'all' && partner.kind !== kind) return false;
  if (foldedQuery === '') return true;
  const key = searchKeyOf(partner);
  return foldedQuery.split(/\s+/).every((word) => key.includes(word));
}

/**
 * How a built-in language's collator (base sensitivity) orders two names, when one look is enough: they are the same
 * (ignoring case) up to their first difference, and there both have an ASCII letter, or the shorter one ends where
 * the longer has one. English, French and German all use CLDR's root collation, which orders those letters a to z.
 * Anything else (a digit, punctuation, an accent at the first difference) is `undefined`: ask the collator. Why not
 * always ask it: a page's first `Intl.Collator` sets up ICU's collation data, measured at 20 ms in a fresh Chromium
 * page, to confirm an order the data already has (issue 22). The test compares this with `Intl.Collator` in each engine.
 */
export function plainNameOrder(a: string, b: string): -1 | 1 | undefined {
  const first = a.toLowerCase();
  const second = b.toLowerCase();
  let index = 0;
  while (index < first.length && index < second.length && first[index] === second[index]) index++;
  const isLetter = (text: string): boolean => index < text.length && text[index] >= 'a' && text[index] <= 'z';
  const isEnd = (text: string): boolean => index === text.length;
  if ((isLetter(first) || isEnd(first)) && (isLetter(second) || isEnd(second)) && !(isEnd(first) && isEnd(second)))
    return isEnd(first) || (!isEnd(second) && first[index] < second[index]) ? -1 : 1;
  return undefined;
}

/** The partners by name when `plainNameOrder` decides every comparison the sort makes; else `undefined`. */
function sortedByPlainNames(partners: readonly Partner[]): Partner[] | undefined {
  let isDecided = true;
  // Once one comparison is undecided the collator sorts instead: the rest of this sort only runs out.
  const sorted = [...partners].sort((a, b) => (isDecided && plainNameOrder(a.name, b.name)) || ((isDecided = false), 0));
  return isDecided ? sorted : undefined;
}

/**
 * Partners in the order asked: by name in the visitor's language, or by join date with unknown dates last. Names that
 * `plainNameOrder` can order (the default data's can) need no collator in a built-in language.
 */
export function sortPartners(partners: readonly Partner[], sort: PartnerSort, locale: Locale): Partner[] {
  const plain = sort === 'name' && isBuiltInLocale(locale) ? sortedByPlainNames(partners) : undefined;
  if (plain) return plain;
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(intlLocaleOf(locale), { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  const byName = (a: Partner, b: Partner): number => collator.compare(a.name, b.name);
  const compare = sort === 'joined' ? (a: Partner, b: Partner) => comparePartialDates(a.joined, b.joined) || byName(a, b) : byName;
  return [...partners].sort(compare);
}

/** How many partners of each kind (for the filter's counts). */
export function countByKind(partners: readonly Partner[]): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = { all: partners.length, company: 0, association: 0 };
  for (const partner of partners) counts[partner.kind]++;
  return counts;
}

/** A short typographic mark from a name: "(CCIA)" → "CCIA", "Deutsche Telekom" → "DT", "IBM" → "IBM". */
export function monogramOf(name: string): string {
  const acronym = /\(([A-Z][A-Z0-9&]{1,5})\)/.exec(name)?.[1];
  if (acronym) return acronym;
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s&-]+/)
    .filter((word) => word && !/^(the|of|and|for|de|des|du|la|le|les)$/i.test(word));
  if (words.length === 1 && /^[\p{Lu}\d&]{2,5}$/u.test(words[0])) return words[0];
  return words
    .slice(0, 2)
    .map((word) => [...word][0].toLocaleUpperCase())
    .join('');
}
