import type { ComponentMessages } from '../../core/i18n/component-messages.js';

/** The languages the badge's texts are written in (the widgets' `de` and registered languages are not the badge's). */
export const BADGE_LOCALES = ['en', 'fr'] as const;
export type BadgeLocale = (typeof BADGE_LOCALES)[number];

/** The badge's texts; it carries no other catalog, so that its CDN file stays a few kilobytes. */
export interface PartnerBadgeMessages {
  /** The claim, as the two lines it is shown on. */
  readonly claim: readonly [string, string];
  /** The full variant's line, e.g. "Partner since 2017". */
  readonly since: (year: string) => string;
  /** Shown instead of the partner's name when the partner id is missing or not in the list. */
  readonly unverified: string;
  /** Shown instead of the partner's name while the partner list loads. */
  readonly verifying: string;
  /** The neutral state's two lines: the programme, claiming nothing. */
  readonly programme: readonly [string, string];
  /** Ends the link's accessible name: where it leads (`site` is a host name such as www.coe.int). */
  readonly leadsTo: (site: string) => string;
}

export const partnerBadgeMessages: ComponentMessages<PartnerBadgeMessages, BadgeLocale> = {
  en: {
    claim: ['Digital Partner', 'of the Council of Europe'],
    since: (year) => `Partner since ${year}`,
    unverified: 'Partner not verified',
    verifying: 'Verifying the partner…',
    programme: ['Council of Europe', 'Digital Partnership'],
    leadsTo: (site) => ` – see the Digital Partnership page on ${site}`,
  },
  fr: {
    claim: ['Partenaire numérique', 'du Conseil de l’Europe'],
    since: (year) => `Partenaire depuis ${year}`,
    unverified: 'Partenaire non vérifié',
    verifying: 'Vérification du partenaire…',
    programme: ['Conseil de l’Europe', 'Partenariat numérique'],
    leadsTo: (site) => ` – voir la page du Partenariat numérique sur ${site}`,
  },
};
