import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CoeContactErrorEvent, CoeContactSubmitEvent, CoeContactSuccessEvent, type ContactData } from '../../core/events.js';
import { webHref } from '../../core/url.js';
import { CoeElement } from '../../lit/coe-element.js';
import { AnnounceController } from '../../lit/announce-controller.js';
import { oneOf } from '../../lit/one-of.js';
import { initialContactFormState, isInFlight, nextState, type ContactFormEvent, type ContactFormState } from './contact-form.state.js';
import * as fields from './contact-form.fields.js';
import { contactFormEnglish, type ContactFormMessages } from './contact-form.messages.js';
import { renderFailure, renderSent } from './contact-form.panels.js';
import { contactFormStyles } from './contact-form.styles.js';
import { characterCountView } from './contact-form.texts.js';
import { contactErrorText } from './contact-form.error-texts.js';
import { MessageDraft } from './contact-form.draft.js';
import * as sending from './contact-form.send.js';
import { CONTACT_ENCODINGS, ContactSendError, type ContactEncoding } from './contact-form.send.js';
import * as rules from './contact-form.rules.js';
import type { ContactField } from './contact-form.rules.js';

// The types this element's API names (properties, events), exported beside it for tools that read custom-elements.json.
export type { CoeContactErrorEvent, CoeContactSubmitEvent, CoeContactSuccessEvent } from '../../core/events.js';
export type { Theme } from '../../lit/coe-element.js';
export type { ContactEncoding } from './contact-form.send.js';

/** How long the character count waits after the last keystroke before it is announced (GOV.UK's delay). */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * @tagname coe-contact-form
 * @summary The Digital Partnership contact form: validated, accessible, and it never loses a message.
 *
 * @description Name, email, organisation (optional), topic and message, with a polite character count,
 * a GOV.UK-style error summary and inline errors, and a privacy statement. The draft is kept in
 * `sessionStorage` until the message is sent. Sending posts JSON (or form-urlencoded data) to `action`
 * with an `Idempotency-Key`, retries timeouts, network failures, 429 and 5xx, and shows server field
 * errors; a host that cancels `coe-contact-submit` sends the data itself. The endpoint's contract is on the
 * [Embedding page](?path=/docs/embedding--docs#the-contact-forms-endpoint-for-the-people-who-run-it).
 *
 * @attribute {string} lang - Language of the form (`en`, `fr`, `de` or a language registered with `registerTranslation`; any other falls back to English); default: the closest `lang` above it, then the document's.
 *
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (label, hint, error and control).
 * @csspart label - Each field's label.
 * @csspart hint - A field's hint.
 * @csspart input - Each text input, the select and the textarea.
 * @csspart textarea - The message textarea (also has part `input`).
 * @csspart checkbox - The acknowledgement checkbox (with `require-consent`).
 * @csspart field-error - The error message beside a field.
 * @csspart character-count - The visible character count under the message.
 * @csspart privacy - The privacy statement.
 * @csspart privacy-link - The link to the privacy notice.
 * @csspart error-summary - The error summary shown at the top after a failed submit.
 * @csspart failure - The panel saying the message was not sent, with the retry button.
 * @csspart retry - The retry button.
 * @csspart note - The note saying an unsent message was restored.
 * @csspart submit - The send button.
 * @csspart success - The confirmation that replaces the form once the message is sent.
 * @csspart send-another - The button that opens an empty form again.
 *
 * @cssprop --coe-color-primary - Buttons and links.
 * @cssprop --coe-color-on-primary - Text on the send button.
 * @cssprop --coe-color-text-muted - Hints, the character count and the privacy statement.
 * @cssprop --coe-color-surface - Background of the form and its fields.
 * @cssprop --coe-color-surface-alt - Background of fields while sending, and of notes.
 * @cssprop --coe-color-field-border - Field edges: 3:1 or more against the surface.
 * @cssprop --coe-color-danger - Errors.
 * @cssprop --coe-color-success - The confirmation's border.
 * @cssprop --coe-radius - Corner radius of panels (fields and buttons use half).
 * @cssprop --coe-motion-duration - Length of the buttons' transition (0s when the visitor prefers reduced motion).
 *
 * @fires {CoeContactSubmitEvent} coe-contact-submit - A valid message is about to be sent; `detail.data` holds the fields. Cancelable: call `preventDefault()` to send it yourself.
 * @fires {CoeContactSuccessEvent} coe-contact-success - The endpoint accepted the message; `detail.data`, `detail.response` (its JSON answer).
 * @fires {CoeContactErrorEvent} coe-contact-error - The message was not sent (after the retries, or refused); `detail.error` is a `ContactSendError` whose `kind` says why. The draft is kept.
 */
export class CoeContactForm extends CoeElement {
  static override styles = [...CoeElement.styles, contactFormStyles];

  private readonly draft = new MessageDraft(this);
  private readonly announcer = new AnnounceController(this, ANNOUNCE_DELAY_MS);

  /** The endpoint URL (http or https, relative to the page allowed). Without it, and unless a host cancels `coe-contact-submit`, the form says it cannot send. */
  @property() action: string | null = null;

  /** `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  @oneOf(CONTACT_ENCODINGS) @property({ reflect: true }) encoding: ContactEncoding = 'json';

  /** URL of the privacy notice the privacy statement links to (http or https); by default the Council of Europe's data protection page in the form's language. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;

  /** Adds an acknowledgement checkbox (never ticked in advance) that must be ticked to send. */
  @property({ type: Boolean, attribute: 'require-consent' }) requireConsent = false;

  /** Milliseconds one attempt may take before it counts as a timeout. */
  @property({ type: Number }) timeout = sending.DEFAULT_TIMEOUT_MS;

  /** Automatic retries after a timeout, a network failure, 429 or 5xx. */
  @property({ type: Number, attribute: false }) retries = sending.DEFAULT_RETRIES;

  /** Backoff base in milliseconds: retry n waits `retryDelay * 2^(n-1)` (or the server's `Retry-After`, up to 10 s). */
  @property({ type: Number, attribute: false }) retryDelay = sending.DEFAULT_RETRY_DELAY_MS;

  /** Where the form stands (contact-form.state.ts): the only thing its rendering reads besides the attributes. */
  @state() private form: ContactFormState = initialContactFormState();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated) return;
    const restored = this.draft.restore();
    if (restored) this.dispatch({ type: 'restore', values: rules.contactValuesFrom(restored) });
  }

  private get messages(): ContactFormMessages {
    return this.language.messagesOf(contactFormEnglish, 'contactForm');
  }

  private get fieldsInUse(): readonly ContactField[] {
    return rules.CONTACT_FIELDS.filter((field) => field !== 'consent' || this.requireConsent);
  }

  private dispatch(event: ContactFormEvent): void {
    this.form = nextState(this.form, event);
  }

  private readonly onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const field = control.name;
    if (!rules.isContactField(field)) return;
    const before = this.form;
    const value = control.type === 'checkbox' ? (control.checked ? rules.CONSENT_GIVEN : '') : control.value;
    this.dispatch({ type: 'edit', field, value, isChoice: control.localName === 'select' || control.type === 'checkbox' });
    // Refused (a message is in flight): render again, so the control shows the value being sent.
    if (this.form === before) return void this.requestUpdate();
    this.draft.edited(this.form.values);
    if (field === 'message') this.announcer.afterPause(() => this.characterCount().count);
  };

  private readonly onBlur = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name;
    if (rules.isContactField(field)) this.dispatch({ type: 'leave', field });
  };

  /** The form's submit (button, Enter) and the retry button. */
  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  private readonly onSendAnother = (): void => {
    this.dispatch({ type: 'restart' });
    this.draft.restart();
    void this.focusAfterUpdate('#name');
  };

  private readonly onFollowSummaryLink = (event: Event): void => fields.followSummaryLink(this.renderRoot, event);

  /** Validates, asks the host (`coe-contact-submit`), then sends once: a second submit while sending does nothing. */
  private async send(): Promise<void> {
    if (isInFlight(this.form)) return;
    const { values } = this.form;
    const isValid = Object.keys(rules.validateContact(values, this.requireConsent)).length === 0;
    this.dispatch({ type: 'submit', fields: this.fieldsInUse, isValid });
    if (!isValid) return void this.focusAfterUpdate('.error-summary');
    const data = rules.contactData(values, this.fieldsInUse, {
      lang: this.language.locale,
      [rules.HONEYPOT_FIELD]: this.renderRoot.querySelector<HTMLInputElement>(`#${rules.HONEYPOT_FIELD}`)?.value ?? '',
      elapsedMs: String(this.draft.elapsedMs()),
    });
    if (!this.emit(new CoeContactSubmitEvent(data))) return;
    const url = webHref(this.action);
    if (!url) {
      console.error(
        `coe-partnership-widgets: <coe-contact-form> cannot send: its action ${this.action ? `"${this.action}" is not an http(s) URL` : 'is not set'}. ` +
          'Set action to the endpoint URL, or handle coe-contact-submit and call preventDefault() to send the message yourself.',
      );
      this.fail(new ContactSendError('not-configured', 'the form has no endpoint (action)'));
      return;
    }
    const idempotencyKey = this.draft.keyForSending(values);
    this.dispatch({ type: 'send' });
    this.announcer.now(this.messages.sendingStatus);
    try {
      const result = await sending.sendContactMessage(data, {
        url,
        encoding: this.encoding,
        idempotencyKey,
        timeoutMs: this.timeout,
        retries: this.retries,
        retryDelayMs: this.retryDelay,
        onWait: () => {
          this.dispatch({ type: 'wait' });
          this.announcer.now(this.messages.retryWaitStatus);
        },
        onRetry: () => {
          this.dispatch({ type: 'attempt' });
          this.announcer.now(this.messages.sendingStatus);
        },
      });
      this.succeed(data, result.response);
    } catch (error) {
      this.fail(error instanceof ContactSendError ? error : new ContactSendError('network', String(error)));
    }
  }

  private succeed(data: ContactData, response: unknown): void {
    this.draft.sent();
    this.announcer.now(undefined);
    this.dispatch({ type: 'sent' });
    void this.focusAfterUpdate('.sent .panel-title');
    this.emit(new CoeContactSuccessEvent({ data, response }));
  }

  /** Server field errors go to the summary and beside the fields; anything else to the failure panel. The draft stays. */
  private fail(error: ContactSendError): void {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors ?? {}).filter(([field]) => (this.fieldsInUse as readonly string[]).includes(field)),
    );
    this.announcer.now(undefined);
    this.dispatch({ type: 'fail', failure: error.kind, fieldErrors });
    void this.focusAfterUpdate(this.form.phase === 'invalid' ? '.error-summary' : '.failure');
    this.emit(new CoeContactErrorEvent(error));
  }

  /** Dispatches one of the documented events (listed in the JSDoc above, so the manifest names them once). */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  private characterCount(): fields.CharacterCountView {
    return characterCountView(this.messages, this.language.locale, this.form.values.message);
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly errorFor = (field: ContactField): string | undefined => {
    const fromServer = this.form.serverErrors[field];
    if (fromServer) return fromServer;
    if (!this.form.touched.has(field)) return undefined;
    const code = rules.fieldErrorCode(field, this.form.values, this.requireConsent);
    return code && contactErrorText(this.language.locale, field, code, this.messages.errors);
  };

  protected override render(): TemplateResult {
    const { messages, form } = this;
    const { locale } = this.language;
    if (form.phase === 'sent') return renderSent(messages, locale, this.onSendAnother);
    const isLocked = isInFlight(form);
    const view: fields.FieldsView = {
      messages,
      values: form.values,
      errorFor: this.errorFor,
      isLocked,
      onInput: this.onInput,
      onBlur: this.onBlur,
    };
    const summaryItems = this.fieldsInUse.flatMap((field) => {
      const text = this.errorFor(field);
      return text ? [{ field, text }] : [];
    });
    const privacyHref = webHref(this.privacyUrl ?? messages.privacyUrl ?? contactFormEnglish.privacyUrl);
    return html`<form novalidate part="form" lang=${locale} @submit=${this.onSubmit}>
      ${form.phase === 'invalid' && summaryItems.length > 0 ? fields.renderErrorSummary(messages.summaryTitle, summaryItems, this.onFollowSummaryLink) : nothing}
      ${form.phase === 'failed' ? renderFailure(messages, form.failure ?? 'network', this.onSubmit) : nothing}
      ${this.draft.isRestored ? html`<p class="note" part="note">${messages.draftRestored}</p>` : nothing}
      ${fields.renderTextField(view, 'name')} ${fields.renderTextField(view, 'email')} ${fields.renderTextField(view, 'organisation')}
      ${fields.renderTopicField(view)} ${fields.renderMessageField(view, this.characterCount())}
      ${fields.renderPrivacyStatement(messages, privacyHref, this.language.messages.opensInNewTab)}
      ${this.requireConsent ? fields.renderConsentField(view) : nothing} ${fields.renderHoneypot(messages.honeypotLabel)}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${isLocked ? 'true' : 'false'}>${isLocked ? messages.sending : messages.send}</button>
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcer.value ?? ''}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-contact-form': CoeContactForm;
  }
}
