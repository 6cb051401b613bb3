import { useEffect, useMemo, useState } from 'react';
import { answerUpdates, decodeUpdates, readUpdateText } from '../lib/readers/updates';
import type { CompactUpdates, UpdateFact, UpdatesAnswer } from '../lib/readers/updates';
import { withBase } from '../lib/site/site';

const KIND_TEXT = {
  security: 'monthly security release (Patch Tuesday)',
  preview: 'optional preview',
  'out-of-band': 'out-of-band update',
  hotpatch: 'hotpatch',
} as const;

let loading: Promise<CompactUpdates> | undefined;

/** Loads the compact catalogue once per page, only when a paste mentions an update. */
function loadCatalogue(base: string): Promise<CompactUpdates> {
  loading ??= fetch(withBase(base, '/updates/catalogue.json')).then((response) => {
    if (!response.ok) throw new Error(`the update list answered ${response.status}`);
    return response.json() as Promise<CompactUpdates>;
  });
  return loading;
}

function useCatalogue(base: string, wanted: boolean) {
  const [state, setState] = useState<{ data?: CompactUpdates; error?: string }>({});
  useEffect(() => {
    if (!wanted || state.data || state.error) return;
    loadCatalogue(base).then(
      (data) => setState({ data }),
      (error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, [base, wanted, state]);
  return state;
}

function Fact({ fact, base }: { fact: UpdateFact; base: string }) {
  const { update } = fact;
  const behind =
    fact.securityBehind === 0
      ? 'the newest security release we know of'
      : `${fact.securityBehind} security release${fact.securityBehind > 1 ? 's' : ''} behind the newest (${fact.newest?.kb ?? ''}, ${fact.newest?.date ?? ''})`;
  return (
    <li data-testid="update-fact" data-update={`${update.build}.${update.revision}`}>
      <a
        className="font-semibold underline"
        href={withBase(base, `/updates/${update.build}/#r${update.revision}`)}
      >
        {update.build}.{update.revision}
      </a>{' '}
      ({fact.lineName === undefined ? `version ${update.version || update.build}` : `on ${fact.lineName}`}):{' '}
      {fact.month}, {KIND_TEXT[update.kind]}, {update.date},{' '}
      <a className="underline" href={fact.kbUrl} rel="noopener noreferrer">
        {update.kb}
      </a>
      ; {behind}.{' '}
      {fact.tag === undefined ? (
        'No build tag for this update.'
      ) : (
        <span data-testid="update-tag">
          Image tag: <code>{fact.tag.tag}</code>{' '}
          {fact.tag.status === 'published'
            ? '(published)'
            : fact.tag.status === 'expected'
              ? '(expected by the monthly rule, not confirmed)'
              : `(no image for this update: the nearest older build tag, ${fact.tag.published ? 'published' : 'expected by the monthly rule, not confirmed'})`}
        </span>
      )}
    </li>
  );
}

function Comparison({ answer }: { answer: UpdatesAnswer }) {
  const comparison = answer.comparison;
  if (!comparison || comparison.verdict === 'other-build') return null;
  const word = { fine: 'Fine', fails: 'Does not run (process isolation)', 'may-fail': 'May fail' }[
    comparison.verdict
  ];
  return (
    <div data-testid="update-comparison" data-verdict={comparison.verdict}>
      <p className="font-semibold">
        Host {comparison.host.build}.{comparison.host.revision}
        {comparison.host.month === undefined ? '' : ` (${comparison.host.month})`} and image{' '}
        {comparison.image.build}.{comparison.image.revision}
        {comparison.image.month === undefined ? '' : ` (${comparison.image.month})`}: {word}
      </p>
      <p>{comparison.reason}</p>
      {(comparison.hostNeeds || comparison.pinTag) && (
        <ul className="mt-1 list-disc pl-6">
          {comparison.hostNeeds && (
            <li>
              Update the host: install {comparison.hostNeeds.kb} ({comparison.hostNeeds.build}.
              {comparison.hostNeeds.revision}, {comparison.hostNeeds.date}) or later.
            </li>
          )}
          {comparison.pinTag && (
            <li>
              Until then, pin the image to <code data-testid="update-pin">{comparison.pinTag}</code>.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/** The update answer of the paste box: each pasted revision, KB or KB-style tag, and a host/image comparison. */
export default function UpdateAnswer({ text, base }: { text: string; base: string }) {
  const wanted = useMemo(() => {
    const reading = readUpdateText(text);
    return reading.mentions.length > 0 || reading.notes.length > 0;
  }, [text]);
  const { data, error } = useCatalogue(base, wanted);
  const answer = useMemo(
    () => (data && wanted ? answerUpdates(text, data, decodeUpdates(data)) : undefined),
    [data, text, wanted],
  );
  if (!wanted) return null;
  if (error) return <p>The update list could not be loaded ({error}).</p>;
  if (!answer) return <p>Looking up the update…</p>;
  // Numbers that only looked like builds (`24576.5`) leave nothing to say.
  if (answer.items.length === 0 && answer.notes.length === 0) return null;
  return (
    <div data-testid="paste-updates">
      <p className="font-semibold">Windows updates (as of {answer.asOf})</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {answer.items.flatMap((item) =>
          item.facts.length === 0
            ? [<li key={item.mention.text}>{item.unknown}</li>]
            : item.facts.map((fact) => (
                <Fact
                  key={`${item.mention.text}:${fact.update.build}.${fact.update.revision}`}
                  fact={fact}
                  base={base}
                />
              )),
        )}
        {answer.notes.map((note) => (
          <li key={note} data-testid="update-note">
            {note}
          </li>
        ))}
      </ul>
      <Comparison answer={answer} />
    </div>
  );
}
