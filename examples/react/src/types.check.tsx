// Proof that the generated JSX types bite (checked by `npm run typecheck:examples`, never bundled).

export const companies = <coe-partner-grid kind="company" sort="joined" searchable new-tab class="partners" />;
export const cards = <coe-benefits-list list="cooperation" layout="cards" heading-level={4} />;
export const counted = <coe-partner-grid oncoe-filter-change={(event) => console.log(event.detail.count.toFixed())} />;

// @ts-expect-error: "robots" is not a kind of partner ('all' | 'company' | 'association')
export const robots = <coe-partner-grid kind="robots" />;

// @ts-expect-error: a contact form posts JSON or a form, nothing else
export const xml = <coe-contact-form encoding="xml" />;

// @ts-expect-error: coe-filter-change's detail has kind, query and count, no "partners"
export const wrongDetail = <coe-partner-grid oncoe-filter-change={(event) => event.detail.partners} />;
