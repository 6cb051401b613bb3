/**
 * Recognises the error messages people meet with Windows containers and explains each one in plain
 * words, with what to do and the sources (keys of content/sources.yaml) the explanation rests on. The
 * explanations are the error kinds of src/lib/errors/catalog-*.ts, the same data the /errors/ pages show.
 *
 * Matching works on a flattened copy of the paste (whitespace runs, line breaks included, become one
 * space), so messages wrapped by a terminal or a log viewer still match. Hex codes are matched on their
 * own, which makes translated messages (a Spanish "(0xc0370110)") work too. Input is capped by
 * `cleanText`, and every pattern is bounded, so a huge paste costs linear time.
 */
import { cleanText, shorten } from './text';
import { explain } from '../errors/kinds';
import type { ErrorExplanation } from '../errors/kinds';
import { HCS_BY_SUFFIX, HCS_CODES, UNLISTED_HCS_CODE } from '../errors/catalog-hcs';
import type { HcsCode } from '../errors/catalog-hcs';
import {
  ARM64_BASE_IMAGES_STEP,
  DOCKER_DESKTOP_FEATURES,
  FILE_NOT_FOUND,
  FILE_NOT_FOUND_IN_HCS,
  IMAGE_NEWER_THAN_HOST,
  LATEST_TAG_REMOVED,
  LINUX_ENGINE_WINDOWS_IMAGE,
  LINUX_IMAGE_ON_WINDOWS_ENGINE,
  MANIFEST_NOT_FOUND,
  NO_HYPERVISOR,
  NO_MANIFEST_UNKNOWN,
  NO_WINDOWS_MANIFEST,
  REGISTER_LAYER_FAILED,
  WINDOWS_IMAGE_ON_LINUX_ENGINE,
} from '../errors/catalog-engine';

export type { ErrorExplanation } from '../errors/kinds';

interface Found {
  readonly position: number;
  readonly explanation: ErrorExplanation;
}

/** What a rule knows; `read` turns a regex match into an explanation (or null to skip it). */
interface Rule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => Omit<ErrorExplanation, 'matched'> | null;
}

const MATCHED_CHARS = 160;

/** `-1070137082` → the HCS entry, for the signed decimals some logs print (NTSTATUS or HRESULT). */
function hcsBySignedDecimal(text: string): HcsCode | undefined {
  const value = Number(text) + 2 ** 32;
  const isNtStatus = value >= 0xc0370100 && value <= 0xc03701ff;
  const isHresult = value >= 0x80370100 && value <= 0x803701ff;
  if (!isNtStatus && !isHresult) return undefined;
  return HCS_BY_SUFFIX.get((value & 0xffff).toString(16).padStart(4, '0'));
}

const HCS_BY_NAME = new Map(HCS_CODES.map((code) => [code.name, code]));

/** What precedes an HCS message in runtime output: `hcs::System::Start <id>: `, `… system call: `. */
const HCS_CONTEXT = String.raw`(?:hcs(?:shim)?::[\w:]{1,40}[^:]{0,80}|failure in a windows system call): `;

/**
 * The pattern of an HCS message without its code (containerd prints none): the code's own `sentence`,
 * else Windows' message; a short, common-sounding message counts only after a runtime prefix.
 */
function sentencePattern(code: HcsCode): RegExp {
  if (code.sentence !== undefined) return new RegExp(code.sentence.source, 'gi');
  const message = code.message.replace(/\.$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const specific = message.split(' ').length >= 8;
  return new RegExp(specific ? message : HCS_CONTEXT + message, 'gi');
}

// --- Build numbers inside messages ---

/** `10.0.17763` or `10.0.17763.5576` → 17763. */
function buildOf(version: string | undefined): number | undefined {
  const build = Number(version?.split('.')[2]);
  return Number.isInteger(build) && build > 0 ? build : undefined;
}

const VERSION = String.raw`(\d{1,2}\.\d{1,2}\.\d{4,6}(?:\.\d{1,6})?)`;

// --- The rules, in no particular order: results are sorted by where they appear ---

const RULES: readonly Rule[] = [
  {
    // 0xc0370101, 0x80370101: the NTSTATUS and HRESULT spellings of the same HCS error.
    pattern: /\b0x[c8]037(01[0-9a-f]{2})\b/gi,
    read: (match) => {
      const suffix = (match[1] ?? '').toLowerCase();
      const code = HCS_BY_SUFFIX.get(suffix);
      if (code !== undefined) return explain(code);
      return { ...explain(UNLISTED_HCS_CODE), id: `hcs-0xc037${suffix}` };
    },
  },
  {
    // "Error":-1070137082 — the same codes as signed 32-bit numbers, as the daemon's JSON logs print them.
    pattern: /(?:^|[\s:=(])(-1070137\d{3}|-2143878\d{3})\b/g,
    read: (match) => {
      const code = hcsBySignedDecimal(match[1] ?? '');
      return code === undefined ? null : explain(code);
    },
  },
  {
    // HCS_E_IMAGE_MISMATCH: the symbolic names, as WSL and some tools print them.
    pattern: /\bHCS_E_[A-Z_]{4,40}\b/g,
    read: (match) => {
      const code = HCS_BY_NAME.get(match[0]);
      return code === undefined ? null : explain(code);
    },
  },
  ...HCS_CODES.map((code): Rule => ({ pattern: sentencePattern(code), read: () => explain(code) })),
  {
    pattern: /\b(?:0xc0351000|no hypervisor is present on this system)/gi,
    read: () => explain(NO_HYPERVISOR),
  },
  {
    pattern: new RegExp(
      String.raw`windows version ${VERSION}-based image is incompatible with a ${VERSION} host`,
      'gi',
    ),
    read: (match) => {
      const imageBuild = buildOf(match[1]);
      const hostBuild = buildOf(match[2]);
      const builds =
        imageBuild !== undefined && hostBuild !== undefined
          ? ` Here the image is build ${String(imageBuild)} and the host is build ${String(hostBuild)}.`
          : '';
      return explain(IMAGE_NEWER_THAN_HOST, {
        meaning: IMAGE_NEWER_THAN_HOST.meaning + builds,
        ...(hostBuild === undefined ? {} : { hostBuild }),
        ...(imageBuild === undefined ? {} : { imageBuild }),
      });
    },
  },
  {
    pattern: /no matching manifest for linux\/[a-z0-9]{1,10}(?:\/v\d)? in the manifest list entries/gi,
    read: () => explain(LINUX_ENGINE_WINDOWS_IMAGE),
  },
  {
    pattern: new RegExp(
      String.raw`no matching manifest for windows\/([a-z0-9]{1,10})(?: ${VERSION})? in the manifest list entries`,
      'gi',
    ),
    read: (match) => {
      const hostBuild = buildOf(match[2]);
      const arm64 = (match[1] ?? '').toLowerCase() === 'arm64';
      const named =
        hostBuild === undefined
          ? ''
          : ` The build in the message (${String(hostBuild)}) is the host’s, not the image’s.`;
      return explain(NO_WINDOWS_MANIFEST, {
        meaning: NO_WINDOWS_MANIFEST.meaning + named,
        whatToDo: [...NO_WINDOWS_MANIFEST.whatToDo, ...(arm64 ? [ARM64_BASE_IMAGES_STEP] : [])],
        sources: [...NO_WINDOWS_MANIFEST.sources, ...(arm64 ? ['WC-586'] : [])],
        ...(hostBuild === undefined ? {} : { hostBuild }),
      });
    },
  },
  {
    pattern: /no matching manifest for unknown in the manifest list entries/gi,
    read: () => explain(NO_MANIFEST_UNKNOWN),
  },
  {
    pattern: /image operating system "?(windows|linux)"? cannot be used on this platform/gi,
    read: (match) =>
      explain(
        (match[1] ?? '').toLowerCase() === 'windows'
          ? WINDOWS_IMAGE_ON_LINUX_ENGINE
          : LINUX_IMAGE_ON_WINDOWS_ENGINE,
      ),
  },
  {
    pattern: /manifest for ([\w./:@-]{1,300}?) not found(?:: manifest unknown)?/gi,
    read: (match) => {
      const reference = (match[1] ?? '').replace(/[.,;:]+$/, '');
      const latest = /^mcr\.microsoft\.com\/windows(?:\/[a-z]+)?:latest$/i.test(reference);
      if (latest) {
        const [, ...rest] = MANIFEST_NOT_FOUND.whatToDo;
        return explain(MANIFEST_NOT_FOUND, {
          meaning: LATEST_TAG_REMOVED.meaning(reference),
          whatToDo: [LATEST_TAG_REMOVED.step, ...rest],
          sources: [...LATEST_TAG_REMOVED.sources],
        });
      }
      return reference === ''
        ? explain(MANIFEST_NOT_FOUND)
        : explain(MANIFEST_NOT_FOUND, { meaning: `The registry has no image under ${reference}.` });
    },
  },
  {
    pattern: /required windows feature\(s\) not enabled\s?:?\s?([\w, -]{1,60}?)(?=\.|$| docker desktop)/gi,
    read: (match) => {
      const features = (match[1] ?? '').trim();
      if (features === '') return explain(DOCKER_DESKTOP_FEATURES);
      return explain(DOCKER_DESKTOP_FEATURES, {
        meaning: DOCKER_DESKTOP_FEATURES.meaning.replace('found some missing', `found ${features} missing`),
      });
    },
  },
  {
    pattern: /failed to register layer(?:.{0,300}?(process(?:utilityvm|utility|base)(?:image|layer)))?/gi,
    read: (match) => {
      if (match[1] === undefined) return explain(REGISTER_LAYER_FAILED);
      return explain(REGISTER_LAYER_FAILED, {
        meaning: REGISTER_LAYER_FAILED.meaning.replace(
          'could not set it up.',
          `could not set it up (step ${match[1]}).`,
        ),
      });
    },
  },
  {
    // Only with a container-runtime prefix: the bare sentence is too common in unrelated Windows output.
    pattern:
      /(?:hcs(?:shim)?::\w{1,40}[^:]{0,80}|failure in a windows system call|re-exec error[^:]{0,40}: output: \w{1,40}[^:]{0,200}): the system cannot find the (?:file|path) specified/gi,
    read: (match) =>
      /^hcs/i.test(match[0])
        ? explain(FILE_NOT_FOUND, { meaning: FILE_NOT_FOUND.meaning + FILE_NOT_FOUND_IN_HCS })
        : explain(FILE_NOT_FOUND),
  },
];

/** A generic explanation is dropped when a more specific one covers the same message. */
const SUPPRESSED_BY: Readonly<Record<string, readonly string[]>> = {
  // "failed to register layer: … ProcessBaseLayer …: The system cannot find the path specified."
  'file-not-found': ['register-layer-failed'],
};

/** A single-line excerpt of the original text around a match. */
function excerpt(flat: string, index: number, length: number): string {
  return shorten(flat.slice(index, index + Math.min(length, MATCHED_CHARS)), MATCHED_CHARS);
}

/** The first matches of one rule, at most a few, each turned into an explanation. */
function runRule(rule: Rule, flat: string, found: Found[]): void {
  rule.pattern.lastIndex = 0;
  let hits = 0;
  let match: RegExpExecArray | null;
  while (hits < 8 && (match = rule.pattern.exec(flat)) !== null) {
    if (match[0].length === 0) rule.pattern.lastIndex += 1;
    hits += 1;
    const explanation = rule.read(match);
    if (explanation === null) continue;
    found.push({
      position: match.index,
      explanation: { ...explanation, matched: excerpt(flat, match.index, match[0].length) },
    });
  }
}

/** Every known error in the text, in order of first appearance, each id once. Never throws. */
export function explainErrors(text: string): ErrorExplanation[] {
  const flat = cleanText(text).text.replace(/\s+/g, ' ');
  const found: Found[] = [];
  for (const rule of RULES) runRule(rule, flat, found);
  found.sort((a, b) => a.position - b.position);
  const ids = new Set(found.map(({ explanation }) => explanation.id));
  const seen = new Set<string>();
  const result: ErrorExplanation[] = [];
  for (const { explanation } of found) {
    const covered = SUPPRESSED_BY[explanation.id]?.some((id) => ids.has(id)) ?? false;
    if (seen.has(explanation.id) || covered) continue;
    seen.add(explanation.id);
    result.push(explanation);
  }
  return result;
}
