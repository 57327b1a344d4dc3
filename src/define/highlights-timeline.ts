import { CoeHighlightsTimeline } from '../components/highlights-timeline/highlights-timeline.js';
import { defineElement } from '../core/registration.js';
import { HIGHLIGHTS_TIMELINE_TAG } from '../core/tags.js';

defineElement(HIGHLIGHTS_TIMELINE_TAG, CoeHighlightsTimeline);

export { CoeHighlightsTimeline };
