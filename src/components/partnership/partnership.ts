import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { partnershipContext } from '../../lit/context.js';
import { updateCompleteAfterOnDemand } from '../../lit/on-demand.js';
import { DocumentSource, type DocumentSnapshot } from '../../lit/document-source.js';
import { partnershipStyles } from './partnership.styles.js';

// The types this element's API names (properties, events), exported beside it for tools that read custom-elements.json.
export type { CoeDataErrorEvent } from '../../core/events.js';

/** What the widgets inside get while the provider has no `src` and no `data`: no list, so each shows its own default. */
const DEFAULT_DOCUMENT: DocumentSnapshot = { status: 'ready', data: {} };

/**
 * @tagname coe-partnership
 * @summary Optional provider: shares one data document and one language with every widget inside it.
 *
 * @description Wrap any number of widgets to give them data loaded once from `src` (or set through the
 * `data` property) and a language. Without a provider each widget uses the embedded default data.
 * The provider draws nothing itself; invalid or unreachable data is reported here and the widgets
 * inside show a polite fallback.
 *
 * @attribute {string} lang - Language of the widgets inside (`en`, `fr`, `de` or a language registered with `registerTranslation`), unless one of them or a closer ancestor has its own `lang`.
 *
 * @slot - The widgets (and any other content) that share this provider's data and language.
 *
 * @fires {CoeDataErrorEvent} coe-data-error - The data has invalid items; `detail.errors` lists each with its path. The valid part is shared.
 */
export class CoePartnership extends LitElement {
  static override styles = partnershipStyles;

  private readonly provider = new ContextProvider(this, { context: partnershipContext, initialValue: DEFAULT_DOCUMENT });
  // Shares each snapshot of the provider's document (its `src`, else its `data`) with the widgets inside.
  protected readonly document = new DocumentSource(
    this,
    () => ({ url: this.src, document: this.data }),
    (snapshot) => this.provider.setValue(snapshot ?? DEFAULT_DOCUMENT),
  );

  /** URL of a data JSON document (see the data format); lists it lacks come from the default data. */
  @property() src: string | null = null;

  /** A data document given directly, for hosts that already hold it; `src` wins when both are set. */
  @property({ attribute: false }) data: unknown = undefined;

  /** Also waits for the data checks when a `src` or `data` needs them, so that it resolves once it shares that document (a `src` as loading, until its fetch ends). */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteAfterOnDemand(() => super.getUpdateComplete());
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-partnership': CoePartnership;
  }
}
