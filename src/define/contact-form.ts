import { CoeContactForm } from '../components/contact-form/contact-form.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.contactForm, CoeContactForm);

export { CoeContactForm };
