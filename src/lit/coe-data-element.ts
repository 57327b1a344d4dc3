import { html } from 'lit';
import type { PartnershipData } from '../core/data/types.js';
import { property } from 'lit/decorators.js';
import { CoeElement } from './coe-element.js';
import { DataSourceController } from './data-source-controller.js';

/**
 * What the data widgets (grid, timeline, benefits list) share: the `src` attribute, the
 * DataSourceController that hands them their lists (property, else own `src`, else the provider's,
 * else the default data), beside the language every widget has.
 */
export class CoeDataElement extends CoeElement {
  protected readonly dataSource = new DataSourceController(this, () => this.defaultLists());

  /** URL of a data JSON document to show (else the closest `<coe-partnership>`'s data, else the default data). */
  @property() src: string | null = null;

  /** Inside a `<coe-partnership>` whose module is still on its way, the widget waits for it (see DataSourceController). */
  protected override readyToDraw(): boolean {
    return super.readyToDraw() && !this.dataSource.waitsForProvider();
  }

  /**
   * The widget's content in one container marked with the language it is written in, which is not always
   * the page's: on a German page the widget falls back to English, and says so (WCAG 3.1.2).
   */
  protected override render(): unknown {
    return html`<div class="content" lang=${this.language.locale}>${this.renderContent()}</div>`;
  }

  /** The lists this widget shows when no data is given: each widget imports only its own (the default data's modules). */
  protected defaultLists(): Partial<PartnershipData> {
    return {};
  }

  /** What the widget shows; its texts are in `language.locale`. */
  protected renderContent(): unknown {
    return undefined;
  }
}
