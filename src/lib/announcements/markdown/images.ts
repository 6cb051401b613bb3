/**
 * Which images in a post can be shown, and who resolves them.
 *
 * Relative paths (`./media/x.svg`) are Astro's: remarkCollectImages lists every Markdown image whose
 * URL is neither absolute nor site-absolute, rehypeImages swaps the `<img>` for a placeholder, and the
 * content layer imports each listed file, so a missing one fails the build. Site-absolute paths
 * (`/assets/…`) are plain URLs that Astro never checks: posts copied from a blog point at that blog's
 * files, which our `public/` does not have, so we must check them ourselves.
 */

/** How an image source is served. */
export type ImageSourceKind = 'relative' | 'public' | 'missing' | 'remote' | 'unsupported';

/** Classifies an image `src`; `publicFileExists` gets the decoded path without query or fragment. */
export function classifyImageSource(
  src: string,
  publicFileExists: (path: string) => boolean,
): ImageSourceKind {
  if (/^https?:/i.test(src) || src.startsWith('//')) return 'remote';
  // data:, file: and other schemes: the sanitiser strips them (or the CSP blocks them), so the image would not show.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src === '') return 'unsupported';
  if (!src.startsWith('/')) return 'relative';
  const path = src.replace(/[?#].*$/, '');
  try {
    return publicFileExists(decodeURI(path)) ? 'public' : 'missing';
  } catch {
    // A malformed escape cannot name a file we have.
    return 'missing';
  }
}
