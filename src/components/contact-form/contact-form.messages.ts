import type { ComponentMessages } from '../../core/i18n/component-messages.js';
import type { SendFailureKind } from './contact-form.send.js';
import type { ContactField, ContactTopic } from './contact-form.rules.js';
import { CONTACT_ERROR_TEXTS, type ContactErrorTexts } from './contact-form.error-texts.js';
import { pluralForm, type PluralForms } from '../../core/i18n/plural.js';

/** "character" as the character count says it, by the language's plural rules. */
const CHARACTERS = {
  en: { one: 'character', other: 'characters' },
  fr: { one: 'caractère', other: 'caractères' },
} as const satisfies Record<string, PluralForms>;

export interface ContactFormMessages {
  readonly labels: Readonly<Record<ContactField, string>>;
  readonly optional: string;
  readonly emailHint: string;
  readonly topicPlaceholder: string;
  readonly topics: Readonly<Record<ContactTopic, string>>;
  /** "Error:" read before each inline error. */
  readonly errorPrefix: string;
  readonly characterLimit: (max: string) => string;
  readonly charactersRemaining: (count: number, formatted: string) => string;
  readonly charactersTooMany: (count: number, formatted: string) => string;
  readonly privacyStatement: string;
  readonly privacyLink: string;
  /** The Council of Europe's privacy page in this language: where the privacy link leads when the host gives no `privacy-url`. */
  readonly privacyUrl?: string;
  readonly honeypotLabel: string;
  readonly summaryTitle: string;
  readonly send: string;
  readonly sending: string;
  readonly sendingStatus: string;
  /** Said while the form waits to try again after a failed attempt. */
  readonly retryWaitStatus: string;
  readonly failedTitle: string;
  readonly failures: Readonly<Record<SendFailureKind, string>>;
  readonly draftKept: string;
  readonly retry: string;
  readonly draftRestored: string;
  readonly sentTitle: string;
  readonly sentText: string;
  readonly sendAnother: string;
  /** The words for each problem with a field (shared with the endpoint for the built-in languages). */
  readonly errors: ContactErrorTexts;
}

export const contactFormMessages: ComponentMessages<ContactFormMessages> = {
  en: {
    labels: {
      name: 'Full name',
      email: 'Email address',
      organisation: 'Organisation',
      topic: 'What is your message about?',
      message: 'Your message',
      consent: 'I have read the privacy statement and agree that the Council of Europe processes my message in order to answer it.',
    },
    optional: '(optional)',
    emailHint: 'We only use it to reply to you.',
    topicPlaceholder: 'Choose a topic',
    topics: {
      joining: 'Joining the partnership',
      'existing-partnership': 'An existing partnership',
      media: 'Media enquiry',
      other: 'Something else',
    },
    errorPrefix: 'Error:',
    characterLimit: (max) => `You can enter up to ${max} characters`,
    charactersRemaining: (count, formatted) => `You have ${formatted} ${pluralForm(count, 'en', CHARACTERS.en)} remaining`,
    charactersTooMany: (count, formatted) => `You have ${formatted} ${pluralForm(count, 'en', CHARACTERS.en)} too many`,
    privacyStatement:
      'Your message goes to the Digital Partnership team of the Council of Europe, who use it only to answer you and keep it no longer than needed for that purpose.',
    privacyLink: 'How we protect your personal data',
    privacyUrl: 'https://www.coe.int/en/web/data-protection',
    honeypotLabel: 'Leave this field empty',
    summaryTitle: 'There is a problem',
    send: 'Send message',
    sending: 'Sending…',
    sendingStatus: 'Sending your message…',
    retryWaitStatus: 'Not sent yet: trying again in a moment…',
    failedTitle: 'Your message has not been sent',
    failures: {
      network: 'We could not reach the server. Check your internet connection and try again.',
      timeout: 'The server took too long to answer. Try again in a moment.',
      server: 'The server could not accept your message just now. Try again in a moment.',
      'rate-limited': 'Too many messages have been sent from here. Wait a minute, then try again.',
      rejected: 'The server did not accept your message.',
      'not-configured': 'This form cannot send messages at the moment. Please contact the Council of Europe by other means.',
    },
    draftKept: 'Your message is kept on this page, nothing is lost.',
    retry: 'Try again',
    draftRestored: 'We have restored the message you had not sent yet.',
    sentTitle: 'Thank you, your message has been sent',
    sentText: 'The Digital Partnership team will reply to you by email.',
    sendAnother: 'Send another message',
    errors: CONTACT_ERROR_TEXTS.en,
  },
  fr: {
    labels: {
      name: 'Nom et prénom',
      email: 'Adresse électronique',
      organisation: 'Organisation',
      topic: 'Quel est l’objet de votre message\u00a0?',
      message: 'Votre message',
      consent: 'J’ai lu la déclaration de confidentialité et j’accepte que le Conseil de l’Europe traite mon message afin d’y répondre.',
    },
    optional: '(facultatif)',
    emailHint: 'Nous l’utilisons uniquement pour vous répondre.',
    topicPlaceholder: 'Choisissez un objet',
    topics: {
      joining: 'Rejoindre le partenariat',
      'existing-partnership': 'Un partenariat existant',
      media: 'Demande des médias',
      other: 'Autre sujet',
    },
    errorPrefix: 'Erreur\u00a0:',
    characterLimit: (max) => `Vous pouvez saisir jusqu’à ${max} caractères`,
    charactersRemaining: (count, formatted) => `Il vous reste ${formatted} ${pluralForm(count, 'fr', CHARACTERS.fr)}`,
    charactersTooMany: (count, formatted) => `Vous avez ${formatted} ${pluralForm(count, 'fr', CHARACTERS.fr)} en trop`,
    privacyStatement:
      'Votre message est transmis à l’équipe du Partenariat numérique du Conseil de l’Europe, qui l’utilise uniquement pour vous répondre et ne le conserve pas au-delà de ce qui est nécessaire à cette fin.',
    privacyLink: 'Comment nous protégeons vos données personnelles',
    privacyUrl: 'https://www.coe.int/fr/web/data-protection',
    honeypotLabel: 'Laissez ce champ vide',
    summaryTitle: 'Il y a un problème',
    send: 'Envoyer le message',
    sending: 'Envoi en cours…',
    sendingStatus: 'Envoi de votre message…',
    retryWaitStatus: 'Pas encore envoyé\u00a0: nouvel essai dans un instant…',
    failedTitle: 'Votre message n’a pas été envoyé',
    failures: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion à internet, puis réessayez.',
      timeout: 'Le serveur a mis trop de temps à répondre. Réessayez dans un instant.',
      server: 'Le serveur ne peut pas accepter votre message pour le moment. Réessayez dans un instant.',
      'rate-limited': 'Trop de messages ont été envoyés depuis cet appareil. Patientez une minute, puis réessayez.',
      rejected: 'Le serveur n’a pas accepté votre message.',
      'not-configured':
        'Ce formulaire ne peut pas envoyer de messages pour le moment. Veuillez contacter le Conseil de l’Europe par un autre moyen.',
    },
    draftKept: 'Votre message est conservé sur cette page, rien n’est perdu.',
    retry: 'Réessayer',
    draftRestored: 'Nous avons rétabli le message que vous n’aviez pas encore envoyé.',
    sentTitle: 'Merci, votre message a été envoyé',
    sentText: 'L’équipe du Partenariat numérique vous répondra par courrier électronique.',
    sendAnother: 'Envoyer un autre message',
    errors: CONTACT_ERROR_TEXTS.fr,
  },
  de: {
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
    errors: CONTACT_ERROR_TEXTS.de,
  },
};
