import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CoeDataElement } from '../../src/lit/coe-data-element.js';
import { defineElement } from '../../src/core/registration.js';

/**
 * A minimal widget for the tests: shows what its PartnershipController hands
 * it (locale, status, partner names), the way every real widget consumes it.
 */
export class DataProbe extends CoeDataElement {
  @property({ attribute: false }) partners: unknown = undefined;

  protected override render(): unknown {
    const { messages, status } = this.partnership;
    if (status === 'loading') return html`<p role="status">${messages.loading}</p>`;
    if (status === 'error') return html`<p role="alert">${messages.loadError}</p>`;
    const partners = this.partnership.list('partners', this.partners);
    return html`<ul>
      ${partners.map(
        (partner) => html`<li data-id=${partner.id}>
          ${partner.name}
          <span>${partner.joined ? messages.joined(this.partnership.formatDate(partner.joined)) : messages.joinedUnknown}</span>
        </li>`,
      )}
    </ul>`;
  }

  /** What the visitor reads, for assertions. */
  get locale(): string {
    return this.partnership.locale;
  }
}

defineElement('test-data-probe', DataProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-probe': DataProbe;
  }
}
