import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    position: relative;
  }

  form,
  .sent {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: 42rem;
  }

  p,
  h2,
  ul {
    margin: 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .field--error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75rem;
  }

  label {
    font-weight: 600;
  }

  .hint,
  .count,
  .privacy {
    color: var(--_text-muted);
  }

  .error-message,
  .count--over {
    color: var(--_danger);
    font-weight: 600;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    font: inherit;
    color: var(--_text);
    background-color: var(--_surface);
    border: 2px solid var(--_field-border);
    border-radius: calc(var(--_radius) / 2);
  }

  textarea {
    min-block-size: 10rem;
    resize: vertical;
  }

  input[readonly],
  textarea[readonly] {
    background-color: var(--_surface-alt);
  }

  .field--error :is(input, select, textarea) {
    border-color: var(--_danger);
  }

  .checkbox {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }

  .checkbox label {
    font-weight: 400;
  }

  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }

  .error-summary,
  .failure,
  .sent,
  .note {
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }

  .sent {
    border-color: var(--_success);
    gap: var(--_space);
  }

  .note {
    border-width: 0 0 0 4px;
    border-color: var(--_primary);
    border-radius: 0;
    background-color: var(--_surface-alt);
  }

  .panel-title {
    font-size: 1.25em;
    line-height: 1.3;
    margin-block-end: 0.5rem;
  }

  .error-list {
    padding-inline-start: 1.25rem;
  }

  .error-list a {
    color: var(--_danger);
    font-weight: 600;
  }

  .failure p + p,
  .failure .actions {
    margin-block-start: 0.5rem;
  }

  :is(.error-summary, .failure, .panel-title):focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--_on-primary);
    background-color: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    transition: background-color var(--_duration);
  }

  button[aria-disabled='true'] {
    cursor: progress;
  }

  button.secondary {
    color: var(--_primary);
    background-color: var(--_surface);
  }

  /* People never see the honeypot; it stays in the layout's flow-free corner so bots still find it. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  /* Narrow containers (a sidebar, a phone at 200% zoom): buttons take the whole line. */
  @container (max-width: 24rem) {
    .actions button {
      inline-size: 100%;
    }
  }

  /*
   * Forced colours: the send button's Canvas-on-LinkText would be Canvas text on the Canvas backplate the
   * browser draws behind text, so every button takes the system's button colours.
   */
  @media (forced-colors: active) {
    button,
    button.secondary {
      color: ButtonText;
      background-color: ButtonFace;
      border-color: ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .field--error,
    .error-summary,
    .failure,
    .sent,
    .note {
      border-color: CanvasText;
    }
  }
`;
