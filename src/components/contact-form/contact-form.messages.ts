import type { SendFailureKind } from './contact-form.send.js';
import type { ContactField, ContactTopic } from './contact-form.rules.js';
import { contactErrorsEnglish, type ContactErrorTexts } from './contact-form.error-texts.js';
import { pluralForm, type PluralForms } from '../../core/i18n/plural.js';

/** "character" as the character count says it, by the language's plural rules. */
const CHARACTERS = { one: 'character', other: 'characters' } as const satisfies PluralForms;

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

/** The English texts: what the widget carries, and what every other language falls back to (French and German: src/translations/). */
export const contactFormEnglish: ContactFormMessages = {
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
  charactersRemaining: (count, formatted) => `You have ${formatted} ${pluralForm(count, 'en', CHARACTERS)} remaining`,
  charactersTooMany: (count, formatted) => `You have ${formatted} ${pluralForm(count, 'en', CHARACTERS)} too many`,
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
  errors: contactErrorsEnglish,
};
