import { CoePartnerBadge } from '../components/partner-badge/partner-badge.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.partnerBadge, CoePartnerBadge);

export { CoePartnerBadge };
