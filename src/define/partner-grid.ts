import { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.partnerGrid, CoePartnerGrid);

export { CoePartnerGrid };
