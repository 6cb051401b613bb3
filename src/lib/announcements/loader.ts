/**
 * The announcements loader: Astro's glob() loader, with a frontmatter reader that survives real archives.
 *
 * glob() reads each file and asks the Markdown entry type (`getEntryInfo`) for its frontmatter; Astro's
 * implementation throws on the first post that is not valid YAML, and that stops the whole build. This
 * loader hands glob() a Markdown entry type whose `getEntryInfo` falls back to `readTolerantFrontmatter`:
 * repaired posts are loaded (and warned about, naming file and line), unreadable ones are left out of the
 * store and listed once at the end. In strict mode any such post fails the build instead. Everything
 * else (ids, digests, caching, rendering through the unified pipeline, the dev watcher) stays glob()'s.
 *
 * The entry types reach loaders as `entryTypes` in the loader context, a field Astro 7 passes but does not
 * declare; if a later Astro stops passing it, `load` fails with a message saying so rather than silently
 * losing the fallback.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  formatFrontmatterNote,
  hasSilentFrontmatterDamage,
  readTolerantFrontmatter,
} from './tolerant-frontmatter';
import type { FrontmatterProblem, FrontmatterRepair } from './tolerant-frontmatter';

/** What a content entry type returns for one file (Astro's `GetContentEntryInfoReturnType`). */
interface EntryInfo {
  data: Record<string, unknown>;
  rawData: string;
  body: string;
  slug: string;
}

/** The part of Astro's content entry type this loader wraps. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): EntryInfo | Promise<EntryInfo>;
}

/** A post the loader could not read, as listed in the build output. */
export interface SkippedPost {
  file: string;
  problem: FrontmatterProblem;
}

/** A post read only after repairs. */
export interface RepairedPost {
  file: string;
  repairs: FrontmatterRepair[];
}

/** What one load found; also handed to `onFindings` (tests, scripts). */
export interface LoaderFindings {
  repaired: RepairedPost[];
  skipped: SkippedPost[];
}

/** Options of `announcementsLoader`. */
export interface AnnouncementsLoaderOptions {
  /** Folder of the posts, relative to the project root. */
  base: string;
  /** Glob pattern of the posts inside `base`. */
  pattern: string | string[];
  /** Fail the build on any post whose frontmatter needed repairs or could not be read. */
  strict: boolean;
  /** Name of the setting that turns strict mode on, for the messages (e.g. `ANNOUNCEMENTS_STRICT=1`). */
  strictSetting?: string;
  /** Receives the findings after each load. */
  onFindings?: (findings: LoaderFindings) => void;
}

/** Marks the data of a post that could not be read, so parseData and the store let it pass and drop it. */
const UNREADABLE = '__unreadableAnnouncement';

const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

function isUnreadable(data: unknown): boolean {
  return typeof data === 'object' && data !== null && UNREADABLE in data;
}

/** The message of an error Astro's parser threw, without its stack. */
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** The build-output lines for what a load found: repairs first, then the posts left out. */
export function describeFindings(findings: LoaderFindings, strict: boolean, strictSetting: string): string[] {
  const lines: string[] = [];
  for (const post of findings.repaired) {
    for (const repair of post.repairs)
      lines.push(formatFrontmatterNote(post.file, repair.line, `frontmatter repaired: ${repair.what}`));
  }
  if (findings.skipped.length > 0) {
    lines.push(
      strict
        ? `${findings.skipped.length} announcement(s) cannot be read:`
        : `${findings.skipped.length} announcement(s) skipped: their frontmatter cannot be read ` +
            `(the rest of the site is built; set ${strictSetting} to fail the build on them instead):`,
    );
    for (const post of findings.skipped)
      lines.push(`  ${formatFrontmatterNote(post.file, post.problem.line, post.problem.message)}`);
  }
  return lines;
}

/** Wraps the Markdown entry type so a broken frontmatter is repaired or marked instead of thrown. */
function tolerantEntryType(
  inner: EntryType,
  fileName: (fileUrl: URL) => string,
  findings: LoaderFindings,
): EntryType {
  return {
    ...inner,
    async getEntryInfo(params) {
      let refusal: string | null = null;
      if (!hasSilentFrontmatterDamage(params.contents)) {
        try {
          return await inner.getEntryInfo(params);
        } catch (error) {
          refusal = messageOf(error);
        }
      }
      const file = fileName(params.fileUrl);
      const reading = readTolerantFrontmatter(params.contents);
      if (reading.status === 'unreadable') {
        findings.skipped.push({ file, problem: reading.problem });
        return { data: { [UNREADABLE]: true }, rawData: '', body: '', slug: '' };
      }
      const repairs =
        reading.repairs.length > 0 || refusal === null
          ? reading.repairs
          : [{ line: 1, what: `read with the tolerant parser after Astro's refused it (${refusal})` }];
      if (repairs.length > 0) findings.repaired.push({ file, repairs });
      return { data: reading.data, rawData: reading.rawFrontmatter, body: reading.body, slug: '' };
    },
  };
}

/** The store, except that entries of unreadable posts are dropped (with any older copy of them). */
function storeDroppingUnreadable(store: LoaderContext['store']): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: Parameters<typeof target.set>[0]) => {
          if (!isUnreadable(entry.data)) return target.set(entry);
          target.delete(entry.id);
          return false;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** glob() for announcements, reading broken frontmatter tolerantly (see the file comment). */
export function announcementsLoader(options: AnnouncementsLoaderOptions): Loader {
  const inner = glob({ base: options.base, pattern: options.pattern });
  const strictSetting = options.strictSetting ?? 'strict mode';
  return {
    name: 'announcements-loader',
    async load(context) {
      const entryTypes = (context as LoaderContext & { entryTypes?: unknown }).entryTypes;
      if (!(entryTypes instanceof Map) || !entryTypes.has('.md')) {
        throw new Error(
          'announcementsLoader: Astro no longer passes `entryTypes` to loaders; the tolerant frontmatter ' +
            'reader in src/lib/announcements/loader.ts must be re-attached for this Astro version.',
        );
      }
      const root = fileURLToPath(context.config.root);
      const fileName = (fileUrl: URL) => relative(root, fileURLToPath(fileUrl)).replaceAll('\\', '/');
      const findings: LoaderFindings = { repaired: [], skipped: [] };
      const wrapped = new Map<string, unknown>(entryTypes as Map<string, unknown>);
      for (const extension of MARKDOWN_EXTENSIONS) {
        const entryType = entryTypes.get(extension) as EntryType | undefined;
        if (entryType) wrapped.set(extension, tolerantEntryType(entryType, fileName, findings));
      }
      const parseData: LoaderContext['parseData'] = async (props) =>
        isUnreadable(props.data) ? props.data : context.parseData(props);
      await inner.load({
        ...context,
        parseData,
        store: storeDroppingUnreadable(context.store),
        entryTypes: wrapped,
      } as LoaderContext);

      findings.repaired.sort((a, b) => a.file.localeCompare(b.file));
      findings.skipped.sort((a, b) => a.file.localeCompare(b.file));
      options.onFindings?.(findings);
      const lines = describeFindings(findings, options.strict, strictSetting);
      if (lines.length === 0) return;
      if (options.strict) {
        throw new Error(
          `Announcement frontmatter that is not valid YAML (${strictSetting} is set):\n${lines.join('\n')}`,
        );
      }
      for (const line of lines) context.logger.warn(line);
    },
  };
}
