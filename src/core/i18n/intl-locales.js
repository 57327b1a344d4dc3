// The BCP 47 tag each built-in language formats dates and numbers with ("8 November 2017", not
// "November 8, 2017"; "2 000" in French; "8. November 2017" in German). Plain JavaScript so that the
// contact endpoint, which Node runs without a build, formats its numbers as the widgets do
// (contact-form.error-texts.js). A registered language formats with its own code.

export const INTL_LOCALES = Object.freeze({ en: 'en-GB', fr: 'fr-FR', de: 'de-DE' });
