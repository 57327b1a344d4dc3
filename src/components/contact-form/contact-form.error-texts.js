// The words for each problem with a field, in English, French and German, in plain JavaScript so that
// the endpoint (server/contact-rules.mjs, run by Node without a build) answers in the words the form
// shows. One copy of every text; the limits come from the rules (contact-form.rules.js).

import { INTL_LOCALES } from '../../core/i18n/intl-locales.js';
import { LINE_MAX_LENGTH, MESSAGE_MAX_LENGTH } from './contact-form.rules.js';

/** @typedef {import('./contact-form.rules.js').ContactErrorCode} ContactErrorCode */
/** @typedef {import('./contact-form.rules.js').ContactField} ContactField */

/**
 * The words for each problem with a field, in one language (a registered translation's `contactForm.errors`).
 * @typedef {object} ContactErrorTexts
 * @property {Readonly<Record<'name' | 'email' | 'message', string>>} required
 * @property {string} email
 * @property {string} topic
 * @property {string} consent
 * @property {Readonly<Record<'name' | 'organisation' | 'message', (max: string) => string>>} tooLong
 */

/** @type {Readonly<Record<keyof typeof INTL_LOCALES, ContactErrorTexts>>} */
export const CONTACT_ERROR_TEXTS = {
  en: {
    required: { name: 'Enter your full name', email: 'Enter your email address', message: 'Enter your message' },
    email: 'Enter an email address in the correct format, like name@example.com',
    topic: 'Choose what your message is about',
    consent: 'Confirm that you have read the privacy statement',
    tooLong: {
      name: (max) => `Full name must be ${max} characters or fewer`,
      organisation: (max) => `Organisation must be ${max} characters or fewer`,
      message: (max) => `Your message must be ${max} characters or fewer`,
    },
  },
  fr: {
    required: { name: 'Indiquez vos nom et prénom', email: 'Indiquez votre adresse électronique', message: 'Saisissez votre message' },
    email: 'Indiquez une adresse électronique au bon format, par exemple nom@exemple.fr',
    topic: 'Choisissez l’objet de votre message',
    consent: 'Confirmez que vous avez lu la déclaration de confidentialité',
    tooLong: {
      name: (max) => `Vos nom et prénom doivent compter au maximum ${max} caractères`,
      organisation: (max) => `Le nom de l’organisation doit compter au maximum ${max} caractères`,
      message: (max) => `Votre message doit compter au maximum ${max} caractères`,
    },
  },
  de: {
    required: {
      name: 'Geben Sie Ihren vollständigen Namen ein',
      email: 'Geben Sie Ihre E-Mail-Adresse ein',
      message: 'Geben Sie Ihre Nachricht ein',
    },
    email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de',
    topic: 'Wählen Sie aus, worum es in Ihrer Nachricht geht',
    consent: 'Bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben',
    tooLong: {
      name: (max) => `Der vollständige Name darf höchstens ${max} Zeichen lang sein`,
      organisation: (max) => `Der Name der Organisation darf höchstens ${max} Zeichen lang sein`,
      message: (max) => `Ihre Nachricht darf höchstens ${max} Zeichen lang sein`,
    },
  },
};

/**
 * The built-in language a tag asks for (`de-AT` → `de`), or `undefined`.
 * @param {string | undefined} locale
 * @returns {keyof typeof INTL_LOCALES | undefined}
 */
function builtInLanguage(locale) {
  const language = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return Object.hasOwn(CONTACT_ERROR_TEXTS, language) ? /** @type {keyof typeof INTL_LOCALES} */ (language) : undefined;
}

/**
 * The words for one problem with one field, as the form shows them beside the field and in the
 * summary, and as the endpoint answers them: in `texts` (a registered language's, numbers written
 * as `locale` writes them), else in the built-in language `locale` asks for, else in English.
 * @param {string | undefined} locale
 * @param {ContactField} field
 * @param {ContactErrorCode} code
 * @param {ContactErrorTexts} [texts]
 * @returns {string}
 */
export function contactErrorText(locale, field, code, texts) {
  const language = builtInLanguage(locale);
  const words = texts ?? CONTACT_ERROR_TEXTS[language ?? 'en'];
  if (code === 'required') return words.required[/** @type {'name' | 'email' | 'message'} */ (field)] ?? words.required.name;
  if (code === 'too-long') {
    const intlLocale = language ? INTL_LOCALES[language] : texts && locale ? locale : INTL_LOCALES.en;
    const max = new Intl.NumberFormat(intlLocale).format(field === 'message' ? MESSAGE_MAX_LENGTH : LINE_MAX_LENGTH);
    return (words.tooLong[/** @type {'name' | 'organisation' | 'message'} */ (field)] ?? words.tooLong.name)(max);
  }
  return words[code];
}
