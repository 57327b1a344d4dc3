import type { IssueTexts } from './catalog.js';
import { pluralForm } from '../../i18n/plural.js';

export const de: IssueTexts = {
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
