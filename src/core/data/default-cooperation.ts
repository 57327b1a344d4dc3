/** The forms of cooperation open to partners. */
import type { TextItem } from './types.js';

export const defaultCooperation: readonly TextItem[] = [
  {
    id: 'standard-setting',
    title: {
      en: 'Standard-setting',
      fr: 'Élaboration de normes',
    },
    text: {
      en: 'Participating in the work of committees and other intergovernmental or expert bodies of the Council of Europe, contributing to legally and politically binding standards.',
      fr: 'Participer aux travaux des comités et autres organes intergouvernementaux ou d’experts du Conseil de l’Europe, en contribuant à des normes juridiquement et politiquement contraignantes.',
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
      fr: 'Co-organiser des conférences et d’autres manifestations de sensibilisation.',
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
      fr: 'Apporter une expertise aux études et rapports thématiques du Conseil de l’Europe, par exemple lors d’auditions d’experts ou de séances de réflexion.',
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
      fr: 'Bénéficier de l’expertise du Conseil de l’Europe dans le cadre de sessions de formation ou de séminaires.',
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
      fr: 'Développer des projets communs tels que des rapports, des actions de visibilité, l’exploration de nouvelles technologies et des partenariats ciblés.',
    },
  },
];
