// The contact form's rules on the server side: plain JavaScript with no Node
// import, so the browser tests can check that it agrees with the form's own
// rules (src/components/contact-form/validate-contact.ts). Keep both in step.

export const CONTACT_TOPICS = ['joining', 'existing-partnership', 'media', 'other'];
export const MESSAGE_MAX_LENGTH = 2000;
export const LINE_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
/** The honeypot field: people never see it, so a value in it means a bot. */
export const HONEYPOT_FIELD = 'website';
/** The fields a message is stored with. */
export const STORED_FIELDS = ['name', 'email', 'organisation', 'topic', 'message', 'consent', 'lang'];

const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** The same address check as the form's: one `@`, a sane local part, a domain of two or more labels. */
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

const length = (value) => [...value].length;

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

/**
 * Field errors of a parsed body (every value already a trimmed string), in the
 * body's `lang` (English or French): `{}` when the message is acceptable.
 */
export function validateContactFields(fields, { requireConsent = false } = {}) {
  const text = TEXTS[fields.lang] ?? TEXTS.en;
  const errors = {};
  const { name = '', email = '', organisation = '', topic = '', message = '', consent = '' } = fields;
  if (!name) errors.name = text.name;
  else if (length(name) > LINE_MAX_LENGTH) errors.name = text.nameLong;
  if (!isValidEmail(email)) errors.email = text.email;
  if (length(organisation) > LINE_MAX_LENGTH) errors.organisation = text.organisation;
  if (!CONTACT_TOPICS.includes(topic)) errors.topic = text.topic;
  if (!message) errors.message = text.message;
  else if (length(message) > MESSAGE_MAX_LENGTH) errors.message = text.messageLong;
  if (requireConsent && consent !== 'yes') errors.consent = text.consent;
  return errors;
}
