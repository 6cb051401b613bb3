/** The upstream check's settings and findings, shared by the check and its hcsshim part. */

/** The check's own data (`upstream/checks.json`): what it may skip and which hcsshim constant names each host. */
export interface CheckConfig {
  /** Cycles older than this build are outside the container era and not required to be linked. */
  minBuild: number;
  /** Cycles deliberately not linked, each with the reason. */
  ignoredCycles: { cycle: string; reason: string }[];
  /** Host id → the hcsshim constant that names its build. */
  hcsshimConstants: Record<string, string>;
  /** Hosts hcsshim has no constant for, each with the reason (so a new host is never left out silently). */
  hcsshimWithoutConstant: Record<string, HostWithoutConstant>;
}

/** A host hcsshim names no constant for. */
export interface HostWithoutConstant {
  /** Why: which build hcsshim lacks, or which other release's constant has the same build. */
  reason: string;
  /**
   * A constant of another release with this host's build (Windows 11 24H2 and Windows Server 2025 are
   * both 26100): the build is checked against it, without claiming the constant names this host.
   */
  sameBuildAs?: string;
}

/** One disagreement between content/ and a snapshot. */
export interface Finding {
  /** `host ws2016`, `image servercore-ltsc2016`, `rules`, `checks` … */
  subject: string;
  /** The long-term edition, when the finding is about one. */
  edition?: string;
  /** `<product>/<cycle>` the finding is about, when there is one. */
  cycle?: string;
  field: string;
  ours: string | number | null;
  upstream: string | number | null;
  /** The date of the snapshot compared with. */
  snapshot: string;
  /** One sentence saying what is wrong and what to do. */
  message: string;
}
