import { CoeBenefitsList } from '../components/benefits-list/benefits-list.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.benefitsList, CoeBenefitsList);

export { CoeBenefitsList };
