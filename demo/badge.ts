// The partner kit page ("Get your badge"): the kit element with this build's SRI hash, and the demo's theme switch.
import { builtBadgeIntegrity } from './kit/built-integrity.js';
import { defineDemoPartnerKit } from './kit/partner-kit.js';

defineDemoPartnerKit();

const kit = document.querySelector('demo-partner-kit')!;
kit.integrity = builtBadgeIntegrity;

// The whole page takes the theme (demo.css reads `data-theme`); `?theme=dark` opens it so, for links and screenshots.
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
const asked = new URLSearchParams(location.search).get('theme') ?? '';
if (['auto', 'light', 'dark'].includes(asked)) themeSwitch.value = asked;
const applyTheme = () => (document.documentElement.dataset.theme = themeSwitch.value);
applyTheme();
themeSwitch.addEventListener('change', applyTheme);
