import { CoeContactForm } from '../components/contact-form/contact-form.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-contact-form', CoeContactForm);

export { CoeContactForm };
