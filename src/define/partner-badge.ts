import { CoePartnerBadge } from '../components/partner-badge/partner-badge.js';
import { defineElement } from '../core/registration.js';
import { PARTNER_BADGE_TAG } from '../core/tags.js';

defineElement(PARTNER_BADGE_TAG, CoePartnerBadge);

export { CoePartnerBadge };
