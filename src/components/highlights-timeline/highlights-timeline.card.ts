import { html, nothing, type TemplateResult } from 'lit';
import type { Highlight } from '../../core/data/types.js';
import { languageOf } from '../../core/i18n/format.js';
import { webHref } from '../../core/url.js';
import type { LocaleView } from '../../lit/locale-controller.js';
import { renderHeading } from '../../lit/templates/heading.js';
import { renderIcon } from '../../lit/templates/icons.js';
import type { HighlightsTimelineMessages } from './highlights-timeline.messages.js';

/**
 * One highlight: its marker on the line, then a card with the title (a real
 * heading, first for heading navigation), the date at its precision (shown
 * above the title), the text and, when the highlight has a safe link, a
 * "read more" link whose accessible name says what it opens. Texts carry the
 * language they are shown in (a missing translation falls back to English).
 */
export function renderHighlightCard(
  highlight: Highlight,
  language: LocaleView,
  messages: HighlightsTimelineMessages,
  headingLevel: number,
): TemplateResult {
  const { locale, text, formatDate } = language;
  const title = text(highlight.title);
  const href = webHref(highlight.link);
  return html`<li class="entry" part="item">
    <span class="marker" part="marker"></span>
    <div class="card" part="card">
      ${renderHeading(headingLevel, title, { className: 'card-title', part: 'title', lang: languageOf(highlight.title, locale) })}
      <time class="date" part="date" datetime=${highlight.date}>${formatDate(highlight.date)}</time>
      ${
        highlight.text === undefined
          ? nothing
          : html`<p class="card-text" part="text" lang=${languageOf(highlight.text, locale)}>${text(highlight.text)}</p>`
      }
      ${
        href === undefined
          ? nothing
          : html`<a class="read-more" part="link" href=${href}
            >${messages.readMore}<span class="visually-hidden">${messages.readMoreAbout(title)}</span>${renderIcon('arrow', {
              className: 'link-icon',
              part: 'link-icon',
            })}</a
          >`
      }
    </div>
  </li>`;
}
