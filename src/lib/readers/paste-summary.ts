/**
 * The one short sentence a screen reader hears after a paste ("Recognised Windows Server 2022 host and Server
 * Core ltsc2019 image: runs with Hyper-V isolation only."). The full answer stays on the page to read at will;
 * announcing all of it on every keystroke would drown the user.
 */
import { cellHeadline } from '../knowledge/verdict-text';
import { joinWords } from './catalog';
import type { Identification } from './identify';
import type { CellAnswer } from './verdicts';

/** `a` for one, `n things` for several. */
function count(n: number, one: string, several: string): string {
  return n === 1 ? one : `${n} ${several}`;
}

/** A short summary of a paste's answer for a polite live region; empty for an empty paste. */
export function pasteSummary(
  result: Identification,
  answers: readonly CellAnswer[],
  nodeCount?: number,
): string {
  if (result.kind === 'empty') return '';
  if (nodeCount !== undefined) return `Recognised a node list of ${count(nodeCount, 'one node', 'nodes')}.`;
  const [first] = answers;
  if (first !== undefined) {
    const headline = cellHeadline({
      process: { verdict: first.verdicts.process },
      hyperv: { verdict: first.verdicts.hyperv },
    });
    const more = answers.length > 1 ? ` ${answers.length - 1} more combinations below.` : '';
    return `Recognised ${first.host.name} host and ${first.image.name} image: ${headline.charAt(0).toLowerCase()}${headline.slice(1)}.${more}`;
  }
  const hosts = result.hostCandidates;
  const images = result.imageCandidates;
  const parts = [
    ...(hosts.length === 0 ? [] : [count(hosts.length, `${hosts[0]?.name ?? ''} host`, 'possible hosts')]),
    ...(images.length === 0
      ? []
      : [count(images.length, `${images[0]?.image.name ?? ''} image`, 'possible images')]),
    ...(result.host.errors.length === 0 ? [] : [count(result.host.errors.length, 'an error', 'errors')]),
  ];
  const thresholds = result.host.roleBuilds.filter((r) => r.role === 'threshold').map((r) => r.written);
  if (parts.length === 0 && thresholds.length > 0)
    return `Read ${joinWords([...new Set(thresholds)])} as a threshold, not a host or image: details below.`;
  if (parts.length === 0) return 'No host, image or error recognised: details below.';
  return `Recognised ${joinWords(parts)}. Details below.`;
}
