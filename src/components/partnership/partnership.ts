import { ContextProvider } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PartnershipContextValue } from '../../core/context-key.js';
import { defaultData } from '../../core/data/default-data.js';
import { DataLoadError } from '../../core/data/errors.js';
import { loadPartnershipDataOnce } from '../../core/data/load.js';
import type { PartnershipData } from '../../core/data/types.js';
import { validatePartnershipData } from '../../core/data/validate.js';
import { reportDataIssues, reportLoadError } from '../../core/report.js';
import { partnershipContext } from '../../lit/context.js';
import { partnershipStyles } from './partnership.styles.js';

/**
 * @tagname coe-partnership
 * @summary Optional provider: shares one data document and one language with every widget inside it.
 *
 * @description Wrap any number of widgets to give them data loaded once from `src` (or set through the
 * `data` property) and a language. Without a provider each widget uses the embedded default data.
 * The provider draws nothing itself; invalid or unreachable data is reported here and the widgets
 * inside show a polite fallback.
 *
 * @attribute {string} lang - Language of the widgets inside (`en`, `fr`), unless one of them or a closer ancestor has its own `lang`.
 *
 * @slot - The widgets (and any other content) that share this provider's data and language.
 *
 * @fires {CoeDataErrorEvent} coe-data-error - The data has invalid items; `detail.errors` lists each with its path. The valid part is shared.
 */
export class CoePartnership extends LitElement {
  static override styles = partnershipStyles;

  private readonly provider = new ContextProvider(this, {
    context: partnershipContext,
    initialValue: { data: defaultData, status: 'ready' },
  });

  /** URL of a data JSON document (see the data format); lists it lacks come from the default data. */
  @property() src: string | null = null;

  /** A data document given directly, for hosts that already hold it; `src` wins when both are set. */
  @property({ attribute: false }) data: unknown = undefined;

  private loadToken = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.loadData();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  private share(next: Partial<PartnershipContextValue>): void {
    this.provider.setValue({ ...this.provider.value, ...next });
  }

  private loadData(): void {
    const token = ++this.loadToken;
    const url = this.src?.trim();
    if (!url) {
      this.useDocument(this.data === undefined ? defaultData : this.data, `data property of <${this.localName}>`, this.data !== undefined);
      return;
    }
    this.share({ status: 'loading', error: undefined });
    loadPartnershipDataOnce(url).then(
      ({ value, errors, leftOut, cut }) => {
        if (token !== this.loadToken) return;
        reportDataIssues(this, errors, `data from ${url}`);
        this.share({ data: value, status: 'ready', error: undefined, leftOut, cut });
      },
      (error: unknown) => {
        if (token !== this.loadToken) return;
        const loadError = error instanceof DataLoadError ? error : new DataLoadError('network', url, String(error));
        reportLoadError(loadError);
        this.share({ data: {}, status: 'error', error: loadError, leftOut: {}, cut: {} });
      },
    );
  }

  private useDocument(input: unknown, source: string, needsValidation: boolean): void {
    if (!needsValidation) {
      this.share({ data: input as PartnershipData, status: 'ready', error: undefined, leftOut: {}, cut: {} });
      return;
    }
    const { value, errors, leftOut, cut } = validatePartnershipData(input);
    reportDataIssues(this, errors, source);
    this.share({ data: value, status: 'ready', error: undefined, leftOut, cut });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-partnership': CoePartnership;
  }
}
