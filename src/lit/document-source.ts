import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartnershipContextValue } from '../core/context-key.js';
import { dataChecks, type DataChecks } from './data-checks-loader.js';

/** One data document and what became of it: the snapshot a provider shares and a widget's own `src` gives. */
export type DocumentSnapshot = PartnershipContextValue;

/** What the host gives: a `src` to load (it wins), else a document to validate, else nothing. */
export interface DocumentInput {
  readonly url?: string | null;
  readonly document?: unknown;
}

/**
 * One data document, loaded from a `src` or given directly, as one snapshot `{ status, data, error,
 * leftOut, cut }`: used by `<coe-partnership>` (its `src` and `data`) and by each widget's own `src`,
 * so loading, its errors and the report of invalid items are written once. A newer input wins over a
 * load still under way. `onChange` hears of each new snapshot (`undefined`: the host gave nothing). The loading and
 * checking code is imported when a first document is given (see data-checks-loader.ts).
 */
export class DocumentSource implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly read: () => DocumentInput;
  private readonly onChange: (snapshot: DocumentSnapshot | undefined) => void;
  private input?: { readonly url?: string; readonly document?: unknown };
  /** The document in force, or `undefined` when the host was given none. */
  snapshot?: DocumentSnapshot;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    read: () => DocumentInput,
    onChange: (snapshot: DocumentSnapshot | undefined) => void,
  ) {
    this.host = host;
    this.read = read;
    this.onChange = onChange;
    host.addController(this);
  }

  hostUpdate(): void {
    const { url: rawUrl, document } = this.read();
    const url = rawUrl?.trim() || undefined;
    if (this.input && url === this.input.url && (url || document === this.input.document)) return;
    const input = { url, document };
    this.input = input;
    if (url) this.load(url, input);
    else if (document === undefined) this.set(undefined);
    else this.validate(document, input);
  }

  private set(snapshot: DocumentSnapshot | undefined): void {
    this.snapshot = snapshot;
    this.onChange(snapshot);
  }

  private validate(document: unknown, input: object): void {
    const checks = dataChecks.now;
    if (checks) this.validateWith(checks, document);
    else this.withChecks(input, (loaded) => this.validateWith(loaded, document));
  }

  private validateWith({ validatePartnershipData, reportDataIssues }: DataChecks, document: unknown): void {
    const { value, errors, leftOut, cut } = validatePartnershipData(document);
    reportDataIssues(this.host, errors, `<${this.host.localName}>.data`);
    this.set({ status: 'ready', data: value, leftOut, cut });
  }

  private load(url: string, input: object): void {
    this.withChecks(input, ({ loadPartnershipDataOnce, reportDataIssues, reportLoadError, DataLoadError }) =>
      loadPartnershipDataOnce(url).then(
        ({ value, errors, leftOut, cut }) => {
          if (this.input !== input) return;
          reportDataIssues(this.host, errors, url);
          this.set({ status: 'ready', data: value, leftOut, cut });
        },
        (error: unknown) => {
          if (this.input !== input) return;
          const loadError = error instanceof DataLoadError ? error : new DataLoadError('network', url, String(error));
          reportLoadError(loadError, this.host);
          this.set({ status: 'error', data: {}, error: loadError });
        },
      ),
    );
  }

  /** Shows the document loading, imports the data checks, then runs `then` unless a newer input came meanwhile. */
  private withChecks(input: object, then: (checks: DataChecks) => unknown): void {
    this.set({ status: 'loading', data: {} });
    dataChecks.load().then(
      (checks) => void (this.input === input && then(checks)),
      (error: unknown) => {
        if (this.input !== input) return;
        console.error(`coe-partnership-widgets: <${this.host.localName}> cannot read its data:`, error);
        this.set({ status: 'error', data: {} });
      },
    );
  }
}
