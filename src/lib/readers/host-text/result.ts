/** Turns the collected mentions and hints into the host text result. */
import type { Host, Image } from '../../knowledge/schema';
import { describeHosts, joinWords, nearestBuilds } from '../catalog';
import { addOnce, unique } from '../text';
import { setRevisions } from './roles';
import { narrowHosts } from './narrowing';
import { EXPLAIN } from './patterns';
import type { HostTextResult, Mention, State } from './types';

/** Which mentions describe the host: host-context ones, else the ambiguous ones. */
export function hostMentions(st: State): Mention[] {
  if (st.containerHint) {
    for (const m of st.mentions)
      if (m.source === 'systeminfo' && m.context === 'host') m.context = 'container';
  }
  // A role told by a label or words comes before one guessed from the kind of output.
  const host = st.mentions
    .filter((m) => m.context === 'host')
    .sort((a, b) => Number(b.told !== undefined) - Number(a.told !== undefined));
  if (host.length > 0) return host;
  return st.mentions.filter((m) => m.context !== 'image');
}

/** Turns the collected facts into the result. */
export function finish(st: State, usedLines: number[], empty: boolean): HostTextResult {
  const chosen = hostMentions(st);
  const builds = unique(chosen.map((m) => m.build));
  const result: HostTextResult = {
    builds,
    hostCandidates: [],
    buildHosts: [],
    imageCandidates: [],
    roleBuilds: [],
    imageReferences: st.references,
    errors: st.errors,
    context: 'unknown',
    askHostOrContainer: false,
    productNames: st.products,
    editions: [],
    nearestHostBuilds: [],
    nearestImageBuilds: [],
    usedLines,
    understood: st.understood,
    problems: st.problems,
  };
  setBuild(result, chosen, st);
  setHosts(result, chosen, st);
  setImages(result, st);
  setContext(result, chosen, st);
  setExtras(result, st);
  setEditions(result, st);
  setRevisions(result, st);
  if (empty) st.problems.push('Nothing to read: the input is empty.');
  else if (
    result.builds.length === 0 &&
    result.hostCandidates.length === 0 &&
    result.errors.length === 0 &&
    result.imageCandidates.length === 0 &&
    // A threshold was read: say that (in `understood`), not that no build was found.
    st.roleBuilds.length === 0
  ) {
    st.problems.push('Found no Windows build, host name or known error in this text.');
  }
  return result;
}

/** Sets build and revision from the first host mention, and flags several builds. */
export function setBuild(result: HostTextResult, chosen: Mention[], st: State): void {
  const [first] = chosen;
  if (first === undefined) return;
  result.build = first.build;
  const revision =
    chosen.find((m) => m.build === first.build && m.revision !== undefined)?.revision ?? st.ubr;
  if (revision !== undefined) result.revision = revision;
  const rev = revision === undefined ? '' : `, revision ${revision}`;
  st.understood.unshift(`Windows build ${first.build}${rev}.`);
  if (result.builds.length > 1) {
    // Several hosts are a finding (a fleet, a comparison), not something we failed to read.
    st.understood.push(`Several host builds (${result.builds.join(', ')}); each is listed.`);
  }
}

/** Host candidates: given directly (CI labels), or every host with the build, narrowed. */
export function setHosts(result: HostTextResult, chosen: Mention[], st: State): void {
  const direct: Host[] = [];
  const byBuild: Host[] = [];
  for (const build of result.builds) {
    const mentions = chosen.filter((m) => m.build === build);
    const given = mentions.flatMap((m) => m.hosts ?? []);
    if (given.length > 0 && mentions.every((m) => m.hosts !== undefined)) direct.push(...given);
    else byBuild.push(...(st.index.hostsByBuild.get(build) ?? []));
    explainBuild(build, result, st);
  }
  result.buildHosts = unique([...direct, ...byBuild]);
  const narrowed = narrowHosts(unique(byBuild), st.hints, st.understood);
  if (byBuild.length > 1 && narrowed.length === byBuild.length) {
    st.understood.push(`Build ${result.builds.join('/')} is shared by ${describeHosts(unique(byBuild))}.`);
  }
  result.hostCandidates = unique([...direct, ...narrowed]);
  if (result.builds.length === 0) result.hostCandidates = unique([...st.aliasHosts, ...hostsByName(st)]);
}

/** With no build at all, a product name such as `Windows Server 2019` can still point at hosts. */
export function hostsByName(st: State): Host[] {
  const strong =
    st.hints.years.length > 0 ||
    st.hints.generations.size > 0 ||
    st.hints.versions.length > 0 ||
    st.hints.editions.length > 0;
  if (!strong) return [];
  const notes: string[] = [];
  const hosts = narrowHosts(st.catalog.hosts, st.hints, notes);
  if (hosts.length === st.catalog.hosts.length) return [];
  st.understood.push(`No build number; by product name this is ${describeHosts(hosts)}.`);
  if (hosts.length > 1)
    st.problems.push('Without a build number several releases fit; run winver or ver to get it.');
  return hosts;
}

/** Explains a build no host has (nearest host builds) or no image has (nearest image builds). */
export function explainBuild(build: number, result: HostTextResult, st: State): void {
  const hosts = st.index.hostsByBuild.get(build) ?? [];
  if (hosts.length === 0) {
    result.nearestHostBuilds = nearestBuilds(st.index.hostBuilds, build);
    const near =
      result.nearestHostBuilds.length === 0
        ? ''
        : ` The closest known builds are ${joinWords(result.nearestHostBuilds.map(String))}.`;
    st.problems.push(
      `Build ${build} is not a Windows release this site knows (an Insider preview, or a typo?).${near}`,
    );
    return;
  }
  if (!st.index.imagesByBuild.has(build)) {
    result.nearestImageBuilds = nearestBuilds(st.index.imageBuilds, build);
    const near = joinWords(result.nearestImageBuilds.map(String));
    st.understood.push(
      `No base image was built for build ${build}; the closest image builds are ${near}. Check the matrix for which of them run here.`,
    );
  }
}

/** Image candidates from an image build or from references inside errors. */
export function setImages(result: HostTextResult, st: State): void {
  const imageMention =
    st.mentions.find((m) => m.context === 'image' && m.told !== undefined) ??
    st.mentions.find((m) => m.context === 'image');
  const images: Image[] = [];
  if (imageMention !== undefined) {
    result.imageBuild = imageMention.build;
    const byBuild = st.index.imagesByBuild.get(imageMention.build) ?? [];
    images.push(...byBuild);
    if (byBuild.length === 0)
      st.problems.push(`No base image this site knows has build ${imageMention.build}.`);
  }
  for (const reference of st.references) images.push(...reference.images);
  result.imageCandidates = unique(images);
}

/** Host, container or unknown, and whether to ask the user. */
export function setContext(result: HostTextResult, chosen: Mention[], st: State): void {
  const contexts = unique(chosen.map((m) => m.context));
  if (contexts.includes('host') || (chosen.length === 0 && result.hostCandidates.length > 0))
    result.context = 'host';
  else if (contexts.includes('container') || st.containerHint) result.context = 'container';
  result.askHostOrContainer = result.context === 'unknown' && result.builds.length > 0;
  if (result.context === 'container') {
    st.understood.push(
      'Inside a container the reported build is the host kernel with process isolation, or the image build with Hyper-V isolation.',
    );
  }
  if (result.askHostOrContainer && st.sawVer) {
    st.understood.push(
      'ver shows the kernel it runs on: the host build on the host and in a process-isolated container, the ' +
        'image build in a Hyper-V container. The number alone does not say which.',
    );
  }
}

/** The editions named, kept for the hosts that are still candidates, each explained once. */
export function setEditions(result: HostTextResult, st: State): void {
  const kept = new Set(result.hostCandidates.map((host) => host.id));
  for (const { host, edition } of st.hints.editions) {
    if (!kept.has(host.id)) continue;
    result.editions.push({ hostId: host.id, edition });
    addOnce(
      st.understood,
      `${edition.name} is an ${edition.channel} edition of ${host.name} (build ${host.build}).`,
    );
  }
  if (st.partial !== undefined) result.partialBuild = st.partial;
}

/** Error code, isolation, architecture and version label, plus error explanations. */
export function setExtras(result: HostTextResult, st: State): void {
  const [firstError] = st.errors;
  if (firstError !== undefined) {
    result.errorCode = firstError.code;
    result.errorExplanation = firstError.explanation;
  }
  if (st.isolation !== undefined) result.defaultIsolation = st.isolation;
  if (st.arch !== undefined) result.arch = st.arch;
  const version = st.hints.versions[0];
  if (version !== undefined) result.versionLabel = version;
  if (st.linuxDaemon) addOnce(st.problems, EXPLAIN.linuxDaemon);
  for (const error of st.errors) addOnce(st.understood, `${error.code}: ${error.explanation}`);
}
