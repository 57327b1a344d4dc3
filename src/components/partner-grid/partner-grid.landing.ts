/**
 * The partner badge's verification landing: a verified badge links to the partnership page with
 * `#partner=<id>`; a grid on that page reads the id (on load and on every `hashchange`) and marks
 * that partner. The id is only ever compared with the list's ids and shown as text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest id read from the address (a partner id is short; anything longer is not one). */
const MAX_ID_LENGTH = 100;

/** The partner id of a `#partner=<id>` address, lower-cased; `undefined` for any other address. */
export function partnerIdOf(hash: string): string | undefined {
  const match = /^#partner=([^&]+)/.exec(hash);
  if (!match) return undefined;
  try {
    const id = decodeURIComponent(match[1]).trim().toLowerCase();
    return id ? id.slice(0, MAX_ID_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

/** Follows the page's `#partner=<id>`: `id` is the partner asked for, `arrival` counts each new request of one. */
export class PartnerLandingController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  /** The partner id the page's address asks for, if any. */
  id?: string;
  /** Counts each time the address asked for a partner (again), so that the grid scrolls to it each time. */
  arrival = 0;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.read);
  }

  private readonly read = (): void => {
    const id = partnerIdOf(globalThis.location?.hash ?? '');
    if (id === this.id && id === undefined) return;
    this.id = id;
    if (id) this.arrival++;
    this.host.requestUpdate();
  };
}
