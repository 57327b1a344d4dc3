import { CoeHighlightsTimeline } from '../components/highlights-timeline/highlights-timeline.js';
import { defineElement } from '../core/registration.js';
import { TAGS } from '../core/tags.js';

defineElement(TAGS.highlightsTimeline, CoeHighlightsTimeline);

export { CoeHighlightsTimeline };
