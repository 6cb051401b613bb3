/**
 * What HTML a post may contain after rendering.
 *
 * GitHub's rules (rehype-sanitize's defaultSchema) plus exactly the markup our own steps add before the
 * sanitiser runs: alert callouts, figures, missing-image notes, `rel` on external links. Syntax
 * highlighting runs AFTER the sanitiser, so its classes and styles need no allowance here, and no author
 * can smuggle a `style` attribute in. Heading ids are added by Astro after all our plugins.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';
import { ALERT_TITLES } from './alerts';

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

const allowed = (tag: string): PropertyDefinition[] => [...(defaultSchema.attributes?.[tag] ?? [])];

/** The rehype-sanitize schema for announcements. */
export const announcementSanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  // Removed with their content (other disallowed elements are unwrapped and keep their text).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...allowed('a'), ['rel', 'noopener', 'noreferrer']],
    div: [
      ...allowed('div'),
      ['role', 'note'],
      ['className', 'markdown-alert', ...Object.keys(ALERT_TITLES).map((type) => `markdown-alert-${type}`)],
    ],
    p: [...allowed('p'), ['className', 'markdown-alert-title']],
    span: [...allowed('span'), ['className', 'image-missing']],
    // Fence meta (```ts title="x") rides on this attribute to the highlighter, which runs after the sanitiser.
    code: [...allowed('code'), 'metastring'],
  },
};
