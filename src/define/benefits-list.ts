import { CoeBenefitsList } from '../components/benefits-list/benefits-list.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-benefits-list', CoeBenefitsList);

export { CoeBenefitsList };
