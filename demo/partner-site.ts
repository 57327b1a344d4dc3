// The mock partner site loads the badge from the sources (a partner's page loads the CDN file instead).
import '../src/define/partner-badge.js';
