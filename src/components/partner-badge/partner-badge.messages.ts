/**
 * The badge's texts. English and French (the Council of Europe's official languages) are carried in the
 * script; each of the badge's other languages is a JSON file of the same shape in `badge-languages/`
 * beside it, fetched from the script's own folder the first time a badge needs it. The files are data,
 * never code: a text only ever becomes `textContent`, and a file that is not of this shape is not used.
 */
import type { BadgeLanguage } from './partner-badge.languages.js';

/**
 * The badge's texts in one language, in this order (a `{}` in a text stands for the value it is given). A list
 * rather than an object, so that neither the script nor the language files carry key names: measured, 72 B gzip
 * fewer in the script and 58 in the largest language file (el.json).
 */
export type PartnerBadgeMessages = readonly [
  /** The claim, as the two lines it is shown on: "Digital Partner", "of the Council of Europe". */
  claimLine1: string,
  claimLine2: string,
  /** The neutral state's two lines, the programme, claiming nothing: "Council of Europe", "Digital Partnership". */
  programmeLine1: string,
  programmeLine2: string,
  /** Shown instead of the partner's name when the badge does not verify. */
  unverified: string,
  /** The full variant's line, `{}` the year: "Partner since {}". */
  since: string,
  /** Ends the link's accessible name: where it leads, `{}` a host name such as www.coe.int. */
  leadsTo: string,
];

/** The folder, beside the script, that holds a JSON file per language other than English and French. */
export const BADGE_LANGUAGE_FOLDER = 'badge-languages/';

/** English, the texts a badge falls back to. */
export const englishBadgeMessages: PartnerBadgeMessages = [
  'Digital Partner',
  'of the Council of Europe',
  'Council of Europe',
  'Digital Partnership',
  'Partner not verified',
  'Partner since {}',
  ' – see the Digital Partnership page on {}',
];

const messages: Partial<Record<BadgeLanguage, PartnerBadgeMessages | Promise<PartnerBadgeMessages>>> = {
  en: englishBadgeMessages,
  fr: [
    'Partenaire numérique',
    'du Conseil de l’Europe',
    'Conseil de l’Europe',
    'Partenariat numérique',
    'Partenaire non vérifié',
    'Partenaire depuis {}',
    ' – voir la page du Partenariat numérique sur {}',
  ],
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.length < 200;

/** `json` when it has the shape of the badge's texts (seven short strings), else `undefined`. */
export function asBadgeMessages(json: unknown): PartnerBadgeMessages | undefined {
  return Array.isArray(json) && json.length === englishBadgeMessages.length && json.every(isText)
    ? (json as unknown as PartnerBadgeMessages)
    : undefined;
}

/** The texts of `language` when they are at hand (English, French, a language already fetched). */
export function badgeMessagesAtHand(language: BadgeLanguage): PartnerBadgeMessages | undefined {
  const texts = messages[language];
  return texts instanceof Promise ? undefined : texts;
}

/**
 * The texts of `language`: at once for English, French and a language already fetched, else a promise of
 * them (fetched once per page from `folder`, without cookies or referrer), which rejects when the file cannot
 * be had or is not the badge's texts.
 */
export function badgeMessages(language: BadgeLanguage, folder: URL): PartnerBadgeMessages | Promise<PartnerBadgeMessages> {
  return (messages[language] ??= fetch(new URL(`${language}.json`, folder), { credentials: 'omit', referrerPolicy: 'no-referrer' })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json) => {
      const texts = asBadgeMessages(json);
      if (!texts) throw new Error(`${folder}${language}.json is not the badge's texts`);
      return (messages[language] = texts);
    }));
}

/** Puts `value` in place of the `{}` in `text`. */
export const fill = (text: string, value: string): string => text.replace('{}', value);
