/**
 * Image names written as words inside a sentence ("servercore ltsc2022 on Windows Server 2019", "Nano Server
 * 1809 image"), found through the same names the image picker knows. Only names with a Server Core or Nano
 * Server word count: shorter names (`ltsc2019`, `server 2019`) name hosts as often as images.
 */
import type { Image } from '../knowledge/schema';
import type { CatalogIndex } from './catalog';
import { normaliseAlias } from './catalog';
import { nameKey } from './vocabulary';

/** Words that make a phrase an image name rather than a host name. */
const IMAGE_FAMILY = /\b(?:windowsservercore|servercore|server core|nanoserver|nano server)\b/;
const MAX_WORDS = 4;
const MAX_LINE_CHARS = 400;

/** The words of a line with the punctuation around them dropped (`(servercore` → `servercore`). */
function wordsOf(line: string): string[] {
  return line
    .split(/\s+/)
    .map((word) => word.replace(/^[("'[,;]+|[)"'\],;.!?]+$/g, ''))
    .filter((word) => word !== '');
}

/** Images named by phrases of 2 to 4 words in the lines (longest phrase first); marks the lines used. */
export function imagesNamedInText(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  index: CatalogIndex,
  used: Set<number>,
): Image[] {
  const found: Image[] = [];
  lines.forEach((line, lineIndex) => {
    if (skip.has(lineIndex) || line.length > MAX_LINE_CHARS) return;
    const words = wordsOf(line);
    for (let start = 0; start < words.length; start += 1) {
      for (let length = Math.min(MAX_WORDS, words.length - start); length >= 2; length -= 1) {
        const phrase = words.slice(start, start + length).join(' ');
        const key = nameKey(phrase);
        const images = index.imagesByName.get(key);
        if (images === undefined || !IMAGE_FAMILY.test(key) || index.hostsByAlias.has(normaliseAlias(phrase)))
          continue;
        for (const image of images) if (!found.includes(image)) found.push(image);
        used.add(lineIndex);
        start += length - 1;
        break;
      }
    }
  });
  return found;
}
