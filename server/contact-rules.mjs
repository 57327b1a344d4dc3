// The contact endpoint's field checks: the form's own rules (src/components/contact-form/contact-rules.js,
// plain JavaScript that Node imports as it is) with the server's words for each problem.

import { CONTACT_FIELDS, fieldErrorCode } from '../src/components/contact-form/contact-rules.js';

export { HONEYPOT_FIELD, isValidEmail } from '../src/components/contact-form/contact-rules.js';

/** The fields a message is stored with. */
export const STORED_FIELDS = ['name', 'email', 'organisation', 'topic', 'message', 'consent', 'lang'];

const TEXTS = {
  en: {
    name: 'Enter your full name',
    nameLong: 'Full name must be 200 characters or fewer',
    email: 'Enter an email address in the correct format, like name@example.com',
    organisation: 'Organisation must be 200 characters or fewer',
    topic: 'Choose what your message is about',
    message: 'Enter your message',
    messageLong: 'Your message must be 2,000 characters or fewer',
    consent: 'Confirm that you have read the privacy statement',
  },
  fr: {
    name: 'Indiquez vos nom et prénom',
    nameLong: 'Vos nom et prénom doivent compter au maximum 200 caractères',
    email: 'Indiquez une adresse électronique au bon format, par exemple nom@exemple.fr',
    organisation: 'Le nom de l’organisation doit compter au maximum 200 caractères',
    topic: 'Choisissez l’objet de votre message',
    message: 'Saisissez votre message',
    messageLong: 'Votre message doit compter au maximum 2\u202f000 caractères',
    consent: 'Confirmez que vous avez lu la déclaration de confidentialité',
  },
};

/** The server's words for each field and problem (the form shows its own, in the same terms). */
const TEXT_KEYS = { name: { 'too-long': 'nameLong' }, message: { 'too-long': 'messageLong' } };

/**
 * Field errors of a parsed body (every value already a trimmed string), in the
 * body's `lang` (English or French): `{}` when the message is acceptable.
 */
export function validateContactFields(fields, { requireConsent = false } = {}) {
  const text = TEXTS[fields.lang] ?? TEXTS.en;
  const errors = {};
  for (const field of CONTACT_FIELDS) {
    const code = fieldErrorCode(field, fields, requireConsent);
    if (code) errors[field] = text[TEXT_KEYS[field]?.[code] ?? field];
  }
  return errors;
}
