import { css } from 'lit';

/**
 * The kit's look: it takes the page's font, colours and colour scheme (light or dark), so it sits on the
 * demo's pages and in Storybook alike. Down to 320 px wide: the fields stack and the snippet scrolls
 * sideways inside its own box rather than the page.
 */
export const partnerKitStyles = css`
  :host {
    display: block;
    color-scheme: inherit;
    --kit-border: light-dark(#4a5163, #9aa3b8);
    --kit-focus: light-dark(#003399, #ffcc00);
    --kit-stage: light-dark(#f2f4f9, #131823);
    --kit-ok: light-dark(#0b6b2f, #8fe0a8);
    --kit-error: light-dark(#b00020, #ff9aa8);
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.5rem;
  }
  form {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  fieldset {
    border: 1px solid var(--kit-border);
    border-radius: 0.5rem;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }
  .field > label {
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding-block: 0.125rem;
  }
  .hint {
    color: inherit;
    opacity: 0.85;
    font-size: 0.875rem;
  }
  select,
  textarea,
  button {
    font: inherit;
    color: FieldText;
    color-scheme: inherit;
    border: 1px solid var(--kit-border);
    border-radius: 0.375rem;
    background: Field;
    min-width: 0;
    max-width: 100%;
  }
  select {
    padding: 0.375rem 0.5rem;
  }
  textarea {
    display: block;
    width: 100%;
    padding: 0.5rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }
  button {
    padding: 0.5rem 1rem;
    font-weight: 600;
    background: light-dark(#003399, #c9d6ff);
    color: light-dark(#ffffff, #001133);
    border-color: transparent;
    cursor: pointer;
  }
  :is(select, textarea, button, input):focus-visible {
    outline: 3px solid var(--kit-focus);
    outline-offset: 2px;
  }
  .stage {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 8rem;
    padding: 1rem 0;
    border-radius: 0.5rem;
    background: var(--kit-stage);
    overflow-x: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 0.75rem;
  }
  [role='status'] {
    margin: 0;
    font-weight: 600;
  }
  [role='status'].copied {
    color: var(--kit-ok);
  }
  [role='status'].failed {
    color: var(--kit-error);
  }
  .missing {
    border-inline-start: 4px solid var(--kit-error);
    padding-inline-start: 0.75rem;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
