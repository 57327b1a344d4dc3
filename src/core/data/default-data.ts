/**
 * The default data embedded in every widget: the partners, cooperation
 * highlights, benefits and forms of cooperation of the Council of Europe's
 * Digital Partnership with internet companies and their representative
 * associations.
 *
 * Compiled from public Council of Europe pages (chiefly
 * https://www.coe.int/en/web/digital-governance/cooperation-with-companies)
 * and the other public sources listed in the project's facts file
 * (shared/data/partnership-facts.json), with the original page's typos
 * corrected.
 *
 * A join date that no source confirms is `null`: it is never guessed.
 */
import type { PartnershipData } from './types.js';

export const defaultData: PartnershipData = {
  partners: [
    {
      id: 'apple',
      name: 'Apple',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.apple.com/',
    },
    {
      id: 'att',
      name: 'AT&T',
      kind: 'company',
      joined: null,
      website: 'https://www.att.com/',
    },
    {
      id: 'bt',
      name: 'BT',
      kind: 'company',
      joined: null,
      website: 'https://www.bt.com/',
    },
    {
      id: 'cloudflare',
      name: 'Cloudflare',
      kind: 'company',
      joined: '2018-05-23',
      website: 'https://www.cloudflare.com/',
    },
    {
      id: 'ccia',
      name: 'Computer & Communications Industry Association (CCIA)',
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://www.ccianet.org/',
    },
    {
      id: 'deutsche-telekom',
      name: 'Deutsche Telekom',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.telekom.com/',
    },
    {
      id: 'digitaleurope',
      name: 'DIGITALEUROPE',
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://www.digitaleurope.org/',
    },
    {
      id: 'servicenow',
      name: 'ServiceNow (formerly Element AI)',
      kind: 'company',
      joined: '2020-02',
      website: 'https://www.servicenow.com/',
      description: {
        en: 'Joined as Element AI.',
        fr: "A rejoint le partenariat sous le nom d'Element AI.",
      },
    },
    {
      id: 'euroispa',
      name: 'EuroISPA',
      kind: 'association',
      joined: '2018-05-23',
      website: 'https://www.euroispa.org/',
    },
    {
      id: 'european-digital-sme-alliance',
      name: 'European Digital SME Alliance',
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://www.digitalsme.eu/',
    },
    {
      id: 'etno',
      name: "European Telecommunications Network Operators' Association (ETNO)",
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://connecteurope.org/',
      description: {
        en: 'Renamed Connect Europe in September 2024.',
        fr: 'A pris le nom de Connect Europe en septembre 2024.',
      },
    },
    {
      id: 'facebook',
      name: 'Facebook (now Meta)',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.facebook.com/',
    },
    {
      id: 'gni',
      name: 'Global Network Initiative (GNI)',
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://www.globalnetworkinitiative.org/',
    },
    {
      id: 'google',
      name: 'Google',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.google.com/',
    },
    {
      id: 'gsma',
      name: 'GSMA',
      kind: 'association',
      joined: '2017-11-08',
      website: 'https://www.gsma.com/',
    },
    {
      id: 'ibm',
      name: 'IBM',
      kind: 'company',
      joined: null,
      website: 'https://www.ibm.com/',
    },
    {
      id: 'icco',
      name: 'International Communications Consultancy Organisation (ICCO)',
      kind: 'association',
      joined: '2020-02',
      website: 'https://www.iccopr.com/',
    },
    {
      id: 'ieee',
      name: 'IEEE',
      kind: 'association',
      joined: '2020-02',
      website: 'https://www.ieee.org/',
    },
    {
      id: 'intel',
      name: 'Intel',
      kind: 'company',
      joined: '2020-02',
      website: 'https://www.intel.com/',
    },
    {
      id: 'isoc',
      name: 'Internet Society (ISOC)',
      kind: 'association',
      joined: null,
      website: 'https://www.internetsociety.org/',
    },
    {
      id: 'microsoft',
      name: 'Microsoft',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.microsoft.com/',
    },
    {
      id: 'kaspersky',
      name: 'Kaspersky',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.kaspersky.com/',
      description: {
        en: 'Signed as Kaspersky Lab.',
        fr: 'A signé sous le nom de Kaspersky Lab.',
      },
    },
    {
      id: 'orange',
      name: 'Orange',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.orange.com/',
    },
    {
      id: 'ripe-ncc',
      name: 'RIPE NCC',
      kind: 'association',
      joined: '2020-02',
      website: 'https://www.ripe.net/',
    },
    {
      id: 'telefonica',
      name: 'Telefónica',
      kind: 'company',
      joined: '2017-11-08',
      website: 'https://www.telefonica.com/',
    },
    {
      id: 'icc',
      name: 'International Chamber of Commerce (ICC)',
      kind: 'association',
      joined: '2022-06',
      website: 'https://www.iccwbo.org/',
    },
    {
      id: 'lego-group',
      name: 'The LEGO Group',
      kind: 'company',
      joined: '2022-06',
      website: 'https://www.lego.com/',
    },
  ],

  highlights: [
    {
      id: 'internet-governance-strategy',
      date: '2016-03-30',
      title: {
        en: 'Internet Governance Strategy 2016–2019 adopted',
        fr: "Adoption de la Stratégie sur la gouvernance de l'internet 2016–2019",
      },
      text: {
        en: 'The strategy called for dialogue and cooperation with internet companies and their representative associations, to build a shared commitment to tackling the challenges of digital transformation.',
        fr: "La stratégie appelait au dialogue et à la coopération avec les entreprises de l'internet et leurs associations représentatives, afin d'établir un engagement commun face aux défis de la transformation numérique.",
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
        fr: "Cinq nouveaux partenaires, dont Element AI (aujourd'hui ServiceNow), ont rejoint le partenariat, qui en compte alors 21. Au total, neuf partenaires l'ont rejoint en 2020.",
      },
    },
    {
      id: 'digital-agenda',
      date: '2022-05-04',
      title: {
        en: 'Digital Agenda 2022–2025 adopted',
        fr: "Adoption de l'Agenda numérique 2022–2025",
      },
      text: {
        en: 'The Digital Agenda succeeds and builds on the Internet Governance Strategy 2016–2019.',
        fr: "L'Agenda numérique succède à la Stratégie sur la gouvernance de l'internet 2016–2019 et s'appuie sur ses acquis.",
      },
    },
    {
      id: 'new-partners-2022',
      date: '2022-06',
      title: {
        en: 'ICC and the LEGO Group join',
        fr: "L'ICC et le Groupe LEGO rejoignent le partenariat",
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
        fr: "Rapport sur le métavers et les droits de l'homme",
      },
      text: {
        en: 'The findings of a report assessing the impact of the metaverse on human rights were presented at the Internet Governance Forum in October 2023. The joint Council of Europe–IEEE Standards Association report was launched at EuroDIG in June 2024.',
        fr: "Les conclusions d'un rapport évaluant l'impact du métavers sur les droits de l'homme ont été présentées au Forum sur la gouvernance de l'internet en octobre 2023. Le rapport conjoint du Conseil de l'Europe et de l'IEEE Standards Association a été lancé lors d'EuroDIG en juin 2024.",
      },
    },
    {
      id: 'ai-convention-adopted',
      date: '2024-05-17',
      title: {
        en: 'Framework Convention on Artificial Intelligence adopted',
        fr: "Adoption de la Convention-cadre sur l'intelligence artificielle",
      },
      text: {
        en: 'The Council of Europe adopted its Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law (CETS No. 225). A multilateral partnership was pivotal in shaping it.',
        fr: "Le Conseil de l'Europe a adopté sa Convention-cadre sur l'intelligence artificielle et les droits de l'homme, la démocratie et l'État de droit (STCE n° 225). Un partenariat multilatéral a joué un rôle déterminant dans son élaboration.",
      },
    },
    {
      id: 'ai-convention-signature',
      date: '2024-09-05',
      title: {
        en: 'Framework Convention on Artificial Intelligence opened for signature in Vilnius',
        fr: "Ouverture à la signature de la Convention-cadre sur l'intelligence artificielle à Vilnius",
      },
      text: {
        en: 'The Council of Europe Framework Convention on Artificial Intelligence (CETS No. 225) was opened for signature in Vilnius.',
        fr: "La Convention-cadre du Conseil de l'Europe sur l'intelligence artificielle (STCE n° 225) a été ouverte à la signature à Vilnius.",
      },
    },
  ],

  benefits: [
    {
      id: 'user-trust',
      title: {
        en: 'Build user trust',
        fr: 'Renforcer la confiance des utilisateurs',
      },
      text: {
        en: 'Boost public confidence and user trust in their services by publicly affirming their corporate social responsibility and commitment to upholding human rights and the rule of law online.',
        fr: "Renforcer la confiance du public et des utilisateurs dans leurs services en affirmant publiquement leur engagement en matière de responsabilité sociale des entreprises et de respect des droits de l'homme et de l'État de droit en ligne.",
      },
    },
    {
      id: 'legal-frameworks',
      title: {
        en: 'Understand Council of Europe legal frameworks',
        fr: "Comprendre les cadres juridiques du Conseil de l'Europe",
      },
      text: {
        en: "Gain a deeper understanding of the Council of Europe's legal frameworks and international policy considerations, including the prevention of cybercrime, data protection, and addressing hate speech.",
        fr: "Mieux comprendre les cadres juridiques du Conseil de l'Europe et les enjeux de politique internationale, notamment la prévention de la cybercriminalité, la protection des données et la lutte contre le discours de haine.",
      },
    },
    {
      id: 'network',
      title: {
        en: 'Access a 46-state network',
        fr: 'Accéder à un réseau de 46 États',
      },
      text: {
        en: "Access the network of the Council of Europe's 46 member states and 6 observer states and civil society organisations to engage in dialogue and confront challenges. This network serves as an early warning system for the rapidly evolving and increasingly complex legal and human rights issues in the digital realm.",
        fr: "Accéder au réseau des 46 États membres et 6 États observateurs du Conseil de l'Europe ainsi que d'organisations de la société civile, pour dialoguer et relever les défis. Ce réseau sert de système d'alerte précoce face aux questions juridiques et de droits de l'homme, de plus en plus complexes et en rapide évolution, que pose l'environnement numérique.",
      },
    },
    {
      id: 'expectations',
      title: {
        en: 'Insight into expectations',
        fr: 'Mieux cerner les attentes',
      },
      text: {
        en: 'Gain insight into governmental and societal expectations, particularly in emerging markets where physical offices may not yet be established.',
        fr: "Mieux connaître les attentes des gouvernements et de la société, en particulier sur les marchés émergents où elles ne disposent pas encore nécessairement d'une implantation physique.",
      },
    },
    {
      id: 'digital-policy',
      title: {
        en: 'Shape digital policy',
        fr: 'Façonner les politiques numériques',
      },
      text: {
        en: 'Contribute to the development of Council of Europe digital policies by actively participating in discussions, ensuring that recommendations and legal instruments are well-crafted and capable of addressing both current and future policy changes.',
        fr: "Contribuer à l'élaboration des politiques numériques du Conseil de l'Europe en participant activement aux discussions, afin que les recommandations et les instruments juridiques soient bien conçus et capables de répondre aux évolutions politiques actuelles comme futures.",
      },
    },
    {
      id: 'csr-initiatives',
      title: {
        en: 'Stronger CSR initiatives',
        fr: 'Des initiatives de RSE plus solides',
      },
      text: {
        en: 'Design and implement corporate social responsibility initiatives more effectively by leveraging the expertise of the Council of Europe and cooperating with other stakeholders to meet international human rights standards and optimise investment in such initiatives.',
        fr: "Concevoir et mettre en œuvre plus efficacement des initiatives de responsabilité sociale des entreprises en s'appuyant sur l'expertise du Conseil de l'Europe et en coopérant avec d'autres parties prenantes, afin de respecter les normes internationales en matière de droits de l'homme et d'optimiser les investissements consacrés à ces initiatives.",
      },
    },
  ],

  cooperation: [
    {
      id: 'standard-setting',
      title: {
        en: 'Standard-setting',
        fr: 'Élaboration de normes',
      },
      text: {
        en: 'Participating in the work of committees and other intergovernmental or expert bodies of the Council of Europe, contributing to legally and politically binding standards.',
        fr: "Participer aux travaux des comités et autres organes intergouvernementaux ou d'experts du Conseil de l'Europe, en contribuant à des normes juridiquement et politiquement contraignantes.",
      },
    },
    {
      id: 'events',
      title: {
        en: 'Conferences and events',
        fr: 'Conférences et manifestations',
      },
      text: {
        en: 'Co-organising conferences and other awareness-raising events.',
        fr: "Co-organiser des conférences et d'autres manifestations de sensibilisation.",
      },
    },
    {
      id: 'expertise',
      title: {
        en: 'Expertise for studies',
        fr: 'Expertise pour les études',
      },
      text: {
        en: 'Providing expertise for Council of Europe studies and thematic reports, e.g. expert hearings or brainstorming sessions.',
        fr: "Apporter une expertise aux études et rapports thématiques du Conseil de l'Europe, par exemple lors d'auditions d'experts ou de séances de réflexion.",
      },
    },
    {
      id: 'training',
      title: {
        en: 'Training and seminars',
        fr: 'Formations et séminaires',
      },
      text: {
        en: 'Receiving Council of Europe expertise through training sessions or seminars.',
        fr: "Bénéficier de l'expertise du Conseil de l'Europe dans le cadre de sessions de formation ou de séminaires.",
      },
    },
    {
      id: 'joint-projects',
      title: {
        en: 'Joint projects',
        fr: 'Projets communs',
      },
      text: {
        en: 'Developing joint projects such as reports, visibility activities, exploration of new technologies and targeted partnerships.',
        fr: "Développer des projets communs tels que des rapports, des actions de visibilité, l'exploration de nouvelles technologies et des partenariats ciblés.",
      },
    },
  ],
};
