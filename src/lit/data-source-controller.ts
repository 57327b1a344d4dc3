import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveControllerHost } from 'lit';
import type { DataStatus } from '../core/context-key.js';
import type { DataLoadError } from '../core/data/errors.js';
import type { DataListName, PartnershipData } from '../core/data/types.js';
import { leftOutOf, type ListItemTypes, type ListLeftOut, type ValidationResult } from '../core/data/list-result.js';
import { pendingElements } from '../core/pending-elements.js';
import { PARTNERSHIP_TAG } from '../core/tags.js';
import { ensureContextRoot, partnershipContext } from './context.js';
import { dataChecks } from './data-checks-loader.js';
import { DocumentSource, type DocumentSnapshot } from './document-source.js';

/** One list as a widget shows it. */
export interface ListSnapshot<T> {
  /** `loading` while the data in force loads, `error` when that failed; `ready` with `items` otherwise. */
  readonly status: DataStatus;
  /** The valid items (none unless `ready`). */
  readonly items: readonly T[];
  /** What was left out: invalid items, and the cut at the limit. */
  readonly leftOut: ListLeftOut;
  readonly error?: DataLoadError;
}

/** A widget with data: a Lit element with a `src` attribute. */
export type DataHost = ReactiveControllerHost & HTMLElement & { src: string | null };

/** Whether `element` is inside a `<coe-partnership>`, crossing shadow roots as the provider's context does. */
function isInsideProvider(element: Element): boolean {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode)
    if (node instanceof Element && node.localName === PARTNERSHIP_TAG) return true;
  return false;
}

/** No `src` anywhere: every list is the widget's own default. */
const DEFAULT_DOCUMENT: DocumentSnapshot = { status: 'ready', data: {} };

/**
 * Gives a widget its lists from one place, so no widget fetches or validates by itself. Each list
 * comes from, first to last: the property the widget was given (validated once per new value), the
 * widget's own `src`, the closest `<coe-partnership>`, the widget's own default lists (which also fill
 * any list a document lacks). Each widget brings only its own default lists (`defaults`), so a page that shows the
 * grid loads the partners, not the highlights; and a widget that shows its default lists loads no validation code
 * (data-checks-loader.ts): a list property shows as loading until that code arrives (one request through the CDN
 * loader; none in the one-file build, the server renderer or hydration, which have it).
 */
export class DataSourceController {
  private readonly host: DataHost;
  private readonly ownSource: DocumentSource;
  private readonly provider: ContextConsumer<typeof partnershipContext, DataHost>;
  private readonly validated = new Map<DataListName, { readonly input: unknown; readonly result: ValidationResult<unknown[]> }>();

  private readonly defaults: () => Partial<PartnershipData>;
  /** The data checks could not be imported: a list property shows the load error (said once in the console). */
  private checksFailed = false;
  /** Waiting for the provider around the widget, which the CDN loader is importing. */
  private awaitingProvider = false;

  constructor(host: DataHost, defaults: () => Partial<PartnershipData>) {
    this.host = host;
    this.defaults = defaults;
    this.ownSource = new DocumentSource(
      host,
      () => ({ url: host.src }),
      () => host.requestUpdate(),
    );
    ensureContextRoot();
    this.provider = new ContextConsumer(host, { context: partnershipContext, subscribe: true });
  }

  /** The list `name` as the widget shows it: `property` (the list given directly) over `src` over provider over default. */
  list<K extends DataListName>(name: K, property: readonly ListItemTypes[K][] | null | undefined): ListSnapshot<ListItemTypes[K]> {
    if (property !== undefined && property !== null) {
      const result = this.validatedProperty(name, property);
      if (!result) return { status: this.checksFailed ? 'error' : 'loading', items: [], leftOut: { invalid: 0 } };
      return { status: 'ready', items: result.value as ListItemTypes[K][], leftOut: leftOutOf(result, name) };
    }
    const document = this.ownSource.snapshot ?? this.provider.value ?? DEFAULT_DOCUMENT;
    if (document.status !== 'ready') return { status: document.status, items: [], leftOut: { invalid: 0 }, error: document.error };
    const items = (document.data[name] ?? this.defaults()[name] ?? []) as readonly ListItemTypes[K][];
    return { status: 'ready', items, leftOut: leftOutOf(document, name) };
  }

  /** The property's validation, or `undefined` while the data checks are being imported (the host updates after). */
  private validatedProperty(name: DataListName, property: unknown): ValidationResult<unknown[]> | undefined {
    const cached = this.validated.get(name);
    if (cached && cached.input === property) return cached.result;
    const checks = dataChecks.now;
    if (!checks) {
      if (!this.checksFailed)
        dataChecks.load().then(
          () => this.host.requestUpdate(),
          (error: unknown) => {
            this.checksFailed = true;
            console.error(`coe-partnership-widgets: <${this.host.localName}> cannot check its ${name}:`, error);
            this.host.requestUpdate();
          },
        );
      return undefined;
    }
    const result = checks.validateList(name, property);
    this.validated.set(name, { input: property, result });
    checks.reportDataIssues(this.host, result.errors, `<${this.host.localName}>.${name}`);
    return result;
  }

  /**
   * Whether the widget should wait for a `<coe-partnership>` around it whose module the CDN loader is still importing:
   * drawn before it, the widget would show its default lists, then the provider's (the wrong data for a moment, and
   * two renders). Once that import settles, the provider defined or not, the host updates, unless it has drawn
   * meanwhile (the provider, defined, gave its data).
   */
  waitsForProvider(): boolean {
    const pending =
      isServer || this.provider.value || customElements.get(PARTNERSHIP_TAG) ? undefined : pendingElements().get(PARTNERSHIP_TAG);
    const waits = Boolean(pending) && isInsideProvider(this.host);
    if (waits && !this.awaitingProvider)
      void pending!.then(() => {
        if (this.awaitingProvider) this.host.requestUpdate();
        this.awaitingProvider = false;
      });
    this.awaitingProvider = waits;
    return waits;
  }
}
