/**
 * What is wrong with a data file, as a person reads it, in English, French and German: the list, the item's
 * position counted from 1 and its name, the field, what is wrong and how to put it right. One catalogue for the
 * `coe-widgets validate` command, the browser console and the Data page's live check, so that they name an item
 * the same way: `Partner 3, "Société Exemple": the website "www.societe-exemple.fr" must be a full address
 * starting with https://.`
 */
import type { BuiltInLocale, DataListName } from './types.js';
import type { DataIssue, DataIssueCode } from './errors.js';
import { LIST_SCHEMAS, MAX_ITEMS } from './validate.js';
import { MAX_DOMAINS, type RuleSpec } from './rules.js';
import { formatCount, localize } from '../i18n/format.js';
import { pluralForm } from '../i18n/plural.js';
import { matchLocale } from '../i18n/locale.js';
import { BUILT_IN_LOCALES } from '../i18n/locales.js';

/** What an issue's sentence is made of: the field's name with its article, the value refused, and the rule's limits. */
export interface IssueParts {
  readonly field: string;
  readonly value: string;
  readonly limit: string;
  readonly choices: string;
  readonly other: string;
  readonly list: string;
}

export interface IssueTexts {
  /** "Partner", "Highlight": one item of each list. */
  readonly item: Readonly<Record<DataListName, string>>;
  /** "the list of partners". */
  readonly list: Readonly<Record<DataListName, string>>;
  /** "the website": each field, with its article. */
  readonly fields: Readonly<Record<string, string>>;
  /** A value quoted the language's way. */
  readonly quote: (text: string) => string;
  /** `Partner 3, "Société Exemple": ` */
  readonly prefix: (item: string, position: string, name: string | undefined) => string;
  readonly problems: Readonly<Record<DataIssueCode, (parts: IssueParts) => string>>;
  /** The first line of a console report: whose data, and that the rest is shown. */
  readonly heading: (source: string) => string;
  /** The first line of a console report on a file that is not a data document: nothing of it is shown. */
  readonly refused: (source: string) => string;
  /** A console report spells out 20 issues of a list, then counts the rest. */
  readonly more: (count: string, list: string) => string;
  /** The file is not JSON: where. */
  readonly syntax: (line: string, column: string) => string;
  /** The file could not be read: which, and the system's reason. */
  readonly unreadable: (what: string, reason: string) => string;
  /** The reason when there is no file of that name. */
  readonly noSuchFile: string;
  /** The closing line: items kept, items left out, warnings. */
  readonly summary: (kept: number, dropped: number, warnings: number, count: (value: number) => string) => string;
}

const en: IssueTexts = {
  item: { partners: 'Partner', highlights: 'Highlight', benefits: 'Benefit', cooperation: 'Form of cooperation' },
  list: {
    partners: 'the list of partners',
    highlights: 'the list of highlights',
    benefits: 'the list of benefits',
    cooperation: 'the list of forms of cooperation',
  },
  fields: {
    id: 'the id',
    name: 'the name',
    kind: 'the kind',
    joined: 'the date joined',
    website: 'the website',
    domains: 'the domains',
    logo: 'the logo',
    description: 'the description',
    date: 'the date',
    title: 'the title',
    text: 'the text',
    link: 'the link',
  },
  quote: (text) => `"${text}"`,
  prefix: (item, position, name) => `${item} ${position}${name ? `, ${en.quote(name)}` : ''}: `,
  problems: {
    'not-document': () => 'the file must be a JSON object, such as {"partners": [ ]}.',
    'not-list': ({ list }) => `${list} must be a list in square brackets [ ].`,
    'list-cut': ({ value, limit }) => `the list has ${value} items: only the first ${limit} are shown. Split the file.`,
    'not-object': () => 'this item must be an object in braces { }.',
    required: ({ field }) => `${field} is missing: add it.`,
    'duplicate-id': ({ value, other }) => `the id ${value} is already used by item ${other} of the list: give each item its own id.`,
    'not-text': ({ field, value }) => `${field} ${value} must be a text in double quotes.`,
    empty: ({ field }) => `${field} is empty: write the text.`,
    'too-long': ({ field, value, limit }) => `${field} is ${value} characters long: shorten it to ${limit} at most.`,
    'no-translation': ({ field }) => `${field} has no translation: write at least one, such as {"en": "Text"}.`,
    'not-language': ({ field, value }) => `${value} in ${field} is not a language code: use one such as "en", "fr" or "de".`,
    'not-id': ({ value }) => `the id ${value} must be in lower case, with hyphens between words, such as "deutsche-telekom".`,
    'not-one-of': ({ field, value, choices }) => `${field} ${value} must be one of ${choices}.`,
    'not-date': ({ field, value }) => `${field} ${value} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2017-11-08".`,
    'not-web-url': ({ field, value }) => `${field} ${value} must be a full address starting with https://.`,
    'not-domains': ({ field, limit }) => `${field} must be a list of 1 to ${limit} domain names, such as ["telekom.com", "telekom.de"].`,
    'not-domain': ({ value }) => `the domain ${value} must be in lower case, without https:// or a path, such as "telekom.com".`,
    'not-image-url': ({ field, value }) => `${field} ${value} must be an address starting with https://, or one relative to the page.`,
  },
  heading: (source) => `coe-partnership-widgets: ${source}: some of the data is invalid; the rest is shown.`,
  refused: (source) => `coe-partnership-widgets: ${source} is not a data document, so nothing of it is shown:`,
  more: (count, list) => `… and ${count} more in ${list}`,
  syntax: (line, column) =>
    `The file is not valid JSON at line ${line}, column ${column}: look there, or just before, for a missing or extra comma, quote or bracket.`,
  unreadable: (what, reason) => `Cannot read ${what}: ${reason}`,
  noSuchFile: 'there is no such file.',
  summary: (kept, dropped, warnings, count) =>
    `${count(kept)} ${pluralForm(kept, 'en', { one: 'item', other: 'items' })} kept, ${count(dropped)} left out, ${count(warnings)} ${pluralForm(warnings, 'en', { one: 'warning', other: 'warnings' })}.`,
};

const fr: IssueTexts = {
  item: { partners: 'Partenaire', highlights: 'Temps fort', benefits: 'Avantage', cooperation: 'Forme de coopération' },
  list: {
    partners: 'la liste des partenaires',
    highlights: 'la liste des temps forts',
    benefits: 'la liste des avantages',
    cooperation: 'la liste des formes de coopération',
  },
  fields: {
    id: 'l’identifiant',
    name: 'le nom',
    kind: 'le type',
    joined: 'la date d’adhésion',
    website: 'le site web',
    domains: 'les domaines',
    logo: 'le logo',
    description: 'la description',
    date: 'la date',
    title: 'le titre',
    text: 'le texte',
    link: 'le lien',
  },
  quote: (text) => `«\u00a0${text}\u00a0»`,
  prefix: (item, position, name) => `${item} ${position}${name ? `, ${fr.quote(name)}` : ''}\u00a0: `,
  problems: {
    'not-document': () => 'le fichier doit être un objet JSON, par exemple {"partners": [ ]}.',
    'not-list': ({ list }) => `${list} doit être une liste entre crochets [ ].`,
    'list-cut': ({ value, limit }) =>
      `la liste compte ${value} éléments\u00a0: seuls les ${limit} premiers sont affichés. Scindez le fichier.`,
    'not-object': () => 'cet élément doit être un objet entre accolades { }.',
    required: ({ field }) => `${field} manque\u00a0: ajoutez ce champ.`,
    'duplicate-id': ({ value, other }) =>
      `l’identifiant ${value} est déjà celui de l’élément ${other} de la liste\u00a0: donnez à chaque élément son propre identifiant.`,
    'not-text': ({ field, value }) => `${field} ${value} doit être un texte entre guillemets droits.`,
    empty: ({ field }) => `${field} est vide\u00a0: écrivez le texte.`,
    'too-long': ({ field, value, limit }) => `${field} compte ${value} caractères\u00a0: ramenez ce texte à ${limit} caractères au plus.`,
    'no-translation': ({ field }) => `${field} n’a aucune traduction\u00a0: écrivez-en au moins une, par exemple {"fr": "Texte"}.`,
    'not-language': ({ field, value }) =>
      `${value} dans ${field} n’est pas un code de langue\u00a0: utilisez par exemple "en", "fr" ou "de".`,
    'not-id': ({ value }) =>
      `l’identifiant ${value} doit être en minuscules, avec des traits d’union entre les mots, par exemple "deutsche-telekom".`,
    'not-one-of': ({ field, value, choices }) => `${field} ${value} doit être l’une de ces valeurs\u00a0: ${choices}.`,
    'not-date': ({ field, value }) => `${field} ${value} doit être une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple "2017-11-08".`,
    'not-web-url': ({ field, value }) => `${field} ${value} doit être une adresse complète commençant par https://.`,
    'not-domains': ({ field, limit }) =>
      `${field} doivent être une liste de 1 à ${limit} noms de domaine, par exemple ["telekom.com", "telekom.de"].`,
    'not-domain': ({ value }) => `le domaine ${value} doit être écrit en minuscules, sans https:// ni chemin, par exemple "telekom.com".`,
    'not-image-url': ({ field, value }) => `${field} ${value} doit être une adresse commençant par https://, ou relative à la page.`,
  },
  heading: (source) =>
    `coe-partnership-widgets\u00a0: ${source}\u00a0: une partie des données n’est pas valide\u00a0; le reste est affiché.`,
  refused: (source) => `coe-partnership-widgets\u00a0: ${source} n’est pas un document de données, rien n’en est donc affiché\u00a0:`,
  more: (count, list) => `… et ${count} de plus dans ${list}`,
  syntax: (line, column) =>
    `Le fichier n’est pas du JSON valide à la ligne ${line}, colonne ${column}\u00a0: cherchez là, ou juste avant, une virgule, un guillemet ou un crochet en trop ou manquant.`,
  unreadable: (what, reason) => `Impossible de lire ${what}\u00a0: ${reason}`,
  noSuchFile: 'ce fichier n’existe pas.',
  summary: (kept, dropped, warnings, count) =>
    `${count(kept)} ${pluralForm(kept, 'fr', { one: 'élément gardé', other: 'éléments gardés' })}, ${count(dropped)} ${pluralForm(dropped, 'fr', { one: 'écarté', other: 'écartés' })}, ${count(warnings)} ${pluralForm(warnings, 'fr', { one: 'avertissement', other: 'avertissements' })}.`,
};

const de: IssueTexts = {
  item: { partners: 'Partner', highlights: 'Höhepunkt', benefits: 'Vorteil', cooperation: 'Form der Zusammenarbeit' },
  list: {
    partners: 'die Liste der Partner',
    highlights: 'die Liste der Höhepunkte',
    benefits: 'die Liste der Vorteile',
    cooperation: 'die Liste der Formen der Zusammenarbeit',
  },
  fields: {
    id: 'die ID',
    name: 'der Name',
    kind: 'die Art',
    joined: 'das Beitrittsdatum',
    website: 'die Website',
    domains: 'die Domains',
    logo: 'das Logo',
    description: 'die Beschreibung',
    date: 'das Datum',
    title: 'der Titel',
    text: 'der Text',
    link: 'der Link',
  },
  quote: (text) => `„${text}“`,
  prefix: (item, position, name) => `${item} ${position}${name ? `, ${de.quote(name)}` : ''}: `,
  problems: {
    'not-document': () => 'die Datei muss ein JSON-Objekt sein, zum Beispiel {"partners": [ ]}.',
    'not-list': ({ list }) => `${list} muss eine Liste in eckigen Klammern [ ] sein.`,
    'list-cut': ({ value, limit }) =>
      `die Liste hat ${value} Einträge: Nur die ersten ${limit} werden angezeigt. Teilen Sie die Datei auf.`,
    'not-object': () => 'dieser Eintrag muss ein Objekt in geschweiften Klammern { } sein.',
    required: ({ field }) => `${field} fehlt: Ergänzen Sie das Feld.`,
    'duplicate-id': ({ value, other }) =>
      `die ID ${value} wird schon von Eintrag ${other} der Liste verwendet: Geben Sie jedem Eintrag eine eigene ID.`,
    'not-text': ({ field, value }) => `${field} ${value} muss ein Text in geraden Anführungszeichen sein.`,
    empty: ({ field }) => `${field} ist leer: Schreiben Sie den Text.`,
    'too-long': ({ field, value, limit }) => `${field} ist ${value} Zeichen lang: Kürzen Sie den Text auf höchstens ${limit} Zeichen.`,
    'no-translation': ({ field }) => `${field} hat keine Übersetzung: Schreiben Sie mindestens eine, zum Beispiel {"de": "Text"}.`,
    'not-language': ({ field, value }) => `${value} in ${field} ist kein Sprachcode: Verwenden Sie zum Beispiel "en", "fr" oder "de".`,
    'not-id': ({ value }) =>
      `die ID ${value} muss kleingeschrieben sein, mit Bindestrichen zwischen den Wörtern, zum Beispiel "deutsche-telekom".`,
    'not-one-of': ({ field, value, choices }) => `${field} ${value} muss einer dieser Werte sein: ${choices}.`,
    'not-date': ({ field, value }) =>
      `${field} ${value} muss ein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT sein, zum Beispiel "2017-11-08".`,
    'not-web-url': ({ field, value }) => `${field} ${value} muss eine vollständige Adresse sein, die mit https:// beginnt.`,
    'not-domains': ({ field, limit }) =>
      `${field} müssen eine Liste von 1 bis ${limit} Domainnamen sein, zum Beispiel ["telekom.com", "telekom.de"].`,
    'not-domain': ({ value }) => `die Domain ${value} muss kleingeschrieben sein, ohne https:// und ohne Pfad, zum Beispiel "telekom.com".`,
    'not-image-url': ({ field, value }) =>
      `${field} ${value} muss eine Adresse sein, die mit https:// beginnt, oder eine relative Adresse.`,
  },
  heading: (source) => `coe-partnership-widgets: ${source}: Ein Teil der Daten ist ungültig; der Rest wird angezeigt.`,
  refused: (source) => `coe-partnership-widgets: ${source} ist kein Datendokument, daher wird nichts daraus angezeigt:`,
  more: (count, list) => `… und ${count} weitere in ${list}`,
  syntax: (line, column) =>
    `Die Datei ist in Zeile ${line}, Spalte ${column} kein gültiges JSON: Suchen Sie dort oder kurz davor ein fehlendes oder überzähliges Komma, Anführungszeichen oder eine Klammer.`,
  unreadable: (what, reason) => `${what} kann nicht gelesen werden: ${reason}`,
  noSuchFile: 'Diese Datei gibt es nicht.',
  summary: (kept, dropped, warnings, count) =>
    `${count(kept)} ${pluralForm(kept, 'de', { one: 'Eintrag', other: 'Einträge' })} übernommen, ${count(dropped)} ausgelassen, ${count(warnings)} ${pluralForm(warnings, 'de', { one: 'Warnung', other: 'Warnungen' })}.`,
};

/** The catalogue of each built-in language. */
export const ISSUE_TEXTS: Readonly<Record<BuiltInLocale, IssueTexts>> = { en, fr, de };

const ISSUE_PATH = /^(?<list>[a-z]+)(?:\[(?<index>\d+)\](?:\.(?<field>[a-z]+))?)?/;

/** Where an issue is: its list, the item's index and its field, from its path (`partners[2].website.en`). */
export function placeOf(issue: DataIssue): { list?: DataListName; index?: number; field?: string } {
  const match = ISSUE_PATH.exec(issue.path)?.groups;
  if (!match || !(match.list in LIST_SCHEMAS)) return {};
  return {
    list: match.list as DataListName,
    ...(match.index === undefined ? {} : { index: Number(match.index) }),
    ...(match.field === undefined ? {} : { field: match.field }),
  };
}

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** An item's name for people, in `locale`, short. */
function nameOf(issue: DataIssue, locale: BuiltInLocale): string | undefined {
  const name = issue.item === undefined ? '' : String(localize(issue.item, locale)).trim();
  return name ? short(name) : undefined;
}

/** A refused value, short, as the file writes it: a text in the language's quotation marks, anything else as JSON (42, null, {}). */
function shown(value: unknown, texts: IssueTexts): string {
  return typeof value === 'string' ? texts.quote(short(value)) : short(JSON.stringify(value) ?? String(value));
}

/** The rule of a field, for its limits and choices. */
function specOf(list: DataListName | undefined, field: string | undefined): RuleSpec | undefined {
  const spec = list && field ? LIST_SCHEMAS[list][field]?.rule.spec : undefined;
  return spec?.kind === 'nullable' ? spec.rule : spec;
}

/** The built-in language of the catalogue for `locale` (`fr-CH` → `fr`): English for a language without one. */
const catalogueLocale = (locale: string): BuiltInLocale => matchLocale(locale, BUILT_IN_LOCALES) ?? 'en';

/** One issue as a sentence in `locale` (English for a language without a catalogue): where, what, and how to put it right. */
export function describeDataIssue(issue: DataIssue, locale: string): string {
  const language = catalogueLocale(locale);
  const texts = ISSUE_TEXTS[language];
  const { list, index, field } = placeOf(issue);
  const prefix =
    list && index !== undefined && issue.code !== 'list-cut'
      ? texts.prefix(texts.item[list], formatCount(index + 1, language), nameOf(issue, language))
      : '';
  const spec = specOf(list, field);
  const limit =
    issue.code === 'list-cut' ? MAX_ITEMS : spec && 'maxLength' in spec ? spec.maxLength : issue.code === 'not-domains' ? MAX_DOMAINS : 0;
  const parts: IssueParts = {
    field: (field && texts.fields[field]) ?? field ?? '',
    value:
      typeof issue.value === 'number' && (issue.code === 'too-long' || issue.code === 'list-cut')
        ? formatCount(issue.value, language)
        : shown(issue.value, texts),
    limit: formatCount(limit, language),
    choices: spec && 'choices' in spec ? spec.choices.map((choice) => texts.quote(choice)).join(', ') : '',
    other: issue.other === undefined ? '' : formatCount(issue.other + 1, language),
    list: list ? texts.list[list] : '',
  };
  const problem = issue.code ? texts.problems[issue.code](parts) : issue.message;
  // A sentence after a colon starts with a capital in German, not in English or French.
  return prefix && language !== 'de' ? `${prefix}${problem}` : `${prefix}${problem.charAt(0).toUpperCase()}${problem.slice(1)}`;
}

/** The closing line of a check: items kept, items left out, warnings, in `locale`. */
export function describeDataSummary(kept: number, dropped: number, warnings: number, locale: string): string {
  const language = catalogueLocale(locale);
  return ISSUE_TEXTS[language].summary(kept, dropped, warnings, (value) => formatCount(value, language));
}

/** The catalogue of `locale`, English for a language without one. */
export const issueTextsFor = (locale: string): IssueTexts => ISSUE_TEXTS[catalogueLocale(locale)];
