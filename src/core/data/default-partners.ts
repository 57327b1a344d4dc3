/**
 * The partners of the default data: the roster (id, name, join date) with each
 * partner's kind, website and description. A partner missing here, or one
 * unknown to the roster, fails the typecheck.
 */
import { defaultPartnerRoster, type DefaultPartnerId } from './default-partner-roster.js';
import type { Partner } from './types.js';

/** What the data adds to the roster; `name` where the full name is longer than the roster's ("CCIA"). */
type PartnerDetails = Pick<Partner, 'kind' | 'website' | 'description'> & { readonly name?: string };

const details: Readonly<Record<DefaultPartnerId, PartnerDetails>> = {
  apple: { kind: 'company', website: 'https://www.apple.com/' },
  att: { kind: 'company', website: 'https://www.att.com/' },
  bt: { kind: 'company', website: 'https://www.bt.com/' },
  cloudflare: { kind: 'company', website: 'https://www.cloudflare.com/' },
  ccia: { kind: 'association', name: 'Computer & Communications Industry Association (CCIA)', website: 'https://www.ccianet.org/' },
  'deutsche-telekom': { kind: 'company', website: 'https://www.telekom.com/' },
  digitaleurope: { kind: 'association', website: 'https://www.digitaleurope.org/' },
  servicenow: {
    kind: 'company',
    website: 'https://www.servicenow.com/',
    description: {
      en: 'Joined as Element AI.',
      fr: 'A rejoint le partenariat sous le nom d’Element AI.',
    },
  },
  euroispa: { kind: 'association', website: 'https://www.euroispa.org/' },
  'european-digital-sme-alliance': { kind: 'association', website: 'https://www.digitalsme.eu/' },
  etno: {
    kind: 'association',
    name: "European Telecommunications Network Operators' Association (ETNO)",
    website: 'https://connecteurope.org/',
    description: {
      en: 'Renamed Connect Europe in September 2024.',
      fr: 'A pris le nom de Connect Europe en septembre 2024.',
    },
  },
  facebook: {
    kind: 'company',
    website: 'https://www.facebook.com/',
    description: {
      en: 'Now Meta.',
      fr: 'Aujourd’hui Meta.',
    },
  },
  gni: { kind: 'association', name: 'Global Network Initiative (GNI)', website: 'https://www.globalnetworkinitiative.org/' },
  google: { kind: 'company', website: 'https://www.google.com/' },
  gsma: { kind: 'association', website: 'https://www.gsma.com/' },
  ibm: { kind: 'company', website: 'https://www.ibm.com/' },
  icco: { kind: 'association', name: 'International Communications Consultancy Organisation (ICCO)', website: 'https://www.iccopr.com/' },
  ieee: { kind: 'association', website: 'https://www.ieee.org/' },
  intel: { kind: 'company', website: 'https://www.intel.com/' },
  isoc: { kind: 'association', name: 'Internet Society (ISOC)', website: 'https://www.internetsociety.org/' },
  microsoft: { kind: 'company', website: 'https://www.microsoft.com/' },
  kaspersky: {
    kind: 'company',
    website: 'https://www.kaspersky.com/',
    description: {
      en: 'Signed as Kaspersky Lab.',
      fr: 'A signé sous le nom de Kaspersky Lab.',
    },
  },
  orange: { kind: 'company', website: 'https://www.orange.com/' },
  'ripe-ncc': { kind: 'association', website: 'https://www.ripe.net/' },
  telefonica: { kind: 'company', website: 'https://www.telefonica.com/' },
  icc: { kind: 'association', name: 'International Chamber of Commerce (ICC)', website: 'https://www.iccwbo.org/' },
  'lego-group': { kind: 'company', website: 'https://www.lego.com/' },
};

/** The 27 partners, in the order of the Council of Europe's page. */
export const defaultPartners: readonly Partner[] = defaultPartnerRoster.map(({ id, name, joined, domains }): Partner => {
  const { kind, website, description, name: fullName = name } = details[id];
  const partner = { id, name: fullName, kind, joined, website, domains };
  return description ? { ...partner, description } : partner;
});
