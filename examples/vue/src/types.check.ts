// Proof that the generated Vue types bite (checked by `npm run typecheck:examples`, never bundled).
// Volar / vue-tsc check `<coe-partner-grid kind="company">` in a template against the tag's GlobalComponents
// entry; vue-tsc is not installed here, so this file checks the same props type with plain tsc.
import type { GlobalComponents } from 'vue';
import type {} from 'coe-partnership-widgets/vue';

/** The props a template may give a tag, as Volar reads them from GlobalComponents. */
type TemplateProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const companies: TemplateProps<'coe-partner-grid'> = { kind: 'company', sort: 'joined', searchable: true, newTab: true };
export const cards: TemplateProps<'coe-benefits-list'> = { list: 'cooperation', layout: 'cards', headingLevel: '4' };
export const counted: TemplateProps<'coe-partner-grid'> = { onCoeFilterChange: (event) => console.log(event.detail.count.toFixed()) };

// @ts-expect-error: "robots" is not a kind of partner ('all' | 'company' | 'association')
export const robots: TemplateProps<'coe-partner-grid'> = { kind: 'robots' };

// @ts-expect-error: a contact form posts JSON or a form, nothing else
export const xml: TemplateProps<'coe-contact-form'> = { encoding: 'xml' };

// @ts-expect-error: coe-filter-change's detail has kind, query and count, no "partners"
export const wrongDetail: TemplateProps<'coe-partner-grid'> = { onCoeFilterChange: (event) => event.detail.partners };
