import { withBase } from '../lib/site/site';

/** A site-relative path with the deployment's base path in front, for every link the site renders. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
