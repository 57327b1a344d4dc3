// The words for each problem with a field in French (English and the typedef: contact-form.error-texts.js), in
// plain JavaScript for the endpoint, which Node runs without a build; a page loads them with the French texts.

/** @type {import('./contact-form.error-texts.js').ContactErrorTexts} */
export const contactErrorsFrench = {
  required: { name: 'Indiquez vos nom et prénom', email: 'Indiquez votre adresse électronique', message: 'Saisissez votre message' },
  email: 'Indiquez une adresse électronique au bon format, par exemple nom@exemple.fr',
  topic: 'Choisissez l’objet de votre message',
  consent: 'Confirmez que vous avez lu la déclaration de confidentialité',
  tooLong: {
    name: (max) => `Vos nom et prénom doivent compter au maximum ${max} caractères`,
    organisation: (max) => `Le nom de l’organisation doit compter au maximum ${max} caractères`,
    message: (max) => `Votre message doit compter au maximum ${max} caractères`,
  },
};
