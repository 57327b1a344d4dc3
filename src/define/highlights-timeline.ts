import { CoeHighlightsTimeline } from '../components/highlights-timeline/highlights-timeline.js';
import { defineElement } from '../core/registration.js';

defineElement('coe-highlights-timeline', CoeHighlightsTimeline);

export { CoeHighlightsTimeline };
