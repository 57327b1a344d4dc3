import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './base-styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every Lit widget shares: the base styles and the `theme` attribute.
 * Its locale and data come from a PartnershipController field in the subclass.
 */
export class CoeElement extends LitElement {
  static override styles = [baseStyles];

  /** `light` or `dark` forces a colour scheme; `auto` (default) follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme = 'auto';
}
