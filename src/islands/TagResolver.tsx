import { useId, useMemo, useState } from 'react';
import { parseImageReference } from '../lib/readers';
import type { Catalog } from '../lib/readers';
import type { RunsOn } from '../lib/site/island-catalog';
import { cellPath, imagePath } from '../lib/knowledge/paths';
import { withBase } from '../lib/site/site';
import UpdateAnswer from './UpdateAnswer';

interface Props {
  catalog: Catalog;
  runsOn: RunsOn;
  base: string;
}

const TAG_KIND: Record<string, string> = {
  floating: 'a floating release tag (moves with each monthly update)',
  build: 'a build tag (one monthly image, pinned)',
  kb: 'a KB tag (release plus the update it contains)',
  'kb-underscore': 'an old-style KB tag with underscores',
  latest: 'the latest tag, or no tag at all',
  'digest-only': 'a digest, with no tag',
  insider: 'an Insider (preview) image',
  none: 'no tag',
  unknown: 'a tag we do not recognise',
};

/** The tag guide's resolver: type any image reference, learn what it is, whether it exists, where it runs. */
export default function TagResolver({ catalog, runsOn, base }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const result = useMemo(
    () => (text.trim() === '' ? null : parseImageReference(text, catalog)),
    [text, catalog],
  );
  const hostName = (hostId: string): string =>
    catalog.hosts.find((host) => host.id === hostId)?.name ?? hostId;
  const image = result?.image;
  const where = image ? runsOn[image.id] : undefined;

  return (
    <section
      aria-labelledby={`${id}-h`}
      className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        Resolve a tag
      </h2>
      <label htmlFor={`${id}-input`} className="mt-2 block text-sm font-semibold">
        Image reference
      </label>
      <input
        id={`${id}-input`}
        type="text"
        spellCheck={false}
        autoComplete="off"
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        placeholder="e.g. microsoft/nanoserver:10.0.14393.1770"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div aria-live="polite" data-testid="resolver-result" className="mt-3 space-y-2 text-sm">
        {result && (
          <>
            <UpdateAnswer text={text} base={base} />
            <p>
              <strong>
                {result.exists === 'yes'
                  ? '✓ Exists'
                  : result.exists === 'no'
                    ? '✕ Does not exist'
                    : '? Cannot be confirmed'}
              </strong>
              {result.reason ? `: ${result.reason}` : '.'}
            </p>
            {result.suggestion && (
              <p>
                Use instead: <code className="select-all break-all">{result.suggestion}</code>
              </p>
            )}
            <p>
              {result.repository ? (
                <>
                  Repository <code>{result.repository}</code>
                  {result.tag ? (
                    <>
                      , tag <code>{result.tag}</code>: {TAG_KIND[result.tagKind] ?? result.tagKind}
                    </>
                  ) : null}
                  .
                </>
              ) : (
                'Not a Windows base image repository we know.'
              )}
            </p>
            {image && (
              <p>
                That is{' '}
                <a className="underline" href={withBase(base, imagePath(image.id))}>
                  {image.name}
                </a>{' '}
                (build {image.build}).
              </p>
            )}
            {image && where && (
              <div>
                <p className="font-semibold">Runs with process isolation on</p>
                <p>
                  {where.process.length === 0
                    ? 'no current host.'
                    : where.process.map((hostId, index) => (
                        <span key={hostId}>
                          {index > 0 && ', '}
                          <a className="underline" href={withBase(base, cellPath(hostId, image.id))}>
                            {hostName(hostId)}
                          </a>
                        </span>
                      ))}
                </p>
                <p className="mt-1">
                  With Hyper-V isolation it runs on {where.hyperv.length} host
                  {where.hyperv.length === 1 ? '' : 's'} (same build or newer).
                </p>
              </div>
            )}
            {result.problems.length > 0 && (
              <ul className="list-disc pl-6">
                {result.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
