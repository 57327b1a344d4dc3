import { CoeBenefitsList } from '../components/benefits-list/benefits-list.js';
import { defineElement } from '../core/registration.js';
import { BENEFITS_LIST_TAG } from '../core/tags.js';

defineElement(BENEFITS_LIST_TAG, CoeBenefitsList);

export { CoeBenefitsList };
