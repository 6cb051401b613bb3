/** One link of a generated post and the href its built page must carry (null: reported, shown as text). */
export interface GeneratedLink {
  href: string;
  expected: string | null;
}

/** A generated post: file name, text, shape, what the loader must do with it, and its links. */
export interface GeneratedPost {
  name: string;
  text: string;
  shape: string;
  status: 'clean' | 'repaired' | 'skipped';
  /** For a skipped post, the start of the message the build must list it with. */
  problem: string | null;
  links: GeneratedLink[];
}

/** Site-absolute Learn paths the generated Docs posts link to. */
export const PUBLISHER_PATHS: readonly string[];
/** The shapes, in the order they repeat. */
export const SHAPES: readonly { name: string; broken: 'repaired' | 'skipped' | null }[];
/** Post number `n`. */
export function generatedPost(n: number): GeneratedPost;
/** Writes posts 0…count-1 into `folder` and returns their descriptions. */
export function writeGeneratedPosts(folder: string, count: number): GeneratedPost[];
