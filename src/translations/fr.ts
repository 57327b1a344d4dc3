import type { Translation } from '../translation.js';
import { contactErrorsFrench } from '../components/contact-form/contact-form.error-texts.fr.js';
import { pluralForm } from '../core/i18n/plural.js';

/** "caractère" as the character count says it, by French plural rules. */
const CHARACTERS = { one: 'caractère', other: 'caractères' };

/**
 * Every text of the widgets in French, as one typed translation (a missing text fails the typecheck). A
 * widget that speaks French imports it when it first needs it (src/lit/language-texts.ts), so a page in another
 * language does not load it; the server renderer and `builtInTranslation` import it directly.
 */
export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  common: {
    loading: 'Chargement…',
    loadError: 'Ces informations n’ont pas pu être chargées. Veuillez réessayer plus tard.',
    dataError: 'Ces informations ne peuvent pas être affichées.',
    invalidItems: (count, formatted) =>
      pluralForm(count, 'fr', {
        one: `${count === 1 ? 'Un' : formatted} élément n’a pas pu être affiché car ses données ne sont pas valides.`,
        other: `${formatted} éléments n’ont pas pu être affichés car leurs données ne sont pas valides.`,
      }),
    listCut: (shown, total) => `Seuls les ${shown} premiers éléments sont affichés\u00a0: la liste en compte ${total}.`,
    kind: { company: 'Entreprise', association: 'Association' },
    joined: (date) => `Partenaire depuis ${date}`,
    joinedUnknown: 'Date d’adhésion inconnue',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  partnerGrid: {
    listLabel: 'Partenaires du partenariat numérique',
    searchLabel: 'Rechercher un partenaire',
    filterLegend: 'Type de partenaire',
    filterAll: 'Tous',
    filterCompanies: 'Entreprises',
    filterAssociations: 'Associations',
    count: (count, formatted) =>
      count === 0 ? 'Aucun partenaire' : `${formatted} ${pluralForm(count, 'fr', { one: 'partenaire', other: 'partenaires' })}`,
    emptyForQuery: (query) => `Aucun partenaire ne correspond à «\u00a0${query}\u00a0». Vérifiez l’orthographe ou essayez un autre nom.`,
    emptyForKind: 'Aucun partenaire de ce type.',
    clearSearch: 'Effacer la recherche',
    showAll: 'Afficher tous les partenaires',
    verifiedPartner: (date) => `Partenaire numérique du Conseil de l’Europe vérifié depuis ${/^\d{1,2}\s/.test(date) ? 'le ' : ''}${date}`,
    verifiedPartnerDateUnknown: 'Partenaire numérique du Conseil de l’Europe vérifié (date d’adhésion inconnue)',
    unknownPartnerId: (id) => `Aucun partenaire numérique n’a l’identifiant «\u00a0${id}\u00a0».`,
  },
  highlightsTimeline: {
    listLabel: 'Temps forts du Partenariat numérique',
    readMore: 'En savoir plus',
    readMoreAbout: (title) => ` sur «\u00a0${title}\u00a0»`,
    empty: 'Aucun temps fort pour cette période.',
  },
  benefitsList: {
    listLabel: { benefits: 'Avantages du partenariat', cooperation: 'Formes de coopération' },
    empty: 'Il n’y a encore rien à afficher ici.',
  },
  contactForm: {
    labels: {
      name: 'Nom et prénom',
      email: 'Adresse électronique',
      organisation: 'Organisation',
      topic: 'Quel est l’objet de votre message\u00a0?',
      message: 'Votre message',
      consent: 'J’ai lu la déclaration de confidentialité et j’accepte que le Conseil de l’Europe traite mon message afin d’y répondre.',
    },
    optional: '(facultatif)',
    emailHint: 'Nous l’utilisons uniquement pour vous répondre.',
    topicPlaceholder: 'Choisissez un objet',
    topics: {
      joining: 'Rejoindre le partenariat',
      'existing-partnership': 'Un partenariat existant',
      media: 'Demande des médias',
      other: 'Autre sujet',
    },
    errorPrefix: 'Erreur\u00a0:',
    characterLimit: (max) => `Vous pouvez saisir jusqu’à ${max} caractères`,
    charactersRemaining: (count, formatted) => `Il vous reste ${formatted} ${pluralForm(count, 'fr', CHARACTERS)}`,
    charactersTooMany: (count, formatted) => `Vous avez ${formatted} ${pluralForm(count, 'fr', CHARACTERS)} en trop`,
    privacyStatement:
      'Votre message est transmis à l’équipe du Partenariat numérique du Conseil de l’Europe, qui l’utilise uniquement pour vous répondre et ne le conserve pas au-delà de ce qui est nécessaire à cette fin.',
    privacyLink: 'Comment nous protégeons vos données personnelles',
    privacyUrl: 'https://www.coe.int/fr/web/data-protection',
    honeypotLabel: 'Laissez ce champ vide',
    summaryTitle: 'Il y a un problème',
    send: 'Envoyer le message',
    sending: 'Envoi en cours…',
    sendingStatus: 'Envoi de votre message…',
    retryWaitStatus: 'Pas encore envoyé\u00a0: nouvel essai dans un instant…',
    failedTitle: 'Votre message n’a pas été envoyé',
    failures: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion à internet, puis réessayez.',
      timeout: 'Le serveur a mis trop de temps à répondre. Réessayez dans un instant.',
      server: 'Le serveur ne peut pas accepter votre message pour le moment. Réessayez dans un instant.',
      'rate-limited': 'Trop de messages ont été envoyés depuis cet appareil. Patientez une minute, puis réessayez.',
      rejected: 'Le serveur n’a pas accepté votre message.',
      'not-configured':
        'Ce formulaire ne peut pas envoyer de messages pour le moment. Veuillez contacter le Conseil de l’Europe par un autre moyen.',
    },
    draftKept: 'Votre message est conservé sur cette page, rien n’est perdu.',
    retry: 'Réessayer',
    draftRestored: 'Nous avons rétabli le message que vous n’aviez pas encore envoyé.',
    sentTitle: 'Merci, votre message a été envoyé',
    sentText: 'L’équipe du Partenariat numérique vous répondra par courrier électronique.',
    sendAnother: 'Envoyer un autre message',
    errors: contactErrorsFrench,
  },
};
