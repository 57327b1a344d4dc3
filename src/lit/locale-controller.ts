import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/data/types.js';
import { messagesFor } from '../core/i18n/catalog.js';
import { observeLang } from '../core/i18n/lang-observer.js';
import { resolveLocale, resolveServerLocale } from '../core/i18n/locale.js';
import type { Messages } from '../core/i18n/messages.js';

/**
 * Gives a widget its language (PRODUCT.md's order: own `lang`, closest
 * ancestor's, the document's; English otherwise) and re-renders it when any
 * `lang` above it changes. Widgets that need no data (the contact form) use it
 * alone; PartnershipController builds on it.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private unobserve?: () => void;
  private current: Locale = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unobserve = observeLang(this.host, () => this.refresh());
    // Moved under another `lang` while detached: render in the new language.
    this.refresh();
  }

  hostDisconnected(): void {
    this.unobserve?.();
  }

  hostUpdate(): void {
    this.current = resolveLocale(this.host);
  }

  /** The language the widget speaks: `en` or `fr`. A server render runs no `hostUpdate`: there it is resolved when asked. */
  get locale(): Locale {
    return isServer ? resolveServerLocale(this.host) : this.current;
  }

  /** The common messages in that language. */
  get messages(): Messages {
    return messagesFor(this.locale);
  }

  private refresh(): void {
    if (resolveLocale(this.host) !== this.current) this.host.requestUpdate();
  }
}
