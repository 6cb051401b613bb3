/**
 * The data-change log (content/changes.yaml) made ready for the "What changed" page and its feed:
 * newest first, each subject resolved to a name and a page, and the checks of its ids and sources.
 * Pure: the data module feeds it the collection and the model.
 */
import type { Model } from '../model/model';
import { hostPath, imagePath } from '../knowledge/paths';
import { platformPath } from '../platforms/platform-core';
import type { Change, ChangeKind } from '../knowledge/schema';

/** A short label for each kind of change, shown before the summary. */
export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  'release-added': 'New release',
  'edition-added': 'New editions',
  'date-added': 'New dates',
  'date-changed': 'Corrected date',
  'verdict-changed': 'Changed verdict',
  'source-updated': 'Updated source',
  'platform-added': 'New platforms',
  'platform-changed': 'Platform change',
};

/** A host or image a change is about, with its name and page when the model knows it. */
export interface ChangeSubject {
  id: string;
  kind: 'host' | 'image' | 'platform';
  name: string;
  /** Site-relative page path; null for an id the model does not know (then shown as plain text). */
  path: string | null;
}

/** A change with its subjects resolved, as the page and the feed show it. */
export interface ResolvedChange extends Change {
  subjects: ChangeSubject[];
}

/** The ids and source keys a change may refer to. */
export interface KnownIds {
  hostIds: ReadonlySet<string>;
  imageIds: ReadonlySet<string>;
  sourceKeys: ReadonlySet<string>;
  /** Platform ids; checked only when given. */
  platformIds?: ReadonlySet<string>;
}

/** Newest first; entries of the same day keep their file order, so the log reads as written. */
export function sortChanges<T extends Pick<Change, 'date'>>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map(({ change }) => change);
}

/** Every reference a change makes that the content does not define, as `<id>: field "<path>": …` messages. */
export function changeProblems(changes: readonly Change[], known: KnownIds): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const where = `content/changes.yaml: ${change.id}`;
    if (seen.has(change.id))
      problems.push(`${where}: field "id": expected a unique id, "${change.id}" is used twice`);
    seen.add(change.id);
    change.hosts.forEach((id, i) => {
      if (!known.hostIds.has(id))
        problems.push(`${where}: field "hosts[${i}]": expected a host id from content/hosts/, got "${id}"`);
    });
    change.images.forEach((id, i) => {
      if (!known.imageIds.has(id))
        problems.push(
          `${where}: field "images[${i}]": expected an image id from content/images/, got "${id}"`,
        );
    });
    change.platforms.forEach((id, i) => {
      if (known.platformIds && !known.platformIds.has(id))
        problems.push(
          `${where}: field "platforms[${i}]": expected a platform id from content/platforms/, got "${id}"`,
        );
    });
    change.sources.forEach((key, i) => {
      if (!known.sourceKeys.has(key))
        problems.push(
          `${where}: field "sources[${i}]": expected a source key defined in content/sources.yaml, got "${key}"`,
        );
    });
  }
  return problems;
}

/** The model's ids and source keys, for changeProblems. */
export function knownIds(model: Model): KnownIds {
  return {
    hostIds: new Set(model.hostsById.keys()),
    imageIds: new Set(model.imagesById.keys()),
    sourceKeys: new Set(model.sources.keys()),
  };
}

/**
 * Sorts the changes and names their subjects. An id the model does not know (a release whose file has
 * not landed yet) stays as plain text instead of breaking the build or linking to a missing page.
 */
export function resolveChanges(
  changes: readonly Change[],
  model: Model,
  platforms: readonly { id: string; name: string }[] = [],
): ResolvedChange[] {
  return sortChanges(changes).map((change) => ({
    ...change,
    subjects: [
      ...change.hosts.map((id): ChangeSubject => {
        const host = model.hostsById.get(id);
        return { id, kind: 'host', name: host?.name ?? id, path: host ? hostPath(id) : null };
      }),
      ...change.images.map((id): ChangeSubject => {
        const image = model.imagesById.get(id);
        return { id, kind: 'image', name: image?.name ?? id, path: image ? imagePath(id) : null };
      }),
      ...change.platforms.map((id): ChangeSubject => {
        const platform = platforms.find((entry) => entry.id === id);
        return { id, kind: 'platform', name: platform?.name ?? id, path: platform ? platformPath(id) : null };
      }),
    ],
  }));
}

/** The feed item title: the kind and what it is about, e.g. "Corrected date: Windows Server 2016, …". */
export function changeTitle(change: ResolvedChange): string {
  return `${CHANGE_KIND_LABEL[change.kind]}: ${change.subjects.map((subject) => subject.name).join(', ')}`;
}
