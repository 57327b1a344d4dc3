import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale, LocalizedText, PartialDate } from '../core/data/types.js';
import { formatPartialDate, localize } from '../core/i18n/format.js';
import { DEFAULT_LOCALE, messagesFor } from '../core/i18n/catalog.js';
import { observeLang } from '../core/i18n/lang-observer.js';
import { resolveLocale, resolveServerLocale } from '../core/i18n/locale.js';
import type { Messages } from '../core/i18n/messages.js';
import { onTranslationAdded, registeredSection, widgetLocales, type TranslationSection } from '../core/i18n/registry.js';
import { isUnavailable } from './language-texts.js';

/** What a template needs of the language: plain values, no controller. */
export interface LocaleView {
  /** The language the widget speaks: `en`, `fr`, `de` or a registered language. */
  readonly locale: Locale;
  /** The common messages in that language. */
  readonly messages: Messages;
  /** A data text in that language (or the language it falls back to). */
  readonly text: (text: LocalizedText | undefined) => string;
  /** A date at the precision the data gives ("2023", "February 2020", "8 November 2017"). */
  readonly formatDate: (date: PartialDate) => string;
}

/** One view per language, made once (again when a translation is registered). */
const views = new Map<Locale, LocaleView>();
onTranslationAdded(() => views.clear());

function localeView(locale: Locale): LocaleView {
  let view = views.get(locale);
  if (!view) {
    view = {
      locale,
      messages: messagesFor(locale),
      text: (text) => localize(text, locale),
      formatDate: (date) => formatPartialDate(date, locale),
    };
    views.set(locale, view);
  }
  return view;
}

/**
 * Gives a widget its language (the public order: own `lang`, closest
 * ancestor's, the document's, among the built-in and registered languages;
 * English otherwise) and re-renders it when any `lang` above it changes or a
 * translation is registered. Widgets that need no data (the contact form) use it
 * alone; the data widgets have it beside their DataSourceController.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private unobserve?: () => void;
  private unsubscribe?: () => void;
  private current: Locale = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unobserve = observeLang(this.host, () => this.refresh());
    // A registered language may be the one asked for, or give new texts to the one shown.
    this.unsubscribe = onTranslationAdded(() => this.host.requestUpdate());
    // Moved under another `lang` while detached: render in the new language.
    this.refresh();
  }

  hostDisconnected(): void {
    this.unobserve?.();
    this.unsubscribe?.();
  }

  hostUpdate(): void {
    this.current = this.resolve();
  }

  /** The language the widget asks for now (English when that language's texts could not be loaded). */
  resolve(): Locale {
    const locale = resolveLocale(this.host, widgetLocales());
    return isUnavailable(locale) ? DEFAULT_LOCALE : locale;
  }

  /** The language the widget speaks: `en`, `fr`, `de` or a registered language. A server render runs no `hostUpdate`: there it is resolved when asked. */
  get locale(): Locale {
    return isServer ? resolveServerLocale(this.host, widgetLocales()) : this.current;
  }

  /** The common messages in that language. */
  get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** The component's own texts in the widget's language: registered, built-in, else its `english` ones. */
  messagesOf<T>(english: T, section: TranslationSection): T {
    return registeredSection(this.locale, section, english);
  }

  /** The language as plain values for templates. */
  get view(): LocaleView {
    return localeView(this.locale);
  }

  private refresh(): void {
    // A widget held for its language's texts has not drawn yet: moved meanwhile, it asks again.
    if (!(this.host as { hasUpdated?: boolean }).hasUpdated || this.resolve() !== this.current) this.host.requestUpdate();
  }
}
