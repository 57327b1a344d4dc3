import { CoePartnership } from '../components/partnership/partnership.js';
import { defineElement } from '../core/registration.js';
import { PARTNERSHIP_TAG } from '../core/tags.js';

defineElement(PARTNERSHIP_TAG, CoePartnership);

export { CoePartnership };
