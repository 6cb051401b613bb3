/**
 * Announcement frontmatter, read as people actually write it.
 *
 * Posts arrive in two foreign dialects (Microsoft Docs: `ms.date`, `ms.author`, comma-separated
 * `keywords`; blogs: quoted `title`, `date`, a `categories` list) plus our own fields. Authors must be
 * able to drop a post in unedited, so the schema accepts every spelling and hands pages ONE clean shape.
 * It never needs the file path (Astro calls it per entry without one); the file-name date fallback is
 * a separate step, `resolveAnnouncementDate`, run where the path is known.
 */
import { z } from 'astro/zod';
import { slugify } from '../knowledge/paths';
import { slugId } from '../knowledge/schema';

/** Which conventions a post follows; decides e.g. where its site-relative links point. */
export type Dialect = 'docs' | 'blog' | 'ours';

/** The fields only our own posts carry; any of them (without `ms.*` keys) makes a post ours. */
const OWN_FIELDS = ['summary', 'sources', 'hosts', 'images', 'supersededBy', 'draft'] as const;

/** Keys the normalised shape consumes; everything else is kept under `extra`. */
const KNOWN_FIELDS = new Set<string>([
  'title',
  'description',
  'author',
  'ms.author',
  'ms.date',
  'date',
  'keywords',
  'categories',
  ...OWN_FIELDS,
]);

const MS_DATE_EXPECTED = 'M/D/YYYY (e.g. 10/18/2017)';
const DATE_EXPECTED = 'YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (e.g. 2017-10-18 19:30:43)';

/** Describes a rejected value for a message: strings quoted, absent values named in words. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** The one message format for content errors: `<file>: field "<field>": expected <form>, got <value>`. */
export function formatBuildError(file: string | null, field: string, expected: string, got: unknown): string {
  const message = `field "${field}": expected ${expected}, got ${describeValue(got)}`;
  return file === null ? message : `${file}: ${message}`;
}

/** A Zod error option whose message names the field and the expected form (Zod only knows the value). */
function expecting(field: string, expected: string) {
  return { error: (issue: { input?: unknown }) => formatBuildError(null, field, expected, issue.input) };
}

/** Trims text and turns an empty value into null, because YAML keeps stray spaces and `key:` is null. */
function cleanText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function optionalText(field: string) {
  return z.preprocess(cleanText, z.string(expecting(field, 'text')).nullish());
}

/** Whether year, month and day name a real calendar day (no 13/45 rolled over into the next year). */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** A calendar day with the time of day when the source gave one. */
interface ParsedDate {
  date: string;
  dateTime: string | null;
}

/**
 * Reads `date` in every form it arrives in: a string with or without a time, or the Date object YAML
 * makes of an unquoted timestamp (js-yaml reads it as UTC, so UTC fields give back what was written;
 * midnight counts as "no time given" because a bare date parses to midnight too).
 */
export function parsePostDate(value: unknown): ParsedDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
    return { date, dateTime: time === '00:00:00' ? null : `${date}T${time}` };
  }
  if (typeof value !== 'string') return null;
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value.trim(),
    );
  if (!match) return null;
  const [, year = '', month = '', day = '', hours, minutes, seconds] = match;
  if (!isRealDate(Number(year), Number(month), Number(day))) return null;
  const date = `${year}-${month}-${day}`;
  if (hours === undefined || minutes === undefined) return { date, dateTime: null };
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return null;
  return { date, dateTime: `${date}T${hours}:${minutes}:${seconds ?? '00'}` };
}

/** Reads the Docs dialect's `ms.date` (`M/D/YYYY` or `MM/DD/YYYY`) as `YYYY-MM-DD`, or null if it is not one. */
export function parseMsDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, month = '', day = '', year = ''] = match;
  if (!isRealDate(Number(year), Number(month), Number(day))) return null;
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}

const postDate = z
  .unknown()
  .transform((value, ctx): ParsedDate | null => {
    if (value === undefined || value === null || value === '') return null;
    const parsed = parsePostDate(value);
    if (!parsed)
      ctx.addIssue({ code: 'custom', message: formatBuildError(null, 'date', DATE_EXPECTED, value) });
    return parsed;
  })
  .optional();

const msDate = z
  .unknown()
  .transform((value, ctx): string | null => {
    if (value === undefined || value === null || value === '') return null;
    const parsed = parseMsDate(value);
    if (!parsed)
      ctx.addIssue({ code: 'custom', message: formatBuildError(null, 'ms.date', MS_DATE_EXPECTED, value) });
    return parsed;
  })
  .optional();

/** A list written either as YAML list or as one comma-separated string (`keywords: a, b`). */
function wordList(field: string) {
  return z
    .unknown()
    .transform((value, ctx): string[] => {
      if (value === undefined || value === null) return [];
      const items = typeof value === 'string' ? value.split(',') : value;
      if (
        !Array.isArray(items) ||
        !items.every((item) => ['string', 'number'].includes(typeof item) || item === null)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: formatBuildError(null, field, 'a word, a comma-separated string or a list', value),
        });
        return [];
      }
      return items.map((item) => String(item ?? '').trim()).filter((item) => item !== '');
    })
    .optional();
}

/** A list of ids; a single id without brackets is accepted because that is an easy slip in YAML. */
function idList(field: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value.trim()] : value),
    z.array(slugId, expecting(field, 'a list of ids (e.g. [ws2019, ws2022])')).nullish(),
  );
}

const source = z.object({
  title: z.preprocess(cleanText, z.string(expecting('sources.title', 'the title of the source'))),
  url: z.url({ protocol: /^https?$/, ...expecting('sources.url', 'an http(s) URL') }),
});

const fields = z.looseObject({
  title: z.preprocess(cleanText, z.string(expecting('title', 'a non-empty title'))),
  description: optionalText('description'),
  summary: optionalText('summary'),
  author: optionalText('author'),
  'ms.author': optionalText('ms.author'),
  date: postDate,
  'ms.date': msDate,
  keywords: wordList('keywords'),
  categories: wordList('categories'),
  sources: z.array(source, expecting('sources', 'a list of {title, url}')).nullish(),
  hosts: idList('hosts'),
  images: idList('images'),
  supersededBy: z.preprocess(cleanText, slugId.nullish()),
  draft: z.boolean(expecting('draft', 'true or false')).nullish(),
});

/** Tells the dialect from the raw keys: any `ms.*` key means Docs, any of our fields means ours, else blog. */
export function detectDialect(raw: Readonly<Record<string, unknown>>): Dialect {
  const keys = Object.keys(raw);
  if (keys.some((key) => key.startsWith('ms.'))) return 'docs';
  if (OWN_FIELDS.some((key) => raw[key] !== undefined)) return 'ours';
  return 'blog';
}

/**
 * Fields in which blog exports record a post's address on its original site, most specific first. A
 * `link` field is not among them: link posts use it for the article they point at.
 */
export const POST_ADDRESS_FIELDS = [
  'canonical_url',
  'canonicalUrl',
  'canonical',
  'original_url',
  'originalUrl',
  'permalink',
  'guid',
] as const;

/** The origin (`https://blog.example.org`) of the address the frontmatter gives for the post, or null. */
export function postOriginFromFrontmatter(raw: Readonly<Record<string, unknown>>): string | null {
  for (const field of POST_ADDRESS_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) continue;
    try {
      return new URL(value.trim()).origin;
    } catch {
      // Not a URL after all; a later field may still give one.
    }
  }
  return null;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The frontmatter schema for the announcements collection: accepts every dialect, outputs one shape. */
export const announcementFrontmatter = fields.transform((data) => {
  const ownDate = data.date ?? null;
  const docsDate = data['ms.date'] ?? null;
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!KNOWN_FIELDS.has(key)) extra[key] = value;
  return {
    title: data.title,
    // `date` is at least as precise as `ms.date` (often with a time), so it wins when both are given.
    date: ownDate?.date ?? docsDate ?? null,
    dateTime: ownDate?.dateTime ?? null,
    dateSource: ownDate ? ('date' as const) : docsDate ? ('ms.date' as const) : null,
    description: data.description ?? null,
    summary: data.summary ?? data.description ?? null,
    author: data.author ?? null,
    authorHandle: data['ms.author'] ?? null,
    categories: unique((data.categories ?? []).map(slugify).filter((category) => category !== '')),
    keywords: unique(data.keywords ?? []),
    sources: data.sources ?? [],
    hosts: unique(data.hosts ?? []),
    images: unique(data.images ?? []),
    supersededBy: data.supersededBy ?? null,
    draft: data.draft ?? false,
    dialect: detectDialect(data),
    /** Keys the site does not use (`ms.topic`, `ms.prod`, `ms.assetid` …), kept as written. */
    extra,
  };
});

/** The normalised frontmatter of one announcement. */
export type AnnouncementFrontmatter = z.infer<typeof announcementFrontmatter>;

/** Parses frontmatter outside Astro (tests, scripts) and throws one error naming the file and every bad field. */
export function parseAnnouncementFrontmatter(raw: unknown, file: string): AnnouncementFrontmatter {
  const result = announcementFrontmatter.safeParse(raw);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    // Our own messages already name the field; Zod's generic ones (e.g. a non-object) get it added.
    return issue.message.startsWith('field "')
      ? `${file}: ${issue.message}`
      : `${file}: field "${field}": ${issue.message}`;
  });
  throw new Error(messages.join('\n'));
}

const FILE_DATE_PREFIX = /^(\d{4})(\d{2})(\d{2})-/;

/** The last path segment, so ids and paths with folders work alike. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The post's date: from the frontmatter, else from a `YYYYMMDD-` file-name prefix, else a build error. */
export function resolveAnnouncementDate(data: { readonly date: string | null }, filePath: string): string {
  if (data.date !== null) return data.date;
  const name = baseName(filePath);
  const match = FILE_DATE_PREFIX.exec(name);
  if (match) {
    const [, year = '', month = '', day = ''] = match;
    if (isRealDate(Number(year), Number(month), Number(day))) return `${year}-${month}-${day}`;
    throw new Error(formatBuildError(filePath, 'file name', 'a real date in the YYYYMMDD- prefix', name));
  }
  throw new Error(
    formatBuildError(
      filePath,
      'date',
      'a date; one is required: `date`, `ms.date` or a YYYYMMDD- file-name prefix (e.g. 20190402-title.md)',
      undefined,
    ),
  );
}

/** The URL slug of a post from its file name or entry id: no date prefix, no extension, lower-case. */
export function announcementSlug(fileId: string): string {
  const name = baseName(fileId)
    .replace(/\.(md|mdx|markdown)$/i, '')
    .replace(FILE_DATE_PREFIX, '');
  const slug = slugify(name);
  if (slug === '')
    throw new Error(formatBuildError(fileId, 'file name', 'letters or digits for the URL slug', name));
  return slug;
}
