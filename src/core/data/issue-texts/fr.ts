import type { IssueTexts } from './catalog.js';
import { pluralForm } from '../../i18n/plural.js';

export const fr: IssueTexts = {
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
