/** Facts about message shapes and labels (syntax, not data): the patterns and error explanations. */

export const EXPLAIN = {
  mismatch:
    'The host would not start the container because the image was built for a different Windows build. With ' +
    'process isolation the builds must match (hosts from build 20348 on also accept some older LTSC images). ' +
    'Use an image built for this host, or --isolation=hyperv when the host is newer than the image.',
  exited:
    'The container or its utility VM stopped unexpectedly. Users have hit this when host and image were at ' +
    'different patch levels, e.g. a new image on a host missing a recent cumulative update; patching the host ' +
    'fixed it.',
  format:
    'The host did not recognise the image format. This was reported for Windows Server 2025 images on ' +
    'Windows 11 25H2 hosts.',
  noManifest:
    'No image behind this tag was built for the host. The build number in this message is the HOST build, ' +
    'not the image build: choose a tag built for that host build.',
  noManifestUnknown:
    'Older Docker versions printed "unknown" in place of the host build. The tag has no image this host can use.',
  newerImage:
    'Docker will not pull an image built for a newer Windows build than the host, and Hyper-V isolation does ' +
    'not get around it. Use an image for the host build or an older one.',
  manifestNotFound: 'The registry has no image under that name and tag.',
  linuxDaemon:
    'Docker is running Linux containers. Switch it to Windows containers (on Docker Desktop: "Switch to ' +
    'Windows containers…") before pulling Windows images.',
  linuxImage: 'A Windows Docker engine was asked for a Linux image.',
  unknownHcs: 'A container platform (HCS) error code this site has no explanation for.',
} as const;

export const HEX_CODES: Record<string, string> = {
  '0xc0370101': EXPLAIN.mismatch,
  '0x80370101': EXPLAIN.mismatch,
  '0xc0370106': EXPLAIN.exited,
  '0x80370106': EXPLAIN.exited,
  '0xc0370112': EXPLAIN.format,
  '0x80370112': EXPLAIN.format,
};

export const RE = {
  hexCode: /\b0x[0-9a-f]{8}\b/gi,
  noManifest:
    /no matching manifest for ([a-z0-9]+)\/([a-z0-9_]+)(?:\s{1,10}(\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?))?\s{1,10}in the manifest list/i,
  noManifestUnknown: /no matching manifest for unknown in the manifest list/i,
  incompatible:
    /(\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?)-based image is incompatible with (?:an? |the )?(\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?) host/i,
  manifestNotFound: /manifest for (\S{1,300}) not found/i,
  wrongOs: /image operating system "(\w{1,20})" cannot be used on this platform/i,
  ver: /microsoft windows \[version (\d{1,3})\.(\d{1,3})\.(\d{1,6})(?:\.(\d{1,6}))?\]/i,
  // winver writes `Version 1809 (OS Build 17763.5576)`; people retype it without the parentheses.
  osBuild: /(?:version (\w{4}),? )?\(?os build (\d{1,6})(?:\.(\d{1,6}))?\)?/i,
  /** A release label standing alone (`24H2`), not inside an image tag (`servercore:20H2`, `…-21h2`). */
  halfYearLabel: /(?<![\w:/.-])(\d{2}H[12])(?![\w.-])/gi,
  /** `version 1809`, `Version: 1809` but not `Version 10.0…`. */
  versionWord: /\bversion:?\s{1,5}(\d{4})(?![\w.])/gi,
  /** `10.0.203…48`, `10.0.17763…`, `10.0.1...`: a build cut short with an ellipsis. */
  shortened: /\b10\.0\.(\d{0,5})\.?(?:…|\.{2,3})(\d{0,6})/,
  /** `10.0.xxxxx`, `10.0.<build>`, `10.0.*****`: a build replaced by a placeholder. */
  placeholder: /\b10\.0\.(?:[x]{2,6}|[*#?]{2,6}|<[^>\n]{1,20}>|\{[^}\n]{1,20}\})(?:\.[\w<>{}*#?]{1,20})?/i,
  k8sLabel: /node\.kubernetes\.io\/windows-build["']?\s{0,5}[:=]\s{0,5}["']?(\d{1,3})\.(\d{1,3})\.(\d{1,6})/i,
  k8sOs: /kubernetes\.io\/os["']?\s{0,5}[:=]\s{0,5}["']?windows/i,
  kubectlHeader: /\bOS-IMAGE\s+KERNEL-VERSION\b/,
  osVersionTable: /^\s*10\s+0\s+(\d{5})\s+(\d{1,6})\s*$/,
  osVersionHeader: /^\s*Major\s+Minor\s+Build\s+Revision\s*$/i,
  product: /\bWindows (Server|10|11)\b(?![.\d])([^\n]{0,60})/i,
  buildLab: /(\d{5})\.(\d{1,6})\.(amd64|arm64|x86|arm)fre\.([a-z0-9_]{1,30})/i,
  systeminfoVersion: /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})\s+(?:N\/A\s+)?Build\s+(\d{1,6})/i,
  dockerKernel: /^10\.0\s+(\d{5})\s+\(/,
  fullVersion: /^10\.0\.(\d{1,6})(?:\.(\d{1,6}))?$/,
  linuxKernel: /^\d{1,2}\.\d{1,3}\.\d{1,4}[-.][^\s]{0,60}(?:microsoft|linuxkit|generic|azure|aws|wsl)/i,
  regValue: /^\s*([A-Za-z][\w]{0,40})\s+REG_\w{1,20}\s+(.{0,200})$/,
  jsonValue: /^\s*"([^"]{1,40})"\s*:\s*"?([^",]{0,200})"?,?\s*$/,
  bareBuild: /^(?:10\.0\.)?(\d{5})(?:\.(\d{1,6}))?$/,
  shortNumber: /^(?:10\.0\.)?(\d{3,4}|\d{6,7})(?:\.\d{1,6})?$/,
};
