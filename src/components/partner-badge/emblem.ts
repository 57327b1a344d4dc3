/**
 * The badge's own emblem: an abstract shield with two rising chevrons, in the
 * Council of Europe's blue and gold. It is deliberately NOT the Council of
 * Europe's logo nor a circle of stars (those need authorisation); a host with
 * an approved logo passes it through the `logo` slot or the `logo` attribute.
 * Built with `createElementNS`: no markup string is ever parsed.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/** A fresh emblem, decorative (the link's text says what it is). */
export function createEmblem(): SVGElement {
  const svg = svgElement('svg', { viewBox: '0 0 32 32', 'aria-hidden': 'true', part: 'emblem' });
  svg.append(
    svgElement('path', { class: 'shield', d: 'M16 2 28 6.5V15c0 7-5 12.6-12 15C9 27.6 4 22 4 15V6.5Z' }),
    svgElement('path', { class: 'chevrons', d: 'm10 15 6-5.5 6 5.5m-12 7 6-5.5 6 5.5' }),
  );
  return svg;
}
