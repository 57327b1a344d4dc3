/** The contact form's outcome panels, as private render helpers of <coe-contact-form>. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/data/types.js';
import type { ContactFormMessages } from './contact-form.messages.js';
import type { SendFailureKind } from './contact-form.send.js';

/** The message was not sent: why, that nothing is lost, and a retry button (focused as a whole after the failure). */
export function renderFailure(messages: ContactFormMessages, kind: SendFailureKind, onRetry: (event: Event) => void): TemplateResult {
  const canRetry = kind !== 'not-configured';
  return html`<div class="failure" part="failure" tabindex="-1">
    <div role="alert">
      <h2 class="panel-title">${messages.failedTitle}</h2>
      <p>${messages.failures[kind]}</p>
      <p>${messages.draftKept}</p>
    </div>
    ${
      canRetry
        ? html`<div class="actions"><button type="button" class="secondary" part="retry" @click=${onRetry}>${messages.retry}</button></div>`
        : nothing
    }
  </div>`;
}

/** Replaces the form once the message is sent; its title takes focus. */
export function renderSent(messages: ContactFormMessages, locale: Locale, onSendAnother: () => void): TemplateResult {
  return html`<div class="sent" part="success" lang=${locale}>
    <h2 class="panel-title" tabindex="-1">${messages.sentTitle}</h2>
    <p>${messages.sentText}</p>
    <div class="actions">
      <button type="button" class="secondary" part="send-another" @click=${onSendAnother}>${messages.sendAnother}</button>
    </div>
  </div>`;
}
