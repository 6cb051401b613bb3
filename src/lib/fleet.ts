/**
 * The answer for a fleet of nodes: which tag of each image family runs on all of them, or, when none
 * does, how to serve each build (per-pool tags with a nodeSelector, or one multi-platform manifest).
 */
import type { Catalog } from './parse/catalog';
import type { FleetNode } from './parse/nodes';
import type { VerdictValue } from './schema';

/** The process and Hyper-V verdicts of one host × image cell. */
export type VerdictLookup = (
  hostId: string,
  imageId: string,
) => { process: VerdictValue; hyperv: VerdictValue };

/** Placeholder until the real shape lands. */
export interface FleetAnswer {
  notes: string[];
}

/** What to run on a fleet. */
export function fleetAnswer(nodes: FleetNode[], catalog: Catalog, verdicts: VerdictLookup): FleetAnswer {
  void nodes;
  void catalog;
  void verdicts;
  return { notes: [] };
}
