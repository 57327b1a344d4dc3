// The mock partner site loads the badge from the sources (a partner's page loads the CDN file instead).
import '../src/define/partner-badge.js';
import { badgeScriptUrl, badgeSnippet, DEFAULT_CHOICES } from './kit/badge-snippet.js';
import { builtBadgeIntegrity } from './kit/built-integrity.js';

// The snippet shown on the page: the Partner kit's, for Telefónica, with this build's hash (none without a build).
const snippetCode = document.querySelector('#badge-snippet');
if (snippetCode && builtBadgeIntegrity) {
  snippetCode.textContent = badgeSnippet(DEFAULT_CHOICES, { src: badgeScriptUrl(), integrity: builtBadgeIntegrity }).text;
}
