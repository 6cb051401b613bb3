/**
 * Reads pasted cluster and fleet listings — `kubectl get nodes -o wide`, `kubectl get nodes -L
 * node.kubernetes.io/windows-build`, `kubectl describe nodes` / `--show-labels` labels, and several
 * `docker info` outputs one after another — into one node list.
 */

/** One machine of a fleet, as far as the paste tells. */
export interface FleetNode {
  name: string;
  os: 'windows' | 'linux' | 'unknown';
  /** Windows build (17763) when the paste gives one. */
  build: number | null;
  /** Update revision (the number after the build, 5576 in 17763.5576) when given. */
  revision: number | null;
  /** What the paste said about the node's system, e.g. `Windows Server 2022 Datacenter, 10.0.20348.2340`. */
  detail: string;
}

/** Which kind of listing the nodes came from. */
export type NodeListFormat = 'kubectl' | 'labels' | 'docker-info';

export interface NodeList {
  format: NodeListFormat;
  nodes: FleetNode[];
}

/**
 * The nodes of a pasted listing, or null when the text is not a listing of at least two nodes (a single
 * `docker info` is one host: `parseHostText` reads it). Never throws.
 */
export function parseNodeList(text: string): NodeList | null {
  void text;
  return null;
}
