import { CoePartnerBadge } from '../components/partner-badge/partner-badge.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-partner-badge', CoePartnerBadge);

export { CoePartnerBadge };
