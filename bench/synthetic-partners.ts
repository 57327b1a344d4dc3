import type { Partner } from '../src/core/data/types.js';

const SYLLABLES = [
  'tel',
  'co',
  'net',
  'dig',
  'ita',
  'ló',
  'gic',
  'sys',
  'da',
  'ta',
  'mé',
  'ga',
  'ver',
  'so',
  'ní',
  'ca',
  'lux',
  'pro',
  'vi',
  'zen',
];
const DATES = ['2017-11-08', '2018-05-23', '2020-02', '2022-06', '2023', null];

/** `count` deterministic, valid partners with accented names, both kinds and unknown dates. */
export function syntheticPartners(count: number): Partner[] {
  return Array.from({ length: count }, (_, index) => {
    const word = (seed: number) =>
      Array.from({ length: 2 + (seed % 3) }, (__, i) => SYLLABLES[(seed * 7 + i * 13) % SYLLABLES.length]).join('');
    const name = `${word(index)} ${word(index + 3)}`.replace(/^./, (letter) => letter.toUpperCase());
    return {
      id: `partner-${index}`,
      name: `${name} ${index}`,
      kind: index % 3 === 0 ? 'association' : 'company',
      joined: DATES[index % DATES.length],
      website: `https://partner-${index}.example/`,
    };
  });
}
