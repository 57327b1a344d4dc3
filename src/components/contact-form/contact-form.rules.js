// The contact form's rules in plain JavaScript (typed with JSDoc), so that the endpoint
// (server/contact-rules.mjs, run by Node without a build) applies exactly the rules the form
// applies. One implementation, two callers.

/** The fields a visitor fills in, in the order the form shows them. */
export const CONTACT_FIELDS = /** @type {const} */ (['name', 'email', 'organisation', 'topic', 'message', 'consent']);

/** The `topic` select's values. */
export const CONTACT_TOPICS = /** @type {const} */ (['joining', 'existing-partnership', 'media', 'other']);

/** @typedef {(typeof CONTACT_FIELDS)[number]} ContactField */
/** @typedef {(typeof CONTACT_TOPICS)[number]} ContactTopic */
/** @typedef {Record<ContactField, string>} ContactValues */
/** @typedef {'required' | 'email' | 'too-long' | 'topic' | 'consent'} ContactErrorCode */
/** @typedef {Partial<Record<ContactField, ContactErrorCode>>} ContactErrors */

export const MESSAGE_MAX_LENGTH = 2000;
/** Generous limits for the one-line fields, so a paste of a whole document is refused politely. */
export const LINE_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

/** The honeypot: a field people never see; a bot that fills it gives itself away. */
export const HONEYPOT_FIELD = 'website';

/** The value `consent` takes when the box is ticked. */
export const CONSENT_GIVEN = 'yes';

const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * Whitespace-only text counts as empty.
 * @param {string | undefined} value
 */
export function isBlank(value) {
  return !value || value.trim() === '';
}

/**
 * Characters as a person counts them (code points, so an emoji is one).
 * @param {string} value
 */
export function characterCount(value) {
  return [...value.trim()].length;
}

/**
 * An address mail can be delivered to: one `@`, a local part of at most 64
 * characters without leading, trailing or doubled dots, and a domain of at
 * least two labels ending in a real top-level name (internationalised names
 * allowed). `name@localhost`, `a@b` and `name@example..org` are refused.
 * @param {string} value
 */
export function isValidEmail(value) {
  const email = String(value ?? '').trim();
  if (email.length > EMAIL_MAX_LENGTH) return false;
  const at = email.lastIndexOf('@');
  if (at < 1 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]);
}

/**
 * The first problem with one field, or `undefined` when it is fine.
 * @param {ContactField} field
 * @param {Readonly<Record<string, string | undefined>>} values
 * @param {boolean} requireConsent `require-consent`: the acknowledgement box must be ticked
 * @returns {ContactErrorCode | undefined}
 */
export function fieldErrorCode(field, values, requireConsent) {
  const value = values[field] ?? '';
  switch (field) {
    case 'name':
      if (isBlank(value)) return 'required';
      return characterCount(value) > LINE_MAX_LENGTH ? 'too-long' : undefined;
    case 'email':
      if (isBlank(value)) return 'required';
      return isValidEmail(value) ? undefined : 'email';
    case 'organisation':
      return characterCount(value) > LINE_MAX_LENGTH ? 'too-long' : undefined;
    case 'topic':
      return /** @type {readonly string[]} */ (CONTACT_TOPICS).includes(value) ? undefined : 'topic';
    case 'message':
      if (isBlank(value)) return 'required';
      return characterCount(value) > MESSAGE_MAX_LENGTH ? 'too-long' : undefined;
    case 'consent':
      return requireConsent && value !== CONSENT_GIVEN ? 'consent' : undefined;
  }
  return undefined;
}

/**
 * Every problem, by field, in the order the form shows the fields.
 * @param {ContactValues} values
 * @param {boolean} requireConsent
 * @returns {ContactErrors}
 */
export function validateContact(values, requireConsent) {
  /** @type {ContactErrors} */
  const errors = {};
  for (const field of CONTACT_FIELDS) {
    const code = fieldErrorCode(field, values, requireConsent);
    if (code) errors[field] = code;
  }
  return errors;
}

/** @returns {ContactValues} */
export function emptyContactValues() {
  return { name: '', email: '', organisation: '', topic: '', message: '', consent: '' };
}

/**
 * Values from anything stored (a draft): known fields only, strings only.
 * @param {Readonly<Record<string, unknown>>} stored
 * @returns {ContactValues}
 */
export function contactValuesFrom(stored) {
  const values = emptyContactValues();
  for (const field of CONTACT_FIELDS) {
    const value = stored[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/**
 * The message as sent: the fields in use, trimmed, then `extra` (language, honeypot, elapsed time).
 * @param {ContactValues} values
 * @param {readonly ContactField[]} fields
 * @param {Readonly<Record<string, string>>} extra
 * @returns {Record<string, string>}
 */
export function contactData(values, fields, extra) {
  return { ...Object.fromEntries(fields.map((field) => [field, values[field].trim()])), ...extra };
}

/**
 * @param {string} name
 * @returns {name is ContactField}
 */
export function isContactField(name) {
  return /** @type {readonly string[]} */ (CONTACT_FIELDS).includes(name);
}
