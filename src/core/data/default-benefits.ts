/** The benefits of the partnership for companies, as the Council of Europe lists them. */
import type { TextItem } from './types.js';

export const defaultBenefits: readonly TextItem[] = [
  {
    id: 'user-trust',
    title: {
      en: 'Build user trust',
      fr: 'Renforcer la confiance des utilisateurs',
    },
    text: {
      en: 'Boost public confidence and user trust in their services by publicly affirming their corporate social responsibility and commitment to upholding human rights and the rule of law online.',
      fr: 'Renforcer la confiance du public et des utilisateurs dans leurs services en affirmant publiquement leur engagement en matière de responsabilité sociale des entreprises et de respect des droits de l’homme et de l’État de droit en ligne.',
    },
  },
  {
    id: 'legal-frameworks',
    title: {
      en: 'Understand Council of Europe legal frameworks',
      fr: 'Comprendre les cadres juridiques du Conseil de l’Europe',
    },
    text: {
      en: "Gain a deeper understanding of the Council of Europe's legal frameworks and international policy considerations, including the prevention of cybercrime, data protection, and addressing hate speech.",
      fr: 'Mieux comprendre les cadres juridiques du Conseil de l’Europe et les enjeux de politique internationale, notamment la prévention de la cybercriminalité, la protection des données et la lutte contre le discours de haine.',
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
      fr: 'Accéder au réseau des 46 États membres et 6 États observateurs du Conseil de l’Europe ainsi que d’organisations de la société civile, pour dialoguer et relever les défis. Ce réseau sert de système d’alerte précoce face aux questions juridiques et de droits de l’homme, de plus en plus complexes et en rapide évolution, que pose l’environnement numérique.',
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
      fr: 'Mieux connaître les attentes des gouvernements et de la société, en particulier sur les marchés émergents où elles ne disposent pas encore nécessairement d’une implantation physique.',
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
      fr: 'Contribuer à l’élaboration des politiques numériques du Conseil de l’Europe en participant activement aux discussions, afin que les recommandations et les instruments juridiques soient bien conçus et capables de répondre aux évolutions politiques actuelles comme futures.',
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
      fr: 'Concevoir et mettre en œuvre plus efficacement des initiatives de responsabilité sociale des entreprises en s’appuyant sur l’expertise du Conseil de l’Europe et en coopérant avec d’autres parties prenantes, afin de respecter les normes internationales en matière de droits de l’homme et d’optimiser les investissements consacrés à ces initiatives.',
    },
  },
];
