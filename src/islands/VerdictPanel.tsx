import { useEffect, useState } from 'react';
import { cellCodes, explorerAdvice } from '../lib/site/explorer';
import AdviceText from './AdviceText';
import type { ExplorerData, ExplorerState } from '../lib/site/explorer';
import type { ApiHostCells } from '../lib/outputs/api';
import { cellPath } from '../lib/knowledge/paths';
import { withBase } from '../lib/site/site';
import { ISOLATION_LABEL, VERDICT_TEXT } from '../lib/knowledge/verdict-text';
import type { VerdictValue } from '../lib/knowledge/schema';
import { absoluteUrl, answerMarkdown, answerPlain } from '../lib/outputs/answer-text';
import type { AnswerFacts } from '../lib/outputs/answer-text';

interface Props {
  data: ExplorerData;
  state: ExplorerState;
  base: string;
}

type Reasons = ApiHostCells['cells'][number] | null;

/** Copies text and reports it in a live region; falls back to selecting nothing when not allowed. */
function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setDone(true));
        setTimeout(() => setDone(false), 2000);
      }}
    >
      {label}
      <span role="status" className="ml-1">
        {done ? '(copied)' : ''}
      </span>
    </button>
  );
}

/** The answer ready to paste, as on the cell page (CopyAnswer.astro): Markdown and plain text. */
function ShareAnswer({ facts }: { facts: AnswerFacts }) {
  const boxes = [
    {
      key: 'markdown',
      label: 'Markdown, for issues and pull requests',
      copy: 'Copy Markdown',
      text: answerMarkdown(facts),
    },
    { key: 'plain', label: 'Plain text, for chat', copy: 'Copy plain text', text: answerPlain(facts) },
  ];
  return (
    <details className="text-sm" data-testid="share-answer">
      <summary className="cursor-pointer font-semibold">Share this answer</summary>
      {boxes.map((box) => (
        <div key={box.key} className="mt-2">
          <label className="block font-semibold">
            {box.label}
            <textarea
              readOnly
              rows={3}
              spellCheck={false}
              value={box.text}
              className="mt-1 block w-full resize-y rounded-md border border-slate-400 bg-white p-2 font-mono font-normal select-all field-sizing-content dark:border-slate-500 dark:bg-slate-950"
            />
          </label>
          <p className="mt-1">
            <CopyButton text={box.text} label={box.copy} />
          </p>
        </div>
      ))}
    </details>
  );
}

function Verdict({
  mode,
  verdict,
  reason,
}: {
  mode: 'process' | 'hyperv';
  verdict: VerdictValue;
  reason?: string;
}) {
  const text = VERDICT_TEXT[verdict];
  return (
    <div>
      <p className="font-semibold">
        {ISOLATION_LABEL[mode]}:{' '}
        <span data-verdict={verdict}>
          <span aria-hidden="true">{text.glyph}</span> {text.label}
        </span>
      </p>
      {reason && <p className="text-sm">{reason}</p>}
    </div>
  );
}

/** The answer for the picked host and image: both verdicts, reasons, the tag and shareable links. */
export default function VerdictPanel({ data, state, base }: Props) {
  const hostIndex = data.hosts.findIndex((host) => host.id === state.host);
  const imageIndex = data.images.findIndex((image) => image.id === state.image);
  const host = data.hosts[hostIndex];
  const image = data.images[imageIndex];
  const [reasons, setReasons] = useState<Reasons>(null);

  useEffect(() => {
    setReasons(null);
    if (!host || !image) return;
    let current = true;
    // Reasons are prose, kept out of the page's HTML; one small JSON per host holds them.
    fetch(withBase(base, `/api/v1/hosts/${host.id}.json`))
      .then((response) => (response.ok ? (response.json() as Promise<ApiHostCells>) : null))
      .then((json) => {
        if (current) setReasons(json?.cells.find((cell) => cell.image === image.id) ?? null);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [base, host, image]);

  const advice = explorerAdvice(data, hostIndex, imageIndex);
  if (!host || !image || !advice) {
    return (
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        Pick a host and an image to see the answer here, or open any cell of the grid below.
      </p>
    );
  }
  const codes = cellCodes(data, hostIndex, imageIndex);
  const tag = advice.use?.reference ?? null;
  const alternative = advice.alternative;
  const path = withBase(base, cellPath(host.id, image.id));
  const facts: AnswerFacts = {
    imageName: image.name,
    hostName: host.name,
    advice,
    // The configured site, as on the cell page, so both offer the same link.
    url: absoluteUrl(import.meta.env.SITE, base, cellPath(host.id, image.id)),
  };

  return (
    <div
      className="mt-4 space-y-3 rounded-md bg-slate-50 p-4 dark:bg-slate-900"
      aria-live="polite"
      data-testid="verdict-panel"
    >
      <h2 className="text-lg font-semibold">
        {image.name} on {host.name}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <Verdict
          mode="process"
          verdict={codes.process}
          {...(reasons ? { reason: reasons.process.reason } : {})}
        />
        <Verdict
          mode="hyperv"
          verdict={codes.hyperv}
          {...(reasons ? { reason: reasons.hyperv.reason } : {})}
        />
      </div>
      <AdviceText
        advice={advice}
        alternativeHref={alternative ? withBase(base, cellPath(host.id, alternative.id)) : null}
      />
      {tag && (
        <p className="flex flex-wrap items-center gap-2">
          Tag: <code className="select-all break-all">{tag}</code> <CopyButton text={tag} label="Copy tag" />
        </p>
      )}
      <div className="text-sm">
        <p className="font-semibold">Support of {host.name}</p>
        <ul className="list-disc pl-6" data-testid="host-support">
          {host.support.map(({ edition, label }) => (
            <li key={edition ?? 'all'}>
              {edition ? `${edition}: ` : ''}
              {label}
            </li>
          ))}
        </ul>
      </div>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <a className="underline" href={path}>
          Full answer, snippets and sources
        </a>
        <CopyButton text={new URL(path, window.location.origin).href} label="Copy link to this answer" />
      </p>
      <ShareAnswer facts={facts} />
    </div>
  );
}
