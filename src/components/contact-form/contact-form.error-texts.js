// The words for each problem with a field, in plain JavaScript so that the endpoint (server/contact-rules.mjs,
// run by Node without a build) answers in the words the form shows. One copy of every text; the limits come from the
// rules (contact-form.rules.js). English here; French and German in their own files, which a page loads only when a
// form speaks them (src/translations/).

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

/** @type {ContactErrorTexts} */
export const contactErrorsEnglish = {
  required: { name: 'Enter your full name', email: 'Enter your email address', message: 'Enter your message' },
  email: 'Enter an email address in the correct format, like name@example.com',
  topic: 'Choose what your message is about',
  consent: 'Confirm that you have read the privacy statement',
  tooLong: {
    name: (max) => `Full name must be ${max} characters or fewer`,
    organisation: (max) => `Organisation must be ${max} characters or fewer`,
    message: (max) => `Your message must be ${max} characters or fewer`,
  },
};

/**
 * The built-in language a tag asks for (`de-AT` → `de`), or `undefined`.
 * @param {string | undefined} locale
 * @returns {keyof typeof INTL_LOCALES | undefined}
 */
export function builtInLanguage(locale) {
  const language = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return Object.hasOwn(INTL_LOCALES, language) ? /** @type {keyof typeof INTL_LOCALES} */ (language) : undefined;
}

/**
 * The words for one problem with one field, as the form shows them beside the field and in the summary, and as the
 * endpoint answers them: in `texts`. A number is written the way the built-in language that `locale` names writes
 * it (`fr-CH`: as fr-FR), else the way `locale` itself does (a registered language), else as in English.
 * @param {string | undefined} locale
 * @param {ContactField} field
 * @param {ContactErrorCode} code
 * @param {ContactErrorTexts} texts
 * @returns {string}
 */
export function contactErrorText(locale, field, code, texts) {
  if (code === 'required') return texts.required[/** @type {'name' | 'email' | 'message'} */ (field)] ?? texts.required.name;
  if (code === 'too-long') {
    const language = builtInLanguage(locale);
    const intlLocale = language ? INTL_LOCALES[language] : locale || INTL_LOCALES.en;
    const max = new Intl.NumberFormat(intlLocale).format(field === 'message' ? MESSAGE_MAX_LENGTH : LINE_MAX_LENGTH);
    return (texts.tooLong[/** @type {'name' | 'organisation' | 'message'} */ (field)] ?? texts.tooLong.name)(max);
  }
  return texts[code];
}
