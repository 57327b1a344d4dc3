// The demo microsite: every widget that exists, a language switch and a theme switch.
import '../src/define/all.js';
import { defaultData } from '../src/core/data/default-data.js';

type DemoLocale = 'en' | 'fr';

const PAGE_TEXT: Record<DemoLocale, Record<string, string>> = {
  en: {
    skip: 'Skip to content',
    org: 'Council of Europe',
    site: 'Digital Partnership',
    demoNotice: 'Demonstration page, not an official Council of Europe page.',
    factPartners: 'partners',
    factCompanies: 'companies',
    factAssociations: 'associations',
    factSince: 'launched on 8 November',
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
    navBadge: 'The badge on a partner’s site',
    navKit: 'Get your badge (for partners)',
    heroTitle: 'Partnership with internet companies',
    heroText:
      'Since 2017 the Council of Europe has cooperated with leading technology firms and their associations to protect human rights, democracy and the rule of law in the digital environment.',
    footer: 'A demonstration of the coe-partnership-widgets library on its embedded default data. Not an official Council of Europe page.',
    pending: 'This widget arrives in a later release.',
  },
  fr: {
    skip: 'Aller au contenu',
    org: 'Conseil de l’Europe',
    site: 'Partenariat numérique',
    demoNotice: 'Page de démonstration, pas une page officielle du Conseil de l’Europe.',
    factPartners: 'partenaires',
    factCompanies: 'entreprises',
    factAssociations: 'associations',
    factSince: 'lancé le 8 novembre',
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
    navKit: 'Obtenir votre badge (pour les partenaires)',
    heroTitle: 'Partenariat avec les entreprises de l’internet',
    heroText:
      'Depuis 2017, le Conseil de l’Europe coopère avec de grandes entreprises technologiques et leurs associations pour protéger les droits de l’homme, la démocratie et l’État de droit dans l’environnement numérique.',
    footer:
      'Démonstration de la bibliothèque coe-partnership-widgets sur ses données par défaut intégrées. Cette page n’est pas une page officielle du Conseil de l’Europe.',
    pending: 'Ce widget arrive dans une prochaine version.',
  },
};

/** Mounts each widget that is defined into its section; the others say they are coming. */
function mountWidgets(): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    const tag = slot.dataset.widget!;
    if (customElements.get(tag) && slot.childElementCount === 0) {
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries(JSON.parse(slot.dataset.attributes ?? '{}') as Record<string, string>))
        widget.setAttribute(name, value);
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

/**
 * The whole page takes the theme: its `color-scheme` (demo.css), which the widgets inherit as the browser's
 * own controls do, so they stay transparent on a page of their own scheme.
 */
function applyTheme(theme: string): void {
  document.documentElement.dataset.theme = theme;
}

/** The hero's figures, counted from the data the widgets show. */
function showFacts(): void {
  const partners = defaultData.partners ?? [];
  const counts: Record<string, number> = {
    partners: partners.length,
    companies: partners.filter((partner) => partner.kind === 'company').length,
    associations: partners.filter((partner) => partner.kind === 'association').length,
  };
  for (const el of document.querySelectorAll<HTMLElement>('[data-fact]')) el.textContent = String(counts[el.dataset.fact!]);
}

const languageSwitch = document.querySelector<HTMLSelectElement>('#language-switch')!;
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
// `?lang=fr&theme=dark` opens the page in that language and theme (for links and screenshots).
const params = new URLSearchParams(location.search);
const asked = params.get('lang') ?? navigator.language;
const initial: DemoLocale = asked.toLowerCase().startsWith('fr') ? 'fr' : 'en';
languageSwitch.value = initial;
if (['auto', 'light', 'dark'].includes(params.get('theme') ?? '')) themeSwitch.value = params.get('theme')!;
mountWidgets();
showFacts();
applyLanguage(initial);
applyTheme(themeSwitch.value);
languageSwitch.addEventListener('change', () => applyLanguage(languageSwitch.value as DemoLocale));
themeSwitch.addEventListener('change', () => applyTheme(themeSwitch.value));
