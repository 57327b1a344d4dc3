import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { THEMES, type Theme } from '../core/theme.js';
import { baseStyles } from './base-styles.js';
import { keepToAllowedValues, oneOf } from './one-of.js';

export type { Theme };

/**
 * What every Lit widget shares: the base styles and the `theme` attribute.
 * Its language comes from a LocaleController field, its data (for the data widgets) from a DataSourceController.
 */
export class CoeElement extends LitElement {
  static override styles = [baseStyles];

  /** `light` or `dark` forces a colour scheme; `auto` (default) follows the page's `color-scheme`, as the browser's own controls do (light where the page declares none). */
  @oneOf(THEMES) @property({ reflect: true }) theme: Theme = 'auto';

  protected override willUpdate(changed: PropertyValues): void {
    keepToAllowedValues(this, changed);
  }
}
