import { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-partner-grid', CoePartnerGrid);

export { CoePartnerGrid };
