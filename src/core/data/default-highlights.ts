/** The cooperation highlights of the default data, oldest first (dates at the precision the sources give). */
import type { Highlight } from './types.js';

export const defaultHighlights: readonly Highlight[] = [
  {
    id: 'internet-governance-strategy',
    date: '2016-03-30',
    title: {
      en: 'Internet Governance Strategy 2016–2019 adopted',
      fr: 'Adoption de la Stratégie sur la gouvernance de l’internet 2016–2019',
    },
    text: {
      en: 'The strategy called for dialogue and cooperation with internet companies and their representative associations, to build a shared commitment to tackling the challenges of digital transformation.',
      fr: 'La stratégie appelait au dialogue et à la coopération avec les entreprises de l’internet et leurs associations représentatives, afin d’établir un engagement commun face aux défis de la transformation numérique.',
    },
    link: 'https://www.coe.int/web/freedom-expression/exchange-of-letters-background-information',
  },
  {
    id: 'partnership-launch',
    date: '2017-11-08',
    title: {
      en: 'Partnership launched at the World Forum for Democracy',
      fr: 'Lancement du partenariat au Forum mondial de la démocratie',
    },
    text: {
      en: "In Strasbourg, Secretary General Thorbjørn Jagland exchanged letters with eight leading technology companies and six associations, the partnership's 14 founding partners.",
      fr: 'À Strasbourg, le Secrétaire Général, Thorbjørn Jagland, a procédé à un échange de lettres avec huit grandes entreprises technologiques et six associations, soit 14 partenaires fondateurs.',
    },
    link: 'https://www.coe.int/en/web/freedom-expression/digital-partnership',
  },
  {
    id: 'new-partners-2018',
    date: '2018-05-23',
    title: {
      en: 'Cloudflare and EuroISPA join',
      fr: 'Cloudflare et EuroISPA rejoignent le partenariat',
    },
    text: {
      en: 'Two more partners joined, bringing the number of partners to 16.',
      fr: 'Deux nouveaux partenaires ont rejoint le partenariat, qui en compte alors 16.',
    },
    link: 'https://www.coe.int/en/web/freedom-expression/digital-partnership',
  },
  {
    id: 'new-partners-2020',
    date: '2020-02',
    title: {
      en: 'Element AI, ICCO, IEEE, Intel and RIPE NCC join',
      fr: 'Element AI, ICCO, IEEE, Intel et RIPE NCC rejoignent le partenariat',
    },
    text: {
      en: 'Five new partners joined, among them Element AI (now ServiceNow), bringing the number of partners to 21. In all, nine partners joined in 2020.',
      fr: 'Cinq nouveaux partenaires, dont Element AI (aujourd’hui ServiceNow), ont rejoint le partenariat, qui en compte alors 21. Au total, neuf partenaires l’ont rejoint en 2020.',
    },
  },
  {
    id: 'digital-agenda',
    date: '2022-05-04',
    title: {
      en: 'Digital Agenda 2022–2025 adopted',
      fr: 'Adoption de l’Agenda numérique 2022–2025',
    },
    text: {
      en: 'The Digital Agenda succeeds and builds on the Internet Governance Strategy 2016–2019.',
      fr: 'L’Agenda numérique succède à la Stratégie sur la gouvernance de l’internet 2016–2019 et s’appuie sur ses acquis.',
    },
  },
  {
    id: 'new-partners-2022',
    date: '2022-06',
    title: {
      en: 'ICC and the LEGO Group join',
      fr: 'L’ICC et le Groupe LEGO rejoignent le partenariat',
    },
    text: {
      en: 'Two new partners joined, bringing the number of partners to 27.',
      fr: 'Deux nouveaux partenaires ont rejoint le partenariat, qui en compte alors 27.',
    },
    link: 'https://www.coe.int/en/web/digital-governance/cooperation-with-companies',
  },
  {
    id: 'metaverse-report',
    date: '2023',
    title: {
      en: 'Report on the metaverse and human rights',
      fr: 'Rapport sur le métavers et les droits de l’homme',
    },
    text: {
      en: 'The findings of a report assessing the impact of the metaverse on human rights were presented at the Internet Governance Forum in October 2023. The joint Council of Europe–IEEE Standards Association report was launched at EuroDIG in June 2024.',
      fr: 'Les conclusions d’un rapport évaluant l’impact du métavers sur les droits de l’homme ont été présentées au Forum sur la gouvernance de l’internet en octobre 2023. Le rapport conjoint du Conseil de l’Europe et de l’IEEE Standards Association a été lancé lors d’EuroDIG en juin 2024.',
    },
  },
  {
    id: 'ai-convention-adopted',
    date: '2024-05-17',
    title: {
      en: 'Framework Convention on Artificial Intelligence adopted',
      fr: 'Adoption de la Convention-cadre sur l’intelligence artificielle',
    },
    text: {
      en: 'The Council of Europe adopted its Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law (CETS No. 225). A multilateral partnership was pivotal in shaping it.',
      fr: 'Le Conseil de l’Europe a adopté sa Convention-cadre sur l’intelligence artificielle et les droits de l’homme, la démocratie et l’État de droit (STCE n° 225). Un partenariat multilatéral a joué un rôle déterminant dans son élaboration.',
    },
  },
  {
    id: 'ai-convention-signature',
    date: '2024-09-05',
    title: {
      en: 'Framework Convention on Artificial Intelligence opened for signature in Vilnius',
      fr: 'Ouverture à la signature de la Convention-cadre sur l’intelligence artificielle à Vilnius',
    },
    text: {
      en: 'The Council of Europe Framework Convention on Artificial Intelligence (CETS No. 225) was opened for signature in Vilnius.',
      fr: 'La Convention-cadre du Conseil de l’Europe sur l’intelligence artificielle (STCE n° 225) a été ouverte à la signature à Vilnius.',
    },
  },
];
