import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataStatus } from '../core/context-key.js';
import { defaultData } from '../core/data/default-data.js';
import { DataLoadError, type DataIssue } from '../core/data/errors.js';
import { loadPartnershipDataOnce } from '../core/data/load.js';
import type { DataListName, Locale, LocalizedText, PartialDate, PartnershipData } from '../core/data/types.js';
import { leftOutOf, validateList, type CutLengths, type LeftOutCounts, type ListItemTypes, type ListLeftOut } from '../core/data/validate.js';
import { reportDataIssues, reportLoadError } from '../core/report.js';
import { formatPartialDate, localize } from '../core/i18n/format.js';
import type { Messages } from '../core/i18n/messages.js';
import { ensureContextRoot, partnershipContext } from './context.js';
import { LocaleController } from './locale-controller.js';

/** A widget that owns a PartnershipController: a Lit element, optionally with a `src` attribute. */
export type PartnershipHost = ReactiveControllerHost & HTMLElement & { src?: string | null };

interface OwnSource {
  readonly url: string;
  status: DataStatus;
  data?: PartnershipData;
  error?: DataLoadError;
  leftOut?: LeftOutCounts;
  cut?: CutLengths;
}

/** A list given as a property, validated once per new value. */
interface ValidatedProperty {
  readonly input: unknown;
  readonly items: unknown[];
  readonly leftOut: LeftOutCounts;
  readonly cut: CutLengths;
}

/**
 * Gives a widget its data and its locale from one place, so no widget fetches
 * or resolves a language by itself. Data comes from, first to last: the
 * property the widget passes to `list()`, the widget's own `src`, the closest
 * `<coe-partnership>` provider, the embedded default data. The locale follows
 * PRODUCT.md's order and updates when any `lang` above the widget changes.
 */
export class PartnershipController implements ReactiveController {
  private readonly host: PartnershipHost;
  private readonly provider: ContextConsumer<typeof partnershipContext, PartnershipHost>;
  private readonly language: LocaleController;
  private ownSource?: OwnSource;
  private readonly validated = new Map<DataListName, ValidatedProperty>();

  constructor(host: PartnershipHost) {
    this.host = host;
    this.language = new LocaleController(host);
    ensureContextRoot();
    this.provider = new ContextConsumer(host, { context: partnershipContext, subscribe: true });
    host.addController(this);
  }

  hostUpdate(): void {
    this.syncOwnSource();
  }

  /** The language the widget speaks: `en` or `fr`. */
  get locale(): Locale {
    return this.language.locale;
  }

  get messages(): Messages {
    return this.language.messages;
  }

  /** `loading` while the widget's `src` (or its provider's) loads, `error` when that failed. */
  get status(): DataStatus {
    return this.ownSource?.status ?? this.provider.value?.status ?? 'ready';
  }

  get error(): DataLoadError | undefined {
    return this.ownSource ? this.ownSource.error : this.provider.value?.error;
  }

  /** The data document in force (own `src`, else the provider's, else the default). */
  get data(): PartnershipData {
    if (this.ownSource) return this.ownSource.data ?? {};
    return this.provider.value?.data ?? defaultData;
  }

  /**
   * The items of one list. When the widget was given the list as a property,
   * that value is validated (once per new value): invalid items are left out
   * and reported. Lists missing from the data come from the default data.
   */
  list<K extends DataListName>(name: K, property?: unknown): readonly ListItemTypes[K][] {
    if (property !== undefined && property !== null) {
      const cached = this.validated.get(name);
      if (cached?.input === property) return cached.items as ListItemTypes[K][];
      const { value, errors, leftOut, cut } = validateList(name, property);
      this.validated.set(name, { input: property, items: value, leftOut, cut });
      this.report(errors, `${name} property of <${this.host.localName}>`);
      return value;
    }
    if (this.status !== 'ready') return [];
    return (this.data[name] ?? defaultData[name] ?? []) as readonly ListItemTypes[K][];
  }

  /**
   * What a list left out (invalid items, the cut at the limit), for the widget's polite
   * notice: from the property last passed to `list()`, else from the data in force.
   */
  leftOut(name: DataListName, property?: unknown): ListLeftOut {
    if (property !== undefined && property !== null) return leftOutOf(this.validated.get(name), name);
    return leftOutOf(this.ownSource ?? this.provider.value, name);
  }

  text(text: LocalizedText | undefined): string {
    return localize(text, this.language.locale);
  }

  formatDate(date: PartialDate): string {
    return formatPartialDate(date, this.language.locale);
  }

  /** Tells the page's author (console) and the host page (`coe-data-error`) what was left out. */
  report(issues: readonly DataIssue[], source: string): void {
    reportDataIssues(this.host, issues, source);
  }

  private syncOwnSource(): void {
    const url = this.host.src?.trim() || undefined;
    if (url === this.ownSource?.url) return;
    if (!url) {
      this.ownSource = undefined;
      return;
    }
    const source: OwnSource = { url, status: 'loading' };
    this.ownSource = source;
    loadPartnershipDataOnce(url).then(
      ({ value, errors, leftOut, cut }) => {
        source.status = 'ready';
        source.data = value;
        source.leftOut = leftOut;
        source.cut = cut;
        if (this.ownSource === source) this.report(errors, `data from ${url}`);
      },
      (error: unknown) => {
        source.status = 'error';
        source.error = error instanceof DataLoadError ? error : new DataLoadError('network', url, String(error));
        if (this.ownSource === source) reportLoadError(source.error);
      },
    ).finally(() => {
      if (this.ownSource === source) this.host.requestUpdate();
    });
  }
}
