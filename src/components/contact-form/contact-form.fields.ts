/**
 * The contact form's fields, as private render helpers of <coe-contact-form>.
 * Every label, hint and error lives in the same shadow root as its control,
 * so `for`, `aria-describedby` and the error summary's links all resolve.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ContactFormMessages } from './contact-form.messages.js';
import { CONSENT_GIVEN, CONTACT_TOPICS, HONEYPOT_FIELD, type ContactField, type ContactValues } from './contact-form.rules.js';

/** What the field helpers need from the element. */
export interface FieldsView {
  readonly messages: ContactFormMessages;
  readonly values: ContactValues;
  /** The error shown beside a field (already in words), if any. */
  readonly errorFor: (field: ContactField) => string | undefined;
  /** True while sending: text stays readable and focusable, but cannot change. */
  readonly isLocked: boolean;
  readonly onInput: (event: Event) => void;
  readonly onBlur: (event: Event) => void;
}

export interface CharacterCountView {
  /** "You can enter up to 2,000 characters", for assistive technology. */
  readonly limit: string;
  /** "You have 1,880 characters remaining", shown as the visitor types. */
  readonly count: string;
  readonly isOver: boolean;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function renderError(view: FieldsView, field: ContactField): TemplateResult | typeof nothing {
  const error = view.errorFor(field);
  if (!error) return nothing;
  return html`<p class="error-message" id="${field}-error" part="field-error"><span class="visually-hidden">${view.messages.errorPrefix}</span> ${error}</p>`;
}

function fieldClass(view: FieldsView, field: ContactField): string {
  return view.errorFor(field) ? 'field field--error' : 'field';
}

type TextField = 'name' | 'email' | 'organisation';
interface TextFieldSpec {
  readonly type: 'text' | 'email';
  readonly autocomplete: 'name' | 'email' | 'organization';
  readonly isOptional?: boolean;
  readonly hasHint?: boolean;
}

const TEXT_FIELDS: Readonly<Record<TextField, TextFieldSpec>> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email', hasHint: true },
  organisation: { type: 'text', autocomplete: 'organization', isOptional: true },
};

export function renderTextField(view: FieldsView, field: TextField): TemplateResult {
  const { type, autocomplete, isOptional, hasHint } = TEXT_FIELDS[field];
  const error = view.errorFor(field);
  return html`<div class=${fieldClass(view, field)} part="field">
    <label for=${field} part="label">${view.messages.labels[field]}${isOptional ? ` ${view.messages.optional}` : ''}</label>
    ${hasHint ? html`<p class="hint" id="${field}-hint" part="hint">${view.messages.emailHint}</p>` : nothing}
    ${renderError(view, field)}
    <input
      id=${field}
      name=${field}
      type=${type}
      part="input"
      autocomplete=${autocomplete}
      spellcheck=${type === 'email' ? 'false' : 'true'}
      ?required=${!isOptional}
      ?readonly=${view.isLocked}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(hasHint && `${field}-hint`, error && `${field}-error`))}
      .value=${view.values[field]}
      @input=${view.onInput}
      @blur=${view.onBlur}
    />
  </div>`;
}

export function renderTopicField(view: FieldsView): TemplateResult {
  const { messages, values } = view;
  const error = view.errorFor('topic');
  return html`<div class=${fieldClass(view, 'topic')} part="field">
    <label for="topic" part="label">${messages.labels.topic}</label>
    ${renderError(view, 'topic')}
    <select
      id="topic"
      name="topic"
      part="input"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(error && 'topic-error'))}
      .value=${live(values.topic)}
      @input=${view.onInput}
      @blur=${view.onBlur}
    >
      <option value="" ?selected=${values.topic === ''}>${messages.topicPlaceholder}</option>
      ${CONTACT_TOPICS.map((topic) => html`<option value=${topic} ?selected=${values.topic === topic}>${messages.topics[topic]}</option>`)}
    </select>
  </div>`;
}

export function renderMessageField(view: FieldsView, count: CharacterCountView): TemplateResult {
  const error = view.errorFor('message');
  return html`<div class=${fieldClass(view, 'message')} part="field">
    <label for="message" part="label">${view.messages.labels.message}</label>
    <p class="visually-hidden" id="message-limit">${count.limit}</p>
    ${renderError(view, 'message')}
    <textarea
      id="message"
      name="message"
      part="input textarea"
      rows="8"
      required
      ?readonly=${view.isLocked}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy('message-limit', error && 'message-error'))}
      .value=${view.values.message}
      @input=${view.onInput}
      @blur=${view.onBlur}
    ></textarea>
    <p class=${count.isOver ? 'count count--over' : 'count'} part="character-count" aria-hidden="true">${count.count}</p>
  </div>`;
}

export function renderConsentField(view: FieldsView): TemplateResult {
  const error = view.errorFor('consent');
  return html`<div class=${fieldClass(view, 'consent')} part="field">
    ${renderError(view, 'consent')}
    <div class="checkbox">
      <input
        id="consent"
        name="consent"
        type="checkbox"
        part="checkbox"
        value=${CONSENT_GIVEN}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(error && 'consent-error'))}
        .checked=${live(view.values.consent === CONSENT_GIVEN)}
        @input=${view.onInput}
      />
      <label for="consent" part="label">${view.messages.labels.consent}</label>
    </div>
  </div>`;
}

export function renderPrivacyStatement(
  messages: ContactFormMessages,
  privacyHref: string | undefined,
  opensInNewTab: string,
): TemplateResult {
  const link = privacyHref
    ? html` <a href=${privacyHref} target="_blank" rel="noopener" part="privacy-link">${messages.privacyLink}<span class="visually-hidden"> ${opensInNewTab}</span></a>`
    : nothing;
  return html`<p class="privacy" part="privacy">${messages.privacyStatement}${link}</p>`;
}

/** The honeypot: invisible, silent to assistive technology, out of the tab order, never autofilled. */
export function renderHoneypot(label: string): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for=${HONEYPOT_FIELD}>${label}</label>
    <input id=${HONEYPOT_FIELD} name=${HONEYPOT_FIELD} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

export interface SummaryItem {
  readonly field: ContactField;
  readonly text: string;
}

/** GOV.UK's error summary: focused on a failed submit, one link per problem that moves focus to its field. */
export function renderErrorSummary(title: string, items: readonly SummaryItem[], onFollow: (event: Event) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 id="error-summary-title" class="panel-title">${title}</h2>
      <ul class="error-list">
        ${items.map((item) => html`<li><a href="#${item.field}" data-field=${item.field} @click=${onFollow}>${item.text}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** A summary link moves focus to its field, inside the shadow root, with the field's label in view. */
export function followSummaryLink(root: ParentNode, event: Event): void {
  event.preventDefault();
  const field = (event.currentTarget as HTMLElement).dataset.field;
  root.querySelector(`label[for="${field}"]`)?.scrollIntoView({ block: 'center' });
  root.querySelector<HTMLElement>(`#${field}`)?.focus({ preventScroll: true });
}
