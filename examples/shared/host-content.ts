// What both example hosts (React and Vue) give the widgets and how they describe what they hear back.
// A real host would hold its own data; here it is shared so that both examples show the same thing.
import type { ContactData, FilterChangeDetail, Partner, PartnershipData, TextItem } from 'coe-partnership-widgets';

export type HostLang = 'en' | 'fr';

export const otherLang = (lang: HostLang): HostLang => (lang === 'en' ? 'fr' : 'en');

/** The language button's label: the name of the language it switches to, in that language. */
export const LANGUAGE_NAMES: Readonly<Record<HostLang, string>> = { en: 'English', fr: 'Français' };

/** Set as the `partners` property of `<coe-partner-grid>`: an array, instead of the embedded default partners. */
export const hostPartners: readonly Partner[] = [
  { id: 'example-cloud', name: 'Example Cloud', kind: 'company', joined: '2019-03', website: 'https://example.com/' },
  { id: 'sample-telecom', name: 'Sample Telecom', kind: 'company', joined: '2021', website: 'https://example.net/' },
  { id: 'open-web-association', name: 'Open Web Association', kind: 'association', joined: null, website: 'https://example.org/' },
];

/** Set as the `items` property of `<coe-benefits-list>`: texts in both languages, so the language button shows. */
export const hostBenefits: readonly TextItem[] = [
  {
    id: 'host-dialogue',
    title: { en: 'A direct line to the Council of Europe', fr: 'Un lien direct avec le Conseil de l’Europe' },
    text: {
      en: 'Partners discuss digital policy with the Organisation’s experts.',
      fr: 'Les partenaires échangent sur les politiques numériques avec les experts de l’Organisation.',
    },
  },
  {
    id: 'host-standards',
    title: { en: 'A voice in standard-setting', fr: 'Une voix dans l’élaboration des normes' },
    text: {
      en: 'Partners are consulted on the standards that concern them.',
      fr: 'Les partenaires sont consultés sur les normes qui les concernent.',
    },
  },
];

/** Set as the `data` property of `<coe-partnership>`: an object shared with every widget inside it. */
export const hostData: PartnershipData = {
  highlights: [
    {
      id: 'host-page-live',
      date: '2024-05',
      title: { en: 'Our partnership page goes live', fr: 'Notre page du partenariat est en ligne' },
      text: {
        en: 'This example host gives the timeline its own highlights.',
        fr: 'Cet exemple d’hôte donne ses propres temps forts à la frise.',
      },
    },
  ],
};

/** The host's own record of the grid's last `coe-filter-change`. */
export function describeFilter(detail: FilterChangeDetail | null): string {
  if (!detail) return 'No coe-filter-change yet.';
  const query = detail.query ? `, search "${detail.query}"` : '';
  return `Last coe-filter-change: kind ${detail.kind}${query}, ${detail.count} shown.`;
}

/** The host's own record of the message it took over from `coe-contact-submit` (it would send it itself). */
export function describeReceived(data: ContactData | null): string {
  if (!data) return 'No message received yet.';
  return `Message received from ${data.name ?? ''} <${data.email ?? ''}>: this page sends it itself.`;
}

/** The fields the host received, for display. */
export const receivedJson = (data: ContactData | null): string => (data ? JSON.stringify(data, null, 2) : '');
