import { pluralForm } from '../../src/core/i18n/plural.js';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import '../../src/define/all.js';
import { validatePartnershipData, type ValidationResult } from '../../src/core/data/validate.js';
import { issueTextsFor } from '../../src/core/data/issue-texts.js';
import { checkDataDocument } from '../../src/core/data/check.js';
import { parseJson, type JsonSyntaxError } from '../../src/core/data/json-syntax.js';
import type { PartnershipData } from '../../src/core/data/types.js';
import { ToolbarController } from './docs-toolbar.js';

/** A small valid document to start from; the reader edits it or pastes their own. */
const SAMPLE = `{
  "partners": [
    { "id": "example-company", "name": "Example Company", "kind": "company", "joined": "2021-06", "website": "https://example.com/" },
    { "id": "example-association", "name": "Example Association", "kind": "association", "joined": null, "website": "https://example.org/",
      "description": { "en": "Joined as a founding member", "fr": "Membre fondateur" } }
  ],
  "highlights": [
    { "id": "first-meeting", "date": "2022-03-15", "title": { "en": "First meeting", "fr": "Première réunion" },
      "text": "The partners met in Strasbourg.", "link": "https://www.coe.int/" }
  ],
  "benefits": [
    { "id": "shared-expertise", "title": "Shared expertise", "text": "Partners and the Council of Europe learn from each other." }
  ]
}`;

type Check =
  | { readonly kind: 'not-json'; readonly error: JsonSyntaxError }
  | { readonly kind: 'checked'; readonly input: unknown; readonly result: ValidationResult<PartnershipData> };

/** The same functions the widgets and the `coe-widgets validate` command use: what it says is what they do. */
function check(text: string): Check {
  const parsed = parseJson(text);
  return 'error' in parsed
    ? { kind: 'not-json', error: parsed.error }
    : { kind: 'checked', input: parsed.value, result: validatePartnershipData(parsed.value) };
}

/**
 * @summary The Data page's live check: paste a data document, read the validator's messages with their paths,
 * and see the widgets render it (the document is given to a `<coe-partnership>` as its `data` property).
 */
export class DocsDataCheck extends LitElement {
  /**
   * The tag, for MDX to render as `<DocsDataCheck.tag />`: using an export keeps this module (and its registration) in the
   * build, which drops side-effect-only imports of files that package.json does not list in `sideEffects`.
   */
  static readonly tag = 'docs-data-check';

  static override styles = css`
    :host { display: block; font: 14px/1.45 system-ui, sans-serif; color: #1b1f29; }
    label { display: block; font-weight: 700; margin-block-end: 4px; }
    textarea { box-sizing: border-box; inline-size: 100%; min-block-size: 18rem; font: 13px/1.45 ui-monospace, monospace; padding: 8px; white-space: pre;
      border: 1px solid #4a5163; border-radius: 6px; }
    :focus-visible { outline: 3px solid #003399; outline-offset: 2px; }
    .report { border-inline-start: 6px solid #0b6b2f; padding: 8px 12px; margin-block: 12px; background: #f2f4f9; }
    .report.has-issues { border-color: #b00020; }
    .report h3 { margin: 0 0 4px; font-size: 16px; }
    ul { margin: 4px 0 0; padding-inline-start: 20px; }
    code { font: 13px ui-monospace, monospace; }
    .widgets { display: grid; gap: 12px; margin-block-start: 16px; }
    .widgets h3 { margin: 16px 0 0; font: 700 16px/1.3 ui-monospace, monospace; border-block-start: 1px solid #c5cbd8; padding-block-start: 12px; }
  `;

  @state() private text = SAMPLE;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Follows the toolbar: the findings and the widgets below speak its language and take its theme. */
  private readonly toolbar = new ToolbarController(this);

  private get locale(): string {
    return this.toolbar.choice.locale;
  }

  override render() {
    const result = check(this.text);
    const { theme } = this.toolbar.choice;
    return html`
      <label for="document">Data document (JSON)</label>
      <textarea id="document" spellcheck="false" .value=${this.text} @input=${this.onInput}></textarea>
      <div class="report ${result.kind === 'checked' && result.result.errors.length === 0 ? '' : 'has-issues'}" role="status">
        ${this.renderReport(result)}
      </div>
      ${
        result.kind === 'checked'
          ? html`<coe-partnership .data=${result.input} lang=${this.locale}>
            <div class="widgets">
              <h3>partners</h3>
              <coe-partner-grid searchable filterable theme=${theme}></coe-partner-grid>
              <h3>highlights</h3>
              <coe-highlights-timeline theme=${theme}></coe-highlights-timeline>
              <h3>benefits</h3>
              <coe-benefits-list layout="cards" theme=${theme}></coe-benefits-list>
              <h3>cooperation</h3>
              <coe-benefits-list list="cooperation" layout="cards" theme=${theme}></coe-benefits-list>
            </div>
          </coe-partnership>`
          : nothing
      }
    `;
  }

  private renderReport(result: Check) {
    const { locale } = this;
    if (result.kind === 'not-json') {
      const { line, column, excerpt } = result.error;
      return html`<h3>This is not JSON</h3>
        <p lang=${locale}>${issueTextsFor(locale).syntax(String(line), String(column))}</p>
        <pre>${excerpt}</pre>`;
    }
    const { findings, summary } = checkDataDocument(result.input, locale);
    return html`<h3>${findings.length === 0 ? 'Valid' : `${findings.length} ${pluralForm(findings.length, 'en', { one: 'issue', other: 'issues' })}`}</h3>
      <p lang=${locale}>${summary}</p>
      <p>A list the document leaves out shows the default data.</p>
      ${
        findings.length
          ? html`<ul lang=${locale}>
            ${findings.map((finding) => html`<li>${finding.text} <code>${finding.path || '(root)'}</code></li>`)}
          </ul>`
          : nothing
      }`;
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    // Checked once typing pauses, as the widgets' own live regions do.
    this.timer = setTimeout(() => (this.text = text), 400);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }
}

if (!customElements.get(DocsDataCheck.tag)) customElements.define(DocsDataCheck.tag, DocsDataCheck);

declare global {
  interface HTMLElementTagNameMap {
    'docs-data-check': DocsDataCheck;
  }
}
