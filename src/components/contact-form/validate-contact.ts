/**
 * The contact form's fields and validation rules, Lit-free. The demo and test
 * endpoint (server/contact-rules.mjs) applies the same rules on the server; a
 * test checks that both agree on the same addresses.
 */

/** The fields a visitor fills in, in the order the form shows them. */
export const CONTACT_FIELDS = ['name', 'email', 'organisation', 'topic', 'message', 'consent'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The `topic` select's values. */
export const CONTACT_TOPICS = ['joining', 'existing-partnership', 'media', 'other'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const MESSAGE_MAX_LENGTH = 2000;
/** Generous limits for the one-line fields, so a paste of a whole document is refused politely. */
export const LINE_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

/** The honeypot: a field people never see; a bot that fills it gives itself away. */
export const HONEYPOT_FIELD = 'website';

/** The value `consent` takes when the box is ticked. */
export const CONSENT_GIVEN = 'yes';

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

/** Whitespace-only text counts as empty. */
export function isBlank(value: string | undefined): boolean {
  return !value || value.trim() === '';
}

/** Characters as a person counts them (code points, so an emoji is one). */
export function characterCount(value: string): number {
  return [...value.trim()].length;
}

const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * An address mail can be delivered to: one `@`, a local part of at most 64
 * characters without leading, trailing or doubled dots, and a domain of at
 * least two labels ending in a real top-level name (internationalised names
 * allowed). `name@localhost`, `a@b` and `name@example..org` are refused.
 */
export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > EMAIL_MAX_LENGTH) return false;
  const at = email.lastIndexOf('@');
  if (at < 1 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]);
}

/** The first problem with one field, or `undefined` when it is fine. */
export function validateField(field: ContactField, values: ContactValues, rules: ContactRules): ContactErrorCode | undefined {
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
      return (CONTACT_TOPICS as readonly string[]).includes(value) ? undefined : 'topic';
    case 'message':
      if (isBlank(value)) return 'required';
      return characterCount(value) > MESSAGE_MAX_LENGTH ? 'too-long' : undefined;
    case 'consent':
      return rules.requireConsent && value !== CONSENT_GIVEN ? 'consent' : undefined;
  }
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
