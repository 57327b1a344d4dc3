/**
 * The contact form's typed validation API, Lit-free, on the rules of
 * contact-rules.js, which the demo and test endpoint (server/contact-rules.mjs)
 * applies too: the form and the server cannot disagree.
 */

import { CONTACT_FIELDS, CONTACT_TOPICS, fieldErrorCode } from './contact-rules.js';

export {
  CONTACT_FIELDS,
  CONTACT_TOPICS,
  MESSAGE_MAX_LENGTH,
  LINE_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  HONEYPOT_FIELD,
  CONSENT_GIVEN,
  isBlank,
  characterCount,
  isValidEmail,
} from './contact-rules.js';

export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export type ContactValues = Record<ContactField, string>;

export type ContactErrorCode = 'required' | 'email' | 'too-long' | 'topic' | 'consent';
export type ContactErrors = Partial<Record<ContactField, ContactErrorCode>>;

export interface ContactRules {
  /** The host asked for an acknowledgement checkbox (`require-consent`). */
  readonly requireConsent: boolean;
}

export function emptyContactValues(): ContactValues {
  return { name: '', email: '', organisation: '', topic: '', message: '', consent: '' };
}

/** The first problem with one field, or `undefined` when it is fine. */
export function validateField(field: ContactField, values: ContactValues, rules: ContactRules): ContactErrorCode | undefined {
  return fieldErrorCode(field, values, rules.requireConsent);
}

/** Every problem, by field, in the order the form shows the fields. */
export function validateContact(values: ContactValues, rules: ContactRules): ContactErrors {
  const errors: ContactErrors = {};
  for (const field of CONTACT_FIELDS) {
    const code = validateField(field, values, rules);
    if (code) errors[field] = code;
  }
  return errors;
}

/** Values from anything stored (a draft): known fields only, strings only. */
export function contactValuesFrom(stored: Readonly<Record<string, unknown>>): ContactValues {
  const values = emptyContactValues();
  for (const field of CONTACT_FIELDS) if (typeof stored[field] === 'string') values[field] = stored[field];
  return values;
}

/** The message as sent: the fields in use, trimmed, then `extra` (language, honeypot, elapsed time). */
export function contactData(values: ContactValues, fields: readonly ContactField[], extra: Readonly<Record<string, string>>): Record<string, string> {
  return { ...Object.fromEntries(fields.map((field) => [field, values[field].trim()])), ...extra };
}

export function isContactField(name: string): name is ContactField {
  return (CONTACT_FIELDS as readonly string[]).includes(name);
}
