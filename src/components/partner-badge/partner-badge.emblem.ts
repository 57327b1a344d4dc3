/**
 * The badge's own emblem: an abstract shield with two rising chevrons, in the
 * Council of Europe's blue and gold. It is deliberately NOT the Council of
 * Europe's logo nor a circle of stars (those need authorisation); a host with
 * an approved logo passes it through the `logo` slot or the `logo` attribute.
 * Built with `createElementNS`: no markup string is ever parsed.
 */
/** A fresh emblem, decorative (the link's text says what it is): the shield, then the chevrons (the stylesheet colours the paths in this order). */
export function createEmblem(): SVGElement {
  const [svg, shield, chevrons] = ['svg', 'path', 'path'].map((name) => document.createElementNS('http://www.w3.org/2000/svg', name));
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('aria-hidden', 'true');
  svg.part = 'emblem';
  shield.setAttribute('d', 'M16 2 28 6.5V15c0 7-5 12.6-12 15C9 27.6 4 22 4 15V6.5Z');
  chevrons.setAttribute('d', 'm10 15 6-5.5 6 5.5m-12 7 6-5.5 6 5.5');
  svg.append(shield, chevrons);
  return svg;
}
