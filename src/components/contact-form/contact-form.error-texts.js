// The words for each problem with a field, in English and French, in plain JavaScript so that the
// endpoint (server/contact-rules.mjs, run by Node without a build) answers in the words the form
// shows. One copy of every text; the limits come from the rules (contact-form.rules.js).

import { INTL_LOCALES } from '../../core/i18n/intl-locales.js';
import { LINE_MAX_LENGTH, MESSAGE_MAX_LENGTH } from './contact-form.rules.js';

/** @typedef {import('./contact-form.rules.js').ContactErrorCode} ContactErrorCode */
/** @typedef {import('./contact-form.rules.js').ContactField} ContactField */

const TEXTS = {
  en: {
    required: { name: 'Enter your full name', email: 'Enter your email address', message: 'Enter your message' },
    email: 'Enter an email address in the correct format, like name@example.com',
    topic: 'Choose what your message is about',
    consent: 'Confirm that you have read the privacy statement',
    /** @type {Record<string, (max: string) => string>} */
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
    /** @type {Record<string, (max: string) => string>} */
    tooLong: {
      name: (max) => `Vos nom et prénom doivent compter au maximum ${max} caractères`,
      organisation: (max) => `Le nom de l’organisation doit compter au maximum ${max} caractères`,
      message: (max) => `Votre message doit compter au maximum ${max} caractères`,
    },
  },
};

/**
 * The words for one problem with one field, as the form shows them beside the field and in the
 * summary, and as the endpoint answers them. Languages other than French get English.
 * @param {string} locale
 * @param {ContactField} field
 * @param {ContactErrorCode} code
 * @returns {string}
 */
export function contactErrorText(locale, field, code) {
  const language = locale === 'fr' ? 'fr' : 'en';
  const texts = TEXTS[language];
  if (code === 'required') return texts.required[/** @type {'name' | 'email' | 'message'} */ (field)] ?? texts.required.name;
  if (code === 'too-long') {
    const max = new Intl.NumberFormat(INTL_LOCALES[language]).format(field === 'message' ? MESSAGE_MAX_LENGTH : LINE_MAX_LENGTH);
    return (texts.tooLong[field] ?? texts.tooLong.name)(max);
  }
  return texts[code];
}
