/**
 * The content collections. Schemas live in src/lib (one place, reused by the unit tests); this file
 * only says where each collection's files are. A file that does not match its schema fails the build
 * with the collection, the entry and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  changeSchema,
  exceptionSchema,
  hostSchema,
  imageSchema,
  rulesSchema,
  sourceSchema,
} from './lib/knowledge/schema';
import { platformSchema } from './lib/platforms/platform-schema';
import { announcementFrontmatter } from './lib/announcements/frontmatter';
import { announcementsLoader } from './lib/announcements/loader';

const hosts = defineCollection({
  loader: glob({ base: './content/hosts', pattern: '*.{yaml,yml}' }),
  schema: hostSchema,
});

const images = defineCollection({
  loader: glob({ base: './content/images', pattern: '*.{yaml,yml}' }),
  schema: imageSchema,
});

const exceptions = defineCollection({
  loader: file('./content/exceptions.yaml'),
  schema: exceptionSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

const rules = defineCollection({
  loader: file('./content/rules.yaml'),
  schema: rulesSchema,
});

const changes = defineCollection({
  loader: file('./content/changes.yaml'),
  schema: changeSchema,
});

const platforms = defineCollection({
  loader: glob({ base: './content/platforms', pattern: '*.{yaml,yml}' }),
  schema: platformSchema,
});

// Posts may sit in sub-folders; files starting with _ are drafts kept out of the build. A post whose
// frontmatter is not valid YAML is repaired (with a warning) or skipped and listed, so one broken post
// of an imported archive never stops the build; ANNOUNCEMENTS_STRICT=1 makes such posts fail it.
const announcements = defineCollection({
  loader: announcementsLoader({
    base: './content/announcements',
    pattern: '**/[^_]*.{md,markdown}',
    strict: process.env['ANNOUNCEMENTS_STRICT'] === '1',
    strictSetting: 'ANNOUNCEMENTS_STRICT=1',
  }),
  schema: announcementFrontmatter,
});

export const collections = { hosts, images, exceptions, sources, rules, changes, announcements, platforms };
