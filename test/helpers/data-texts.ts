import { defaultData } from '../../src/core/data/default-data.js';
import type { LocalizedText } from '../../src/core/data/types.js';

/** The default data's translated texts (descriptions, titles, texts) in English, the language they fall back to. */
export function englishDataTexts(): Set<string> {
  const texts: (LocalizedText | undefined)[] = [
    ...(defaultData.partners ?? []).map((partner) => partner.description),
    ...[...(defaultData.highlights ?? []), ...(defaultData.benefits ?? []), ...(defaultData.cooperation ?? [])].flatMap((item) => [
      item.title,
      item.text,
    ]),
  ];
  return new Set(texts.flatMap((text) => (text && typeof text === 'object' && text.en ? [text.en.trim()] : [])));
}
