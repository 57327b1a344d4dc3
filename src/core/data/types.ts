/**
 * The data model of the partnership widgets (the README's Data section describes the format).
 * Lit-free: the badge and the server renderer use it too.
 */

/** The languages the widgets ship complete texts for: English and French (the Council of Europe's official languages) and German. */
export type BuiltInLocale = 'en' | 'fr' | 'de';

/**
 * A language the widgets speak: a built-in one, or one a host added with `registerTranslation`
 * (its language subtag in lower case, such as `it`).
 */
export type Locale = BuiltInLocale | (string & {});

/** A text: one string for every language, or one translation per language code. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date known to that precision. */
export type PartialDate = string;

export type PartnerKind = 'company' | 'association';

export interface Partner {
  /** kebab-case, unique in the list */
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  /** When the partner joined, at the precision known; `null` when unknown. */
  readonly joined: PartialDate | null;
  /** http or https URL of the partner's website. */
  readonly website: string;
  /**
   * Registrable domains (`telekom.com`, `telekom.de`) on which the partner's badge may claim the partnership:
   * a page on one of them or on a subdomain of one. Only the roster inside the badge's own script counts.
   */
  readonly domains?: readonly string[];
  readonly logo?: string;
  readonly description?: LocalizedText;
}

export interface Highlight {
  readonly id: string;
  readonly date: PartialDate;
  readonly title: LocalizedText;
  readonly text?: LocalizedText;
  readonly link?: string;
}

/** A benefit of the partnership or a form of cooperation. */
export interface TextItem {
  readonly id: string;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
}

/** One JSON document; every part optional. */
export interface PartnershipData {
  readonly partners?: readonly Partner[];
  readonly highlights?: readonly Highlight[];
  readonly benefits?: readonly TextItem[];
  readonly cooperation?: readonly TextItem[];
}

/** The lists of a data document. */
export type DataListName = keyof PartnershipData;
