// The words for each problem with a field in German (English and the typedef: contact-form.error-texts.js), in
// plain JavaScript for the endpoint, which Node runs without a build; a page loads them with the German texts.

/** @type {import('./contact-form.error-texts.js').ContactErrorTexts} */
export const contactErrorsGerman = {
  required: {
    name: 'Geben Sie Ihren vollständigen Namen ein',
    email: 'Geben Sie Ihre E-Mail-Adresse ein',
    message: 'Geben Sie Ihre Nachricht ein',
  },
  email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de',
  topic: 'Wählen Sie aus, worum es in Ihrer Nachricht geht',
  consent: 'Bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben',
  tooLong: {
    name: (max) => `Der vollständige Name darf höchstens ${max} Zeichen lang sein`,
    organisation: (max) => `Der Name der Organisation darf höchstens ${max} Zeichen lang sein`,
    message: (max) => `Ihre Nachricht darf höchstens ${max} Zeichen lang sein`,
  },
};
