// The demo microsite: every widget that exists, a language switch and a theme switch.
import '../src/define/all.js';

type DemoLocale = 'en' | 'fr';

const PAGE_TEXT: Record<DemoLocale, Record<string, string>> = {
  en: {
    skip: 'Skip to content',
    site: 'Council of Europe · Digital Partnership',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    sections: 'Sections',
    navPartners: 'Partners',
    navHighlights: 'Highlights',
    navBenefits: 'Benefits',
    navCooperation: 'Forms of cooperation',
    navContact: 'Contact',
    navBadge: 'Badge on a partner’s site',
    heroTitle: 'Partnership with internet companies',
    heroText:
      'Since 2017 the Council of Europe has cooperated with leading technology firms and their associations to protect human rights, democracy and the rule of law in the digital environment.',
    footer: 'A demonstration of the coe-partnership-widgets library on its embedded default data. Not an official Council of Europe page.',
    pending: 'This widget arrives in a later release.',
  },
  fr: {
    skip: 'Aller au contenu',
    site: 'Conseil de l’Europe · Partenariat numérique',
    language: 'Langue',
    theme: 'Thème',
    themeAuto: 'Système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    sections: 'Rubriques',
    navPartners: 'Partenaires',
    navHighlights: 'Temps forts',
    navBenefits: 'Avantages',
    navCooperation: 'Formes de coopération',
    navContact: 'Contact',
    navBadge: 'Le badge sur le site d’un partenaire',
    heroTitle: 'Partenariat avec les entreprises de l’internet',
    heroText:
      'Depuis 2017, le Conseil de l’Europe coopère avec de grandes entreprises technologiques et leurs associations pour protéger les droits de l’homme, la démocratie et l’État de droit dans l’environnement numérique.',
    footer: 'Démonstration de la bibliothèque coe-partnership-widgets sur ses données par défaut intégrées. Cette page n’est pas une page officielle du Conseil de l’Europe.',
    pending: 'Ce widget arrive dans une prochaine version.',
  },
};

/** Mounts each widget that is defined into its section; the others say they are coming. */
function mountWidgets(): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    const tag = slot.dataset.widget!;
    if (customElements.get(tag) && slot.childElementCount === 0) {
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries(JSON.parse(slot.dataset.attributes ?? '{}') as Record<string, string>)) widget.setAttribute(name, value);
      slot.append(widget);
    }
  }
}

function applyLanguage(locale: DemoLocale): void {
  const text = PAGE_TEXT[locale];
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = text[el.dataset.i18n!] ?? el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', text[el.dataset.i18nLabel!]);
  for (const el of document.querySelectorAll<HTMLElement>('[data-widget]')) el.dataset.pending = text.pending;
}

function applyTheme(theme: string): void {
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('coe-') && el.localName !== 'coe-partnership') el.setAttribute('theme', theme);
}

const languageSwitch = document.querySelector<HTMLSelectElement>('#language-switch')!;
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
const initial: DemoLocale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
languageSwitch.value = initial;
mountWidgets();
applyLanguage(initial);
applyTheme(themeSwitch.value);
languageSwitch.addEventListener('change', () => applyLanguage(languageSwitch.value as DemoLocale));
themeSwitch.addEventListener('change', () => applyTheme(themeSwitch.value));
