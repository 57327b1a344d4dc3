// The contact endpoint's field checks: the form's own rules and words (src/components/contact-form/
// contact-form.rules.js and contact-form.error-texts{,.fr,.de}.js, plain JavaScript that Node imports as it is).

import { builtInLanguage, contactErrorsEnglish, contactErrorText } from '../src/components/contact-form/contact-form.error-texts.js';
import { contactErrorsFrench } from '../src/components/contact-form/contact-form.error-texts.fr.js';
import { contactErrorsGerman } from '../src/components/contact-form/contact-form.error-texts.de.js';
import { CONTACT_FIELDS, fieldErrorCode } from '../src/components/contact-form/contact-form.rules.js';

export { HONEYPOT_FIELD, isValidEmail } from '../src/components/contact-form/contact-form.rules.js';

const ERROR_TEXTS = { en: contactErrorsEnglish, fr: contactErrorsFrench, de: contactErrorsGerman };

/** The fields a message is stored with. */
export const STORED_FIELDS = ['name', 'email', 'organisation', 'topic', 'message', 'consent', 'lang'];

/**
 * Field errors of a parsed body (every value already a trimmed string), in the
 * body's `lang` (English, French or German; English for any other): `{}` when the message is acceptable.
 */
export function validateContactFields(fields, { requireConsent = false } = {}) {
  const errors = {};
  const language = builtInLanguage(fields.lang) ?? 'en';
  for (const field of CONTACT_FIELDS) {
    const code = fieldErrorCode(field, fields, requireConsent);
    if (code) errors[field] = contactErrorText(language, field, code, ERROR_TEXTS[language] ?? contactErrorsEnglish);
  }
  return errors;
}
