/**
 * The words that say whose build a number is, in English, German, French, Spanish and Japanese (the languages
 * the systeminfo and winver readers know): host words, image words, ceiling words ("maximum supported") and
 * threshold words ("earlier than", "or later"). Pure vocabulary and a distance rule; the readers in `roles.ts`
 * apply it to labels and sentences.
 */
import type { Role } from './types';

/** Host words; German uses the English `Host`. */
const HOST_WORDS = [
  'host',
  'hosts',
  'runner',
  'runners',
  'node',
  'nodes',
  'agent',
  'hôte',
  'hote',
  'anfitrión',
  'anfitrion',
];
/**
 * Words for the machine in running text only (not in labels, where `Server Version` or `Machine` name other
 * things): `my 1809 server`, `our 1809 build agents`, `the VM is on 10.0.17763.107`.
 */
const MACHINE_WORDS = [
  'server',
  'servers',
  'agents',
  'vm',
  'vms',
  'machine',
  'machines',
  'rechner',
  'maschine',
  'knoten',
  'serveur',
  'serveurs',
  'nœud',
  'noeud',
  'nœuds',
  'servidor',
  'servidores',
  'máquina',
  'nodo',
  'nodos',
];
const MACHINE_WORDS_JA = ['サーバー', 'ノード', 'エージェント'];
/** Image words, including the container that runs it (German `Container` is the English word). */
const IMAGE_WORDS = [
  'image',
  'images',
  'container',
  'containers',
  'conteneur',
  'abbild',
  'imagen',
  'contenedor',
];
/** Japanese has no spaces between words: these are found as they are, without word boundaries. */
const HOST_WORDS_JA = ['ホスト', '主机'];
/** Chinese labels (`主机操作系统版本`, `容器操作系统版本`) share the Japanese way: no spaces, no boundaries. */
const IMAGE_WORDS_JA = ['コンテナー', 'コンテナ', 'イメージ', '容器'];

/** Words before a build that make it a lower or upper bound (`earlier than version 1809`, `at least 17763`). */
const THRESHOLD_BEFORE = [
  'earlier than',
  'older than',
  'newer than',
  'later than',
  'prior to',
  'before',
  'below',
  'above',
  'at least',
  'minimum',
  'früher als',
  'älter als',
  'neuer als',
  'mindestens',
  'vor',
  'au moins',
  'antérieure à',
  'antérieures à',
  'antérieur à',
  'avant',
  'al menos',
  'como mínimo',
  'anterior a',
  'anteriores a',
  'mínimo',
];
/** Words after a build that make it a bound (`1809 or later`, `1809 oder höher`, `1809 以降`). */
const THRESHOLD_AFTER = [
  'or later',
  'or newer',
  'or higher',
  'or above',
  'or earlier',
  'or older',
  'and later',
  'and newer',
  'oder höher',
  'oder neuer',
  'oder später',
  'ou ultérieure',
  'ou version ultérieure',
  'ou plus récente',
  'ou supérieure',
  'o posterior',
  'o superior',
  'o más reciente',
];
const THRESHOLD_AFTER_JA = ['以降', '以上', 'より前', '未満', 'より古い', 'より新しい'];
/** Words before a build that make it the highest build a platform accepts. */
const CEILING_BEFORE = [
  'maximum supported',
  'max supported',
  'highest supported',
  'maximum',
  'höchste unterstützte',
  'maximal unterstützte',
  'version maximale',
  'maximale',
  'versión máxima',
  'máxima',
  'máximo',
];
const CEILING_BEFORE_JA = ['最大', 'サポートされる最大'];

/** Word boundaries that work for accented letters: no letter or digit right before or after. */
function words(list: readonly string[]): RegExp {
  const alternatives = [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
}

/** Japanese words, matched without boundaries. */
function plain(list: readonly string[]): RegExp {
  return new RegExp(`(?:${list.join('|')})`, 'gu');
}

const ROLE_PATTERNS: { role: 'host' | 'image'; pattern: RegExp }[] = [
  { role: 'host', pattern: words(HOST_WORDS) },
  { role: 'host', pattern: plain(HOST_WORDS_JA) },
  // `Windows Server 1809`, `Nano Server 1809`: there "server" is part of a product name, not the machine.
  { role: 'host', pattern: new RegExp(`(?<!(?:windows|nano)\\s+)${words(MACHINE_WORDS).source}`, 'giu') },
  { role: 'host', pattern: plain(MACHINE_WORDS_JA) },
  { role: 'image', pattern: words(IMAGE_WORDS) },
  { role: 'image', pattern: plain(IMAGE_WORDS_JA) },
];
const BOUND_PATTERNS: { role: 'ceiling' | 'threshold'; pattern: RegExp; before: boolean }[] = [
  { role: 'ceiling', pattern: words(CEILING_BEFORE), before: true },
  { role: 'ceiling', pattern: plain(CEILING_BEFORE_JA), before: true },
  { role: 'threshold', pattern: words(THRESHOLD_BEFORE), before: true },
  { role: 'threshold', pattern: words(THRESHOLD_AFTER), before: false },
  { role: 'threshold', pattern: plain(THRESHOLD_AFTER_JA), before: false },
];

/** Where one clause ends and the next begins: punctuation, `while`, `but`, `und`, `mais`, `pero`, `、` … */
const CLAUSE_BREAK =
  /[;!?]|[,.](?=\s)|、|。|一方|\s(?:while|whereas|but|although|though|and|vs\.?|versus|während|aber|und|alors que|tandis que|mais|et|mientras|pero|y)(?=\s)/giu;
/** How far (in characters) a role word may be from the build it describes. */
const ROLE_REACH = 60;
/** Between a bound word and its build only a few words may stand (`earlier than Windows version 1809`). */
const BOUND_GAP = /^[\s\p{L}'’(-]{0,30}$/u;
/** A product name in that gap (`at least Windows 10 version 1809`) is part of the bound, digits and all. */
const PRODUCT_IN_GAP = /\bWindows\s+(?:Server\s+)?(?:10|11|20\d\d)\b/giu;

/** The text before a role word ends in an image reference (`nanoserver:1803`, `windows/servercore`). */
const AFTER_REFERENCE = /\S*[:/@]\S*\s+$/;

/** A span of the line: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** The clause of `line` that holds the span. */
function clauseOf(line: string, span: Span): Span {
  let start = 0;
  let end = line.length;
  for (const match of line.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    if (at + match[0].length <= span.start) start = at + match[0].length;
    else if (at >= span.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** A ceiling or threshold word right before or after the build, in its clause. */
function boundRole(line: string, span: Span, clause: Span): 'ceiling' | 'threshold' | undefined {
  for (const { role, pattern, before } of BOUND_PATTERNS) {
    for (const match of line.slice(clause.start, clause.end).matchAll(pattern)) {
      const at = clause.start + match.index;
      const gap = before ? line.slice(at + match[0].length, span.start) : line.slice(span.end, at);
      if ((before ? at < span.start : at >= span.end) && BOUND_GAP.test(gap.replace(PRODUCT_IN_GAP, ' ')))
        return role;
    }
  }
  return undefined;
}

/** The nearest host or image word in the build's clause, within reach. */
function nearestRoleWord(line: string, span: Span, clause: Span): 'host' | 'image' | undefined {
  let best: { role: 'host' | 'image'; distance: number } | undefined;
  const text = line.slice(clause.start, clause.end);
  for (const { role, pattern } of ROLE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = clause.start + match.index;
      const end = start + match[0].length;
      if (start < span.end && end > span.start) continue;
      // `servercore:ltsc2025 containers`: the word describes the image reference before it, not a build.
      if (AFTER_REFERENCE.test(line.slice(clause.start, start))) continue;
      const distance = end <= span.start ? span.start - end : start - span.end;
      if (distance > ROLE_REACH) continue;
      if (best === undefined || distance < best.distance) best = { role, distance };
    }
  }
  return best?.role;
}

/** The role the words around a build in a sentence give it; a bound (ceiling, threshold) beats a role word. */
export function roleInSentence(line: string, span: Span): Role | undefined {
  const clause = clauseOf(line, span);
  return boundRole(line, span, clause) ?? nearestRoleWord(line, span, clause);
}

/** The role a label names (`Host OS Version`, `Container OS Version`, `コンテナー OS バージョン`), if any. */
export function roleInLabel(label: string): 'host' | 'image' | undefined {
  const lower = label.toLowerCase();
  // A label on a host name (`Host Name`, `Hostname`) names no build.
  if (/host\s?name|nom de l'hôte|nombre de host/.test(lower)) return undefined;
  const has = (role: 'host' | 'image'): boolean =>
    [...HOST_WORDS, ...HOST_WORDS_JA, ...IMAGE_WORDS, ...IMAGE_WORDS_JA]
      .filter((word) => (HOST_WORDS.includes(word) || HOST_WORDS_JA.includes(word)) === (role === 'host'))
      // German writes compounds (`Hostbetriebssystem`, `Containerabbild`): a label matches inside words.
      .some((word) => lower.includes(word));
  // `Container host OS version` is the host of containers: host wins when both are named.
  if (has('host')) return 'host';
  return has('image') ? 'image' : undefined;
}
