import type { FamilyAnswer, FleetAnswer, FleetTag, Retirement } from '../lib/fleet/fleet';
import { countOf } from '../lib/fleet/fleet-words';
import type { NodeList } from '../lib/readers/nodes';
import { FAMILY_LABEL } from '../lib/knowledge/verdict-text';
import { ProseText } from './RichText';

/** A snippet to copy, scrollable and reachable by keyboard, after what it takes. */
function Snippet({ label, code, notes = [] }: { label: string; code: string; notes?: string[] }) {
  return (
    <details className="mt-1">
      <summary>{label}</summary>
      {notes.length > 0 && (
        <ul className="mt-1 list-disc pl-6">
          {notes.map((note) => (
            <li key={note}>
              <ProseText text={note} />
            </li>
          ))}
        </ul>
      )}
      <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
        <code>{code}</code>
      </pre>
    </details>
  );
}

/** A tag with its support status in words when it has left support. */
function Tag({ tag }: { tag: FleetTag }) {
  return (
    <>
      <code className="break-all">{tag.reference}</code>
      {tag.status !== null && <strong className="font-semibold"> ({tag.status})</strong>}
    </>
  );
}

/** What is out of support, each in one sentence (support-words.ts) with the move to make. */
function Retired({ items, testId }: { items: Retirement[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <ul
      data-testid={testId}
      className="mt-1 list-disc rounded border border-amber-600 bg-amber-50 py-1 pr-2 pl-6 dark:bg-amber-950"
    >
      {items.map((item) => (
        <li key={item.id} data-id={item.id} data-ended={item.ended}>
          <ProseText text={item.sentence} />
        </li>
      ))}
    </ul>
  );
}

/** One image family's answer for the whole fleet: one tag, or per-build choices with snippets. */
function FleetFamily({ answer }: { answer: FamilyAnswer }) {
  return (
    <li data-testid="fleet-family" data-family={answer.family} data-kind={answer.kind}>
      <p className="font-semibold">{FAMILY_LABEL[answer.family] ?? answer.family}</p>
      <p className="break-words">
        <ProseText text={answer.summary} />
      </p>
      {answer.kind === 'one-tag' && (
        <p>
          Tag for every node: <Tag tag={answer.image} />
        </p>
      )}
      {answer.kind === 'per-build' && (
        <>
          <ul className="mt-1 list-disc pl-6">
            {answer.pools.map((pool) => (
              <li key={pool.hostId}>
                <code>{pool.windowsBuildLabel}</code> ({pool.nodes.join(', ')}):{' '}
                {pool.image === null ? 'nothing runs' : <Tag tag={pool.image} />}
              </li>
            ))}
          </ul>
          <Snippet
            label="Per pool: nodeSelector on node.kubernetes.io/windows-build"
            code={answer.nodeSelectorSnippet}
          />
          <Snippet label="One tag for all builds: a multi-platform manifest" code={answer.manifestSnippet} />
        </>
      )}
      <Retired items={answer.retired} testId="fleet-retired-images" />
      {answer.kind !== 'none' && answer.hyperv !== null && (
        <Snippet
          label={answer.hyperv.label}
          notes={answer.hyperv.notes}
          code={answer.hyperv.runtimeClassSnippet}
        />
      )}
    </li>
  );
}

/** A pasted node list: each Windows node's host, the Linux nodes apart, and the answer per image family. */
export default function Fleet({ list, answer }: { list: NodeList; answer: FleetAnswer }) {
  return (
    <div data-testid="paste-fleet">
      <p className="font-semibold">
        {countOf(list.nodes.length, 'node')} ({list.format})
      </p>
      <ul className="mt-1 list-disc pl-6">
        {answer.windowsNodes.slice(0, 30).map((node) => (
          <li key={node.name} data-testid="fleet-node" data-host={node.hostId ?? ''}>
            <code>{node.name}</code>: {node.hostName ?? node.note}
            {node.build === null ? '' : ` (build ${node.build})`}
          </li>
        ))}
      </ul>
      <Retired items={answer.retiredHosts} testId="fleet-retired-hosts" />
      <ul className="mt-3 space-y-4">
        {answer.families
          .filter((family) => family.kind !== 'none')
          .map((family) => (
            <FleetFamily key={family.family} answer={family} />
          ))}
      </ul>
      {answer.notes.length > 0 && (
        <ul className="mt-2 list-disc pl-6" data-testid="fleet-notes">
          {answer.notes.map((note) => (
            <li key={note}>
              <ProseText text={note} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
