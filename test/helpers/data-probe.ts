import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partner } from '../../src/core/data/types.js';
import { defaultPartners } from '../../src/core/data/default-partners.js';
import { CoeDataElement } from '../../src/lit/coe-data-element.js';
import { defineElement } from '../../src/core/registration.js';
import { renderDataStatus } from '../../src/lit/templates/data-status.js';

/**
 * A minimal widget for the tests: shows what its DataSourceController and LocaleController hand
 * it (locale, status, partner names), the way every real widget consumes them.
 */
export class DataProbe extends CoeDataElement {
  @property({ attribute: false }) partners: readonly Partner[] | undefined = undefined;

  /** Shows the partners, as the grid does, with the same default list. */
  protected override defaultLists() {
    return { partners: defaultPartners };
  }

  protected override render(): unknown {
    const { messages, formatDate } = this.language.view;
    const list = this.dataSource.list('partners', this.partners);
    const status = renderDataStatus(list, this.language.view);
    if (status) return status;
    return html`<ul>
      ${list.items.map(
        (partner) => html`<li data-id=${partner.id}>
          ${partner.name}
          <span>${partner.joined ? messages.joined(formatDate(partner.joined)) : messages.joinedUnknown}</span>
        </li>`,
      )}
    </ul>`;
  }

  /** What the visitor reads, for assertions. */
  get locale(): string {
    return this.language.locale;
  }
}

defineElement('test-data-probe', DataProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-probe': DataProbe;
  }
}
