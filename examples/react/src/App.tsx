import { useState } from 'react';
import type { CoeContactSubmitEvent, CoeFilterChangeEvent, ContactData, FilterChangeDetail } from 'coe-partnership-widgets';
import {
  LANGUAGE_NAMES,
  describeFilter,
  describeReceived,
  hostBenefits,
  hostData,
  hostPartners,
  otherLang,
  receivedJson,
  type HostLang,
} from '../../shared/host-content.ts';

/**
 * A React 19 host. React 19 sets a prop as a property when the custom element has that property
 * (`partners`, `items`, `data`, `lang`), else as an attribute, and adds an `on<event-name>` prop as a
 * listener for exactly that event name: `oncoe-filter-change` listens to `coe-filter-change`.
 */
export function App() {
  const [lang, setLang] = useState<HostLang>('en');
  const [filter, setFilter] = useState<FilterChangeDetail | null>(null);
  const [received, setReceived] = useState<ContactData | null>(null);
  const nextLang = otherLang(lang);

  const onFilterChange = (event: CoeFilterChangeEvent): void => setFilter(event.detail);
  const onContactSubmit = (event: CoeContactSubmitEvent): void => {
    event.preventDefault(); // this host sends the message itself: the form does not post it
    setReceived(event.detail.data);
  };

  return (
    <main>
      <h1>coe-partnership-widgets in a React 19 host</h1>
      <p>
        <button type="button" id="lang-toggle" lang={nextLang} onClick={() => setLang(nextLang)}>
          {LANGUAGE_NAMES[nextLang]}
        </button>
      </p>
      <section className="host-state" aria-labelledby="host-state-title">
        <h2 id="host-state-title">What the host heard</h2>
        <p id="filter-state" role="status">
          {describeFilter(filter)}
        </p>
        <p id="submit-state" role="status">
          {describeReceived(received)}
        </p>
        {received && <pre id="received-data">{receivedJson(received)}</pre>}
      </section>
      <coe-partnership lang={lang} data={hostData}>
        <h2>Partners</h2>
        <coe-partner-grid partners={hostPartners} searchable filterable oncoe-filter-change={onFilterChange} />
        <h2>Highlights</h2>
        <coe-highlights-timeline />
        <h2>Benefits</h2>
        <coe-benefits-list items={hostBenefits} layout="cards" />
        <h2>Contact</h2>
        <coe-contact-form oncoe-contact-submit={onContactSubmit} />
      </coe-partnership>
    </main>
  );
}
