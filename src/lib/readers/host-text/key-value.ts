/** `Key: value` tool output: systeminfo, Get-ComputerInfo, docker info/version, reg query and JSON. */
import { addOnce, shorten } from '../text';
import { RE } from './patterns';
import {
  addVersionLabel,
  markLinuxDaemon,
  mention,
  readArch,
  readFullVersion,
  reportShortBuild,
} from './state';
import type { MentionContext, State } from './types';
import { readProduct } from './versions';

/** Splits `Key : value`, `Key: value`, `Key  REG_SZ  value` and `"Key": "value"` lines. */
export function keyValue(line: string): { key: string; value: string; json: boolean } | undefined {
  const reg = RE.regValue.exec(line);
  if (reg !== null) return { key: normaliseKey(reg[1] ?? ''), value: (reg[2] ?? '').trim(), json: false };
  const json = RE.jsonValue.exec(line);
  if (json !== null) return { key: normaliseKey(json[1] ?? ''), value: (json[2] ?? '').trim(), json: true };
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 45) return undefined;
  const key = line.slice(0, colon).trim();
  if (!/^[A-Za-z][\w ./()-]*$/.test(key)) return undefined;
  return { key: normaliseKey(key), value: line.slice(colon + 1).trim(), json: false };
}

/** Lower-cases a key and drops spaces, hyphens and underscores (`OS Name` → `osname`). */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

export const PRODUCT_KEYS = new Set([
  'osname',
  'windowsproductname',
  'productname',
  'operatingsystem',
  'caption',
  'osimage',
]);
export const VERSION_KEYS = new Set(['osversion', 'kernelversion', 'os.version']);
export const BUILD_KEYS = new Set(['osbuildnumber', 'currentbuild', 'currentbuildnumber', 'buildnumber']);
export const LABEL_KEYS = new Set(['windowsversion', 'releaseid', 'displayversion', 'osdisplayversion']);
export const LAB_KEYS = new Set(['windowsbuildlabex', 'buildlabex', 'buildlab', 'windowsbuildlab']);
export const ARCH_KEYS = new Set([
  'architecture',
  'osarchitecture',
  'systemtype',
  'cssystemtype',
  'processorarchitecture',
]);
export const HOSTNAME_KEYS = new Set(['hostname', 'csname', 'computername', 'csdnshostname']);
export const TYPE_KEYS = new Set([
  'windowsinstallationtype',
  'installationtype',
  'osproducttype',
  'producttype',
  'editionid',
  'windowseditionid',
]);
export const ENGINE_KEYS = new Set(['serverversion']);

/** One `key: value` line of systeminfo, Get-ComputerInfo, docker info/version, reg query or JSON. */
export function readKeyValue(line: string, st: State): boolean {
  const pair = keyValue(line);
  if (pair === undefined) return false;
  const { key, value, json } = pair;
  if (key === 'server' || key === 'client') {
    // docker version prints a Client: and a Server: section; only the server side describes the host.
    st.section = key;
    return true;
  }
  if (value === '') return false;
  if (PRODUCT_KEYS.has(key)) return readProductValue(value, st);
  if (VERSION_KEYS.has(key)) return readVersionValue(key, value, json, st);
  if (BUILD_KEYS.has(key)) return readBuildValue(value, st);
  if (key === 'ubr') return readUbr(value, st);
  if (LABEL_KEYS.has(key)) {
    addVersionLabel(value, st);
    return true;
  }
  if (LAB_KEYS.has(key)) return readBuildLab(value, st, 'systeminfo');
  if (ARCH_KEYS.has(key)) return readArch(value, st);
  if (HOSTNAME_KEYS.has(key)) return readHostName(value, st);
  if (TYPE_KEYS.has(key)) return readInstallType(value, st);
  if (ENGINE_KEYS.has(key)) {
    st.understood.push(`Docker Engine ${shorten(value, 30)}.`);
    return true;
  }
  return readDockerKey(key, value, st);
}

/** docker info / docker version keys: OSType, OS/Arch, Default Isolation. */
export function readDockerKey(key: string, value: string, st: State): boolean {
  const lower = value.toLowerCase();
  if (key === 'ostype') {
    if (lower === 'linux') markLinuxDaemon(st);
    return lower === 'linux' || lower === 'windows';
  }
  if (key === 'os/arch') {
    const [os = '', arch = ''] = lower.split('/');
    if (os === 'linux' && st.section !== 'client') markLinuxDaemon(st);
    if (os === 'windows' && st.section !== 'client') readArch(arch, st);
    return os === 'linux' || os === 'windows';
  }
  if (key === 'defaultisolation') {
    if (lower === 'process' || lower === 'hyperv') {
      st.isolation = lower;
      st.understood.push(`Docker's default isolation here is ${lower}.`);
      return true;
    }
  }
  return false;
}

/** A product-name value; Docker Desktop in place of Windows means the Linux engine. */
export function readProductValue(value: string, st: State): boolean {
  if (/docker desktop/i.test(value)) {
    markLinuxDaemon(st);
    return true;
  }
  return readProduct(value, st);
}

/** An OS/kernel version value: systeminfo, docker (`10.0 17763 (…)`), `10.0.17763`, or a Linux kernel. */
export function readVersionValue(key: string, value: string, json: boolean, st: State): boolean {
  const context: MentionContext = json ? 'image' : 'host';
  const source = json ? 'inspect' : key === 'kernelversion' ? 'docker' : 'systeminfo';
  const info = RE.systeminfoVersion.exec(value);
  if (info !== null) {
    const parsed = readFullVersion(`${info[1] ?? ''}.${info[2] ?? ''}.${info[3] ?? ''}`, st);
    if (parsed !== undefined) mention(st, { ...parsed, context, source });
    return true;
  }
  if (RE.dockerKernel.test(value)) return readBuildLab(value, st, 'docker');
  const full = RE.fullVersion.exec(value);
  if (full !== null) {
    const parsed = readFullVersion(value, st);
    if (parsed !== undefined) mention(st, { ...parsed, context, source });
    if (json && parsed !== undefined)
      st.understood.push(`Image metadata gives the image build ${parsed.build}.`);
    return true;
  }
  if (RE.linuxKernel.test(value)) {
    markLinuxDaemon(st);
    return true;
  }
  return false;
}

/** A five-digit build value (`OsBuildNumber : 17763`); shorter numbers are reported. */
export function readBuildValue(value: string, st: State): boolean {
  if (/^\d{5}$/.test(value)) {
    mention(st, { build: Number(value), context: 'host', source: 'systeminfo' });
    return true;
  }
  if (/^\d{1,7}$/.test(value)) reportShortBuild(value, value, st);
  return /^\d{1,7}$/.test(value);
}

/** The registry's update build revision (decimal or `0x…`). */
export function readUbr(value: string, st: State): boolean {
  const hex = /^0x([0-9a-f]{1,8})\b/i.exec(value);
  const number = hex !== null ? parseInt(hex[1] ?? '', 16) : /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(number)) return false;
  st.ubr = number;
  return true;
}

/** A build-lab string `17763.1.amd64fre.rs5_release…`: build, CPU, branch (the `.1` is not the patch). */
export function readBuildLab(value: string, st: State, source: string): boolean {
  const match = RE.buildLab.exec(value);
  if (match === null) return false;
  const [, buildText = '', , cpu = '', branch = ''] = match;
  mention(st, { build: Number(buildText), context: 'host', source });
  readArch(cpu, st);
  addOnce(
    st.understood,
    `Build-lab string: build ${buildText}, branch ${branch}; its second number is the release stamp, not the update level.`,
  );
  return true;
}

/** A container's host name is its 12-hex-digit id: a strong sign the text comes from inside one. */
export function readHostName(value: string, st: State): boolean {
  if (/^[0-9a-f]{12}$/i.test(value)) {
    st.containerHint = true;
    st.understood.push(
      `Host name ${value} looks like a container id: this output was taken inside a container.`,
    );
  }
  return true;
}

/** Installation and product types: Server Core, Client, Nano Server, WorkStation, ServerDatacenter … */
export function readInstallType(value: string, st: State): boolean {
  const lower = value.toLowerCase();
  if (/nano/.test(lower)) st.hints.words.add('nano');
  if (/server|domaincontroller/.test(lower)) st.hints.server = true;
  else if (/client|workstation|professional|enterprise|education/.test(lower)) st.hints.client = true;
  return true;
}
