import { CoePartnership } from '../components/partnership/partnership.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-partnership', CoePartnership);

export { CoePartnership };
