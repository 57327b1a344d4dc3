import type { Translation } from '../translation.js';
import { contactErrorsGerman } from '../components/contact-form/contact-form.error-texts.de.js';
import { pluralForm } from '../core/i18n/plural.js';

/**
 * Every text of the widgets in German, as one typed translation (a missing text fails the typecheck). A
 * widget that speaks German imports it when it first needs it (src/lit/language-texts.ts), so a page in another
 * language does not load it; the server renderer and `builtInTranslation` import it directly.
 */
export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  common: {
    loading: 'Wird geladen …',
    loadError: 'Diese Informationen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    dataError: 'Diese Informationen können nicht angezeigt werden.',
    invalidItems: (count, formatted) =>
      pluralForm(count, 'de', {
        one: 'Ein Eintrag kann nicht angezeigt werden, weil seine Daten ungültig sind.',
        other: `${formatted} Einträge können nicht angezeigt werden, weil ihre Daten ungültig sind.`,
      }),
    listCut: (shown, total) => `Nur die ersten ${shown} Einträge werden angezeigt: Die Liste hat ${total}.`,
    kind: { company: 'Unternehmen', association: 'Verband' },
    joined: (date) => `Partner seit ${date}`,
    joinedUnknown: 'Beitrittsdatum unbekannt',
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
  partnerGrid: {
    listLabel: 'Partner der Digitalen Partnerschaft',
    searchLabel: 'Partner suchen',
    filterLegend: 'Art des Partners',
    filterAll: 'Alle',
    filterCompanies: 'Unternehmen',
    filterAssociations: 'Verbände',
    count: (count, formatted) => (count === 0 ? 'Keine Partner' : `${formatted} Partner`),
    emptyForQuery: (query) =>
      `Kein Partner passt zu „${query}“. Prüfen Sie die Schreibweise oder versuchen Sie es mit einem anderen Namen.`,
    emptyForKind: 'Kein Partner dieser Art.',
    clearSearch: 'Suche zurücksetzen',
    showAll: 'Alle Partner anzeigen',
    verifiedPartner: (date) => `Verifizierter Digitaler Partner des Europarats seit ${/^\d{1,2}\.\s/.test(date) ? 'dem ' : ''}${date}`,
    verifiedPartnerDateUnknown: 'Verifizierter Digitaler Partner des Europarats (Beitrittsdatum unbekannt)',
    unknownPartnerId: (id) => `Kein Digitaler Partner hat die Kennung „${id}“.`,
  },
  highlightsTimeline: {
    listLabel: 'Höhepunkte der Digitalen Partnerschaft',
    readMore: 'Mehr erfahren',
    readMoreAbout: (title) => ` über „${title}“`,
    empty: 'Für diesen Zeitraum gibt es keine Höhepunkte.',
  },
  benefitsList: {
    listLabel: { benefits: 'Vorteile der Partnerschaft', cooperation: 'Formen der Zusammenarbeit' },
    empty: 'Hier gibt es noch nichts anzuzeigen.',
  },
  contactForm: {
    labels: {
      name: 'Vollständiger Name',
      email: 'E-Mail-Adresse',
      organisation: 'Organisation',
      topic: 'Worum geht es in Ihrer Nachricht?',
      message: 'Ihre Nachricht',
      consent:
        'Ich habe die Datenschutzerklärung gelesen und bin einverstanden, dass der Europarat meine Nachricht verarbeitet, um sie zu beantworten.',
    },
    optional: '(optional)',
    emailHint: 'Wir verwenden sie nur, um Ihnen zu antworten.',
    topicPlaceholder: 'Thema wählen',
    topics: {
      joining: 'Der Partnerschaft beitreten',
      'existing-partnership': 'Eine bestehende Partnerschaft',
      media: 'Presseanfrage',
      other: 'Etwas anderes',
    },
    errorPrefix: 'Fehler:',
    characterLimit: (max) => `Sie können bis zu ${max} Zeichen eingeben`,
    charactersRemaining: (_count, formatted) => `Sie haben noch ${formatted} Zeichen übrig`,
    charactersTooMany: (_count, formatted) => `Sie haben ${formatted} Zeichen zu viel`,
    privacyStatement:
      'Ihre Nachricht geht an das Team der Digitalen Partnerschaft des Europarats, das sie nur zur Beantwortung verwendet und nicht länger aufbewahrt, als dafür nötig ist.',
    privacyLink: 'Wie wir Ihre personenbezogenen Daten schützen',
    honeypotLabel: 'Dieses Feld leer lassen',
    summaryTitle: 'Es gibt ein Problem',
    send: 'Nachricht senden',
    sending: 'Wird gesendet …',
    sendingStatus: 'Ihre Nachricht wird gesendet …',
    retryWaitStatus: 'Noch nicht gesendet: Neuer Versuch in einem Moment …',
    failedTitle: 'Ihre Nachricht wurde nicht gesendet',
    failures: {
      network: 'Der Server war nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
      timeout: 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.',
      server: 'Der Server kann Ihre Nachricht gerade nicht annehmen. Versuchen Sie es gleich noch einmal.',
      'rate-limited': 'Von hier aus wurden zu viele Nachrichten gesendet. Warten Sie eine Minute und versuchen Sie es dann erneut.',
      rejected: 'Der Server hat Ihre Nachricht nicht angenommen.',
      'not-configured':
        'Mit diesem Formular können gerade keine Nachrichten gesendet werden. Bitte kontaktieren Sie den Europarat auf anderem Weg.',
    },
    draftKept: 'Ihre Nachricht bleibt auf dieser Seite erhalten, nichts geht verloren.',
    retry: 'Erneut versuchen',
    draftRestored: 'Wir haben die Nachricht wiederhergestellt, die Sie noch nicht gesendet hatten.',
    sentTitle: 'Vielen Dank, Ihre Nachricht wurde gesendet',
    sentText: 'Das Team der Digitalen Partnerschaft antwortet Ihnen per E-Mail.',
    sendAnother: 'Weitere Nachricht senden',
    errors: contactErrorsGerman,
  },
};
