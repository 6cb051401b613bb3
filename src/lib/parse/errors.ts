/**
 * Recognises the error messages people meet with Windows containers and explains each one in plain
 * words with what to do and where that comes from.
 */

/** One recognised error. `sources` are keys of content/sources.yaml. */
export interface ErrorExplanation {
  /** Stable id, e.g. `hcs-0xc0370101` or `image-newer-than-host`. */
  id: string;
  title: string;
  /** The text that matched, as found in the paste (one line, shortened). */
  matched: string;
  meaning: string;
  whatToDo: string[];
  sources: string[];
  /** For messages that name builds: the host's and the image's Windows build. */
  hostBuild?: number;
  imageBuild?: number;
}

/** Every known error in the text, in order of first appearance, each once. Never throws. */
export function explainErrors(text: string): ErrorExplanation[] {
  void text;
  return [];
}
