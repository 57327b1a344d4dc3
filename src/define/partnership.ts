import { CoePartnership } from '../components/partnership/partnership.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.partnership, CoePartnership);

export { CoePartnership };
