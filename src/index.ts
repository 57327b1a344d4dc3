/**
 * Side-effect-free exports: classes to register under your own tag names,
 * the data model, validation, loading, i18n and safety helpers.
 * Importing this module defines nothing; import `coe-partnership-widgets/all.js`
 * (or one element's entry) to define the `coe-` tags.
 */
// First: the default data's modules then sit together in a bundle, as gzip compresses them best (measured: 400 B).
export { defaultData } from './core/data/default-data.js';
export { CoePartnership } from './components/partnership/partnership.js';
export { CoeContactForm } from './components/contact-form/contact-form.js';
export { ContactSendError, type SendFailureKind, type ContactEncoding } from './components/contact-form/contact-form.send.js';
export { CoeContactSubmitEvent, CoeContactSuccessEvent, CoeContactErrorEvent, type ContactData } from './core/events.js';
export { CoeHighlightsTimeline } from './components/highlights-timeline/highlights-timeline.js';
export type { TimelineOrder } from './components/highlights-timeline/highlights-timeline.query.js';
export { CoeBenefitsList, type BenefitsListName, type BenefitsLayout } from './components/benefits-list/benefits-list.js';
export { CoePartnerGrid } from './components/partner-grid/partner-grid.js';
export type { KindFilter, PartnerSort } from './components/partner-grid/partner-grid.query.js';
export { CoePartnerBadge, DEFAULT_VERIFY_URL, type BadgeVariant } from './components/partner-badge/partner-badge.js';
/** Every widget's `theme`; `BadgeTheme` is the same type under its first name. */
export type { Theme, Theme as BadgeTheme } from './core/theme.js';

export type * from './core/data/types.js';
export { validatePartnershipData, validateList, type ValidationResult } from './core/data/validate.js';
export { loadPartnershipData, fetchDataDocument, type LoadOptions } from './core/data/load.js';
export { DataValidationError, DataLoadError, type DataIssue, type DataLoadFailure } from './core/data/errors.js';
export { parsePartialDate, comparePartialDates } from './core/data/partial-date.js';
export { CoeDataErrorEvent, CoeFilterChangeEvent, type DataErrorDetail, type FilterChangeDetail } from './core/events.js';
export type { Messages } from './core/i18n/messages.js';
export { registerTranslation, builtInTranslation, type Translation } from './translation.js';
export type { PartnerGridMessages } from './components/partner-grid/partner-grid.messages.js';
export type { HighlightsTimelineMessages } from './components/highlights-timeline/highlights-timeline.messages.js';
export type { BenefitsListMessages } from './components/benefits-list/benefits-list.messages.js';
export type { ContactFormMessages } from './components/contact-form/contact-form.messages.js';
export type { ContactErrorTexts } from './components/contact-form/contact-form.error-texts.js';
export { resolveLocale, matchLocale } from './core/i18n/locale.js';
export { widgetLocales } from './core/i18n/registry.js';
export { formatCount, formatPartialDate, localize } from './core/i18n/format.js';
export { pluralForm, type PluralForms } from './core/i18n/plural.js';
export { defineElement } from './core/registration.js';
export { safeHref } from './core/url.js';
export { PARTNERSHIP_CONTEXT_KEY, type PartnershipContextValue } from './core/context-key.js';
export { VERSION } from './core/version.js';
