/**
 * The partners of the default data in their compact form (id, name, join
 * date): all the partner badge carries, so that it stays a few kilobytes.
 * `default-partners.ts` adds each partner's kind, website and description.
 *
 * A join date that no source confirms is `null`: it is never guessed. A name is the same in every
 * language: what became of a partner since it joined ("now Meta", "joined as Element AI", as the Council
 * of Europe's page says) is its `description`, which has translations.
 */
import type { Partner } from './types.js';

/** What the badge needs of a partner. */
export type PartnerSummary = Pick<Partner, 'id' | 'name' | 'joined'>;

export const defaultPartnerRoster = [
  { id: 'apple', name: 'Apple', joined: '2017-11-08' },
  { id: 'att', name: 'AT&T', joined: null },
  { id: 'bt', name: 'BT', joined: null },
  { id: 'cloudflare', name: 'Cloudflare', joined: '2018-05-23' },
  { id: 'ccia', name: 'Computer & Communications Industry Association (CCIA)', joined: '2017-11-08' },
  { id: 'deutsche-telekom', name: 'Deutsche Telekom', joined: '2017-11-08' },
  { id: 'digitaleurope', name: 'DIGITALEUROPE', joined: '2017-11-08' },
  { id: 'servicenow', name: 'ServiceNow', joined: '2020-02' },
  { id: 'euroispa', name: 'EuroISPA', joined: '2018-05-23' },
  { id: 'european-digital-sme-alliance', name: 'European Digital SME Alliance', joined: '2017-11-08' },
  { id: 'etno', name: "European Telecommunications Network Operators' Association (ETNO)", joined: '2017-11-08' },
  { id: 'facebook', name: 'Facebook', joined: '2017-11-08' },
  { id: 'gni', name: 'Global Network Initiative (GNI)', joined: '2017-11-08' },
  { id: 'google', name: 'Google', joined: '2017-11-08' },
  { id: 'gsma', name: 'GSMA', joined: '2017-11-08' },
  { id: 'ibm', name: 'IBM', joined: null },
  { id: 'icco', name: 'International Communications Consultancy Organisation (ICCO)', joined: '2020-02' },
  { id: 'ieee', name: 'IEEE', joined: '2020-02' },
  { id: 'intel', name: 'Intel', joined: '2020-02' },
  { id: 'isoc', name: 'Internet Society (ISOC)', joined: null },
  { id: 'microsoft', name: 'Microsoft', joined: '2017-11-08' },
  { id: 'kaspersky', name: 'Kaspersky', joined: '2017-11-08' },
  { id: 'orange', name: 'Orange', joined: '2017-11-08' },
  { id: 'ripe-ncc', name: 'RIPE NCC', joined: '2020-02' },
  { id: 'telefonica', name: 'Telefónica', joined: '2017-11-08' },
  { id: 'icc', name: 'International Chamber of Commerce (ICC)', joined: '2022-06' },
  { id: 'lego-group', name: 'The LEGO Group', joined: '2022-06' },
] as const satisfies readonly PartnerSummary[];

/** The id of a partner of the default data. */
export type DefaultPartnerId = (typeof defaultPartnerRoster)[number]['id'];
