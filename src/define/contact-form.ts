import { CoeContactForm } from '../components/contact-form/contact-form.js';
import { defineElement } from '../core/registration.js';
import { CONTACT_FORM_TAG } from '../core/tags.js';

defineElement(CONTACT_FORM_TAG, CoeContactForm);

export { CoeContactForm };
