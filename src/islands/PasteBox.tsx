import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { cellAnswers, identify, verdictLookup } from '../lib/readers';
import type { CellAnswer, Identification, PasteCatalog } from '../lib/readers';
import { explainErrors } from '../lib/readers/errors';
import { describeRevisions } from '../lib/readers/host-text';
import { pasteSummary } from '../lib/readers/paste-summary';
import ErrorExplanations from './ErrorExplanations';
import { pasteFromFragment } from '../lib/readers/paste-link';
import { parseNodeList } from '../lib/readers/nodes';
import { fleetAnswer } from '../lib/fleet/fleet';
import Fleet from './FleetAnswer';
import { cellPath, hostPath, imagePath } from '../lib/knowledge/paths';
import { runs } from '../lib/knowledge/engine';
import type { Host, Image } from '../lib/knowledge/schema';
import { withBase } from '../lib/site/site';
import AdviceText from './AdviceText';
import PlatformAnswer from './PlatformAnswer';
import { forbiddenModeNotes } from '../lib/readers/platforms';
import type { PlatformReading } from '../lib/readers/platforms';
import { VERDICT_TEXT } from '../lib/knowledge/verdict-text';
import UpdateAnswer from './UpdateAnswer';
import { readUpdateMentions } from '../lib/readers/updates';

interface Props {
  catalog: PasteCatalog;
  base: string;
}

type Origin = 'host' | 'container';

function Links({ items, base }: { items: { path: string; label: string }[]; base: string }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.path}>
          <a className="underline" href={withBase(base, item.path)}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The hosts and images to link to, once the reader has said where a bare build came from. */
function targets(result: Identification, catalog: PasteCatalog, origin: Origin) {
  const fromContainer = result.askHostOrContainer && origin === 'container';
  const hosts: Host[] = fromContainer ? [] : result.hostCandidates;
  const build = result.host.build;
  const images: Image[] = fromContainer
    ? catalog.images.filter((image) => image.build === build)
    : result.imageCandidates.map((candidate) => candidate.image);
  return { hosts, images: [...new Map(images.map((image) => [image.id, image])).values()] };
}

/** The cells a host-and-image paste names: both verdicts, the tag, the advice and the link. */
function CellAnswers({
  answers,
  more,
  base,
  platforms,
}: {
  answers: CellAnswer[];
  more: number;
  base: string;
  platforms: readonly PlatformReading[];
}) {
  return (
    <div data-testid="paste-cells">
      <p className="font-semibold">Your host and image</p>
      <ul className="mt-1 space-y-2">
        {answers.map((answer) => (
          <li
            key={answer.path}
            data-testid="paste-cell"
            className="rounded border border-slate-300 p-2 dark:border-slate-700"
          >
            <a className="font-semibold underline" href={withBase(base, answer.path)}>
              {answer.image.name} on {answer.host.name}
            </a>
            <p>
              Process isolation: {VERDICT_TEXT[answer.verdicts.process].glyph}{' '}
              {VERDICT_TEXT[answer.verdicts.process].label} · Hyper-V isolation:{' '}
              {VERDICT_TEXT[answer.verdicts.hyperv].glyph} {VERDICT_TEXT[answer.verdicts.hyperv].label}
            </p>
            {forbiddenModeNotes(platforms, answer.verdicts).map((note) => (
              <p key={note} data-testid="paste-platform-mode">
                {note}
              </p>
            ))}
            {(runs(answer.verdicts.process) || runs(answer.verdicts.hyperv)) && (
              <p>
                Tag: <code className="break-all">{answer.reference}</code>
              </p>
            )}
            <div data-testid="paste-advice" className="wrap-anywhere">
              <AdviceText
                advice={answer.advice}
                alternativeHref={
                  answer.advice.alternative
                    ? withBase(base, cellPath(answer.host.id, answer.advice.alternative.id))
                    : null
                }
              />
            </div>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="mt-1">and {more} more combinations: see the links below.</p>}
    </div>
  );
}

/** Everything read from the paste, in the order a user needs it. */
function usePasteAnswer(text: string, catalog: PasteCatalog, origin: Origin) {
  return useMemo(() => {
    const result = identify(text, catalog);
    const errors = explainErrors(text);
    const list = parseNodeList(text);
    const fleet =
      list === null ? null : fleetAnswer(list.nodes, catalog, verdictLookup(catalog), catalog.supportEnds);
    const { hosts, images } = targets(result, catalog, origin);
    const answers = result.namesCell && list === null ? cellAnswers(catalog, hosts, images) : [];
    return { result, errors, list, fleet, hosts, images, answers };
  }, [text, catalog, origin]);
}

/**
 * "Paste anything": reads a build, command output, a Dockerfile, an image reference, a label, a node list
 * or an error message in the browser (nothing is sent anywhere) and links to the matching answers. When
 * the paste names a host and an image, their cell comes first.
 */
export default function PasteBox({ catalog, base }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [origin, setOrigin] = useState<Origin>('host');
  const section = useRef<HTMLElement>(null);
  // A link such as /#paste=<text> (an error page's "Paste your output") opens the box with that text.
  useEffect(() => {
    const linked = pasteFromFragment(window.location.hash);
    if (linked === null) return;
    setText(linked);
    section.current?.scrollIntoView();
    document.getElementById(`${id}-text`)?.focus();
  }, [id]);
  // Parsing a large paste must not make typing lag: React renders the result at lower priority.
  const deferred = useDeferredValue(text);
  const { result, errors, list, fleet, hosts, images, answers } = usePasteAnswer(deferred, catalog, origin);
  const revisions = describeRevisions(result.host);
  // A KB or a bare build.revision is answered by the update list: "found no Windows build" would contradict it.
  const mentionsUpdate = useMemo(() => readUpdateMentions(deferred).length > 0, [deferred]);
  const problems = mentionsUpdate
    ? result.problems.filter((problem) => !problem.startsWith('Found no Windows build'))
    : result.problems;
  const cells = hosts.flatMap((host) =>
    images.map((image) => ({ path: cellPath(host.id, image.id), label: `${image.name} on ${host.name}` })),
  );
  const references = [
    ...result.references,
    ...result.imageCandidates.flatMap((c) => (c.reference ? [c.reference] : [])),
  ];
  const uniqueReferences = [
    ...new Map(references.map((reference) => [reference.input, reference])).values(),
  ].slice(0, 10);

  return (
    <section
      ref={section}
      aria-labelledby={`${id}-h`}
      className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        <label htmlFor={`${id}-text`}>Paste anything</label>
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        A build number, <code>ver</code>, <code>winver</code>, <code>systeminfo</code>,{' '}
        <code>docker info</code> or <code>docker version</code> output, a Dockerfile, an image reference, a
        Kubernetes node list or label, a CI runner label or an error message. It is read in your browser;
        nothing leaves the page.
      </p>
      <textarea
        id={`${id}-text`}
        className="mt-2 h-32 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="e.g. Microsoft Windows [Version 10.0.17763.5458]"
      />
      {/* Only a short summary is announced; the answer below is read at the user's pace. */}
      <p role="status" aria-live="polite" className="sr-only" data-testid="paste-summary">
        {pasteSummary(result, answers, list?.nodes.length)}
      </p>
      <div data-testid="paste-result" className="mt-3 space-y-3 text-sm">
        {result.kind === 'empty' ? null : (
          <>
            <p className="font-semibold">Recognised: {list === null ? result.label : 'Node list'}</p>
            {revisions !== undefined && <p data-testid="paste-revisions">{revisions}</p>}
            <PlatformAnswer readings={result.platforms} catalog={catalog} images={images} base={base} />
            {answers.length > 0 && (
              <CellAnswers
                answers={answers}
                more={cells.length - answers.length}
                base={base}
                platforms={result.platforms.readings}
              />
            )}
            {list !== null && fleet !== null && <Fleet list={list} answer={fleet} />}
            <UpdateAnswer text={deferred} base={base} />
            {result.host.editions.length > 0 && (
              <ul
                data-testid="paste-edition"
                data-editions={result.host.editions.map(({ edition }) => edition.id).join(' ')}
              >
                {result.host.editions.map(({ hostId, edition }) => (
                  <li key={`${hostId}#${edition.id}`}>
                    Edition:{' '}
                    <a className="underline" href={withBase(base, `${hostPath(hostId)}#${edition.id}`)}>
                      {edition.name}
                    </a>{' '}
                    ({edition.channel}):{' '}
                    {catalog.lifecycleLabels[`${hostId}#${edition.id}`] ?? 'dates on the host page'}.
                  </li>
                ))}
              </ul>
            )}
            {result.askHostOrContainer && (
              <fieldset className="rounded border border-slate-300 p-2 dark:border-slate-700">
                <legend className="px-1 font-semibold">
                  Is this from the host or from inside a container?
                </legend>
                <p>
                  Inside a process-isolated container, <code>ver</code> reports the host&apos;s build; inside
                  a Hyper-V isolated one it reports the image&apos;s.
                </p>
                <label className="mr-4 inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${id}-origin`}
                    checked={origin === 'host'}
                    onChange={() => setOrigin('host')}
                  />{' '}
                  The host
                </label>
                <label className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${id}-origin`}
                    checked={origin === 'container'}
                    onChange={() => setOrigin('container')}
                  />{' '}
                  Inside a container
                </label>
              </fieldset>
            )}
            {errors.length > 0 ? (
              <ErrorExplanations errors={errors} base={base} />
            ) : (
              result.host.errorExplanation && <p>{result.host.errorExplanation}</p>
            )}
            {cells.length > answers.length && list === null && (
              <div>
                <p className="font-semibold">Answers</p>
                <Links items={cells.slice(0, 12)} base={base} />
              </div>
            )}
            {hosts.length > 0 && list === null && (
              <div data-testid="paste-hosts">
                <p className="font-semibold">Host{hosts.length > 1 ? 's with this build' : ''}</p>
                <Links
                  items={hosts.map((host) => ({
                    path: hostPath(host.id),
                    label: `${host.name} (build ${host.build}): what runs there, which tag`,
                  }))}
                  base={base}
                />
              </div>
            )}
            {images.length > 0 && (
              <div data-testid="paste-images">
                <p className="font-semibold">Image{images.length > 1 ? 's' : ''}</p>
                <Links
                  items={images.map((image) => ({
                    path: imagePath(image.id),
                    label: `${image.name}: where it runs`,
                  }))}
                  base={base}
                />
              </div>
            )}
            {uniqueReferences.length > 0 && (
              <ul className="space-y-1">
                {uniqueReferences.map((reference) => (
                  <li key={reference.input}>
                    <code className="break-all">{reference.input}</code>:{' '}
                    {reference.exists === 'yes'
                      ? 'exists'
                      : reference.exists === 'no'
                        ? 'does not exist'
                        : 'cannot be confirmed'}
                    {reference.reason ? ` — ${reference.reason}` : ''}
                    {reference.suggestion && (
                      <>
                        {' '}
                        Use <code className="break-all">{reference.suggestion}</code>.
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {result.understood.length > 0 && (
              <details>
                <summary>What was understood ({result.understood.length})</summary>
                <ul className="mt-1 list-disc pl-6">
                  {result.understood.slice(0, 30).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
            {(result.notUnderstoodCount > 0 || problems.length > 0) && (
              <div data-testid="paste-problems">
                <p className="font-semibold">Not understood</p>
                <ul className="mt-1 list-disc pl-6">
                  {problems.slice(0, 10).map((problem, index) => (
                    <li key={`p${index}`}>{problem}</li>
                  ))}
                  {result.notUnderstood.slice(0, 10).map((line, index) => (
                    <li key={`n${index}`}>
                      <code className="break-all">{line}</code>
                    </li>
                  ))}
                  {result.notUnderstoodCount > 10 && <li>and {result.notUnderstoodCount - 10} more lines</li>}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
