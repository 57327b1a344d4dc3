import { expect, fixture, html } from '@open-wc/testing';
import type { CoeHighlightsTimeline } from './highlights-timeline.js';
import '../../define/highlights-timeline.js';
import { defaultData } from '../../core/data/default-data.js';
import { englishDataTexts } from '../../../test/helpers/data-texts.js';
import { wronglyMarked } from '../../../test/helpers/lang.js';

async function germanTimeline(
  attributes = html`<coe-highlights-timeline lang="de"></coe-highlights-timeline>`,
): Promise<CoeHighlightsTimeline> {
  const timeline = await fixture<CoeHighlightsTimeline>(attributes);
  await timeline.updateComplete;
  return timeline;
}

describe('<coe-highlights-timeline> in German', () => {
  it('names its list and links in German and writes the dates the German way', async () => {
    const timeline = await germanTimeline();
    const root = timeline.shadowRoot!;
    expect(root.querySelector('[part=list]')!.getAttribute('aria-label')).to.equal('Höhepunkte der Digitalen Partnerschaft');
    const dates = [...root.querySelectorAll('[part=date]')].map((date) => date.textContent!.trim());
    expect(dates).to.include('8. November 2017');
    const first = defaultData.highlights![0]!;
    expect(dates[0]).to.equal(new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(first.date)));
    const link = root.querySelector('[part=link]');
    if (link) expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Mehr erfahren über „.+“$/);
  });

  it('says in German that a period has no highlight', async () => {
    const timeline = await germanTimeline(html`<coe-highlights-timeline lang="de" from="1990" to="1991"></coe-highlights-timeline>`);
    expect(timeline.shadowRoot!.querySelector('[part=empty]')!.textContent!.trim()).to.equal(
      'Für diesen Zeitraum gibt es keine Höhepunkte.',
    );
  });

  it('marks the titles and texts it only has in English as English, and everything else as German', async () => {
    const timeline = await germanTimeline();
    expect(timeline.shadowRoot!.querySelectorAll('[part=title][lang=en]').length).to.equal(defaultData.highlights!.length);
    expect(wronglyMarked(timeline, 'de', englishDataTexts())).to.deep.equal([]);
  });
});
