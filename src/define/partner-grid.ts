import { CoePartnerGrid } from '../components/partner-grid/partner-grid.js';
import { defineElement } from '../core/registration.js';
import { PARTNER_GRID_TAG } from '../core/tags.js';

defineElement(PARTNER_GRID_TAG, CoePartnerGrid);

export { CoePartnerGrid };
