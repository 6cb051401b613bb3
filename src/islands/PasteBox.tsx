import { useDeferredValue, useId, useMemo, useState } from 'react';
import { identify } from '../lib/parse';
import type { Catalog, Identification } from '../lib/parse';
import { cellPath, hostPath, imagePath } from '../lib/paths';
import { withBase } from '../lib/site';

interface Props {
  catalog: Catalog;
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
function targets(result: Identification, catalog: Catalog, origin: Origin) {
  const fromContainer = result.askHostOrContainer && origin === 'container';
  const hosts = fromContainer ? [] : result.hostCandidates;
  const build = result.host.build;
  const images = fromContainer
    ? catalog.images.filter((image) => image.build === build)
    : result.imageCandidates.map((candidate) => candidate.image);
  return { hosts, images: [...new Map(images.map((image) => [image.id, image])).values()] };
}

/**
 * "Paste anything": reads a build, command output, a Dockerfile, an image reference, a label or an
 * error message in the browser (nothing is sent anywhere) and links to the matching answers.
 */
export default function PasteBox({ catalog, base }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [origin, setOrigin] = useState<Origin>('host');
  // Parsing a large paste must not make typing lag: React renders the result at lower priority.
  const deferred = useDeferredValue(text);
  const result = useMemo(() => identify(deferred, catalog), [deferred, catalog]);
  const { hosts, images } = targets(result, catalog, origin);
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
      aria-labelledby={`${id}-h`}
      className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        <label htmlFor={`${id}-text`}>Paste anything</label>
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        A build number, <code>ver</code>, <code>systeminfo</code>, <code>docker info</code> or{' '}
        <code>docker version</code> output, a Dockerfile, an image reference, a Kubernetes node label, a CI
        runner label or an error message. It is read in your browser; nothing leaves the page.
      </p>
      <textarea
        id={`${id}-text`}
        className="mt-2 h-32 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="e.g. Microsoft Windows [Version 10.0.17763.5458]"
      />
      <div aria-live="polite" data-testid="paste-result" className="mt-3 space-y-3 text-sm">
        {result.kind === 'empty' ? null : (
          <>
            <p className="font-semibold">Recognised: {result.label}</p>
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
            {result.host.errorExplanation && <p>{result.host.errorExplanation}</p>}
            {cells.length > 0 && (
              <div>
                <p className="font-semibold">Answers</p>
                <Links items={cells.slice(0, 12)} base={base} />
              </div>
            )}
            {hosts.length > 0 && (
              <div>
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
              <div>
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
            {(result.notUnderstoodCount > 0 || result.problems.length > 0) && (
              <div>
                <p className="font-semibold">Not understood</p>
                <ul className="mt-1 list-disc pl-6">
                  {result.problems.slice(0, 10).map((problem, index) => (
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
