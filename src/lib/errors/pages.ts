/**
 * The /errors/ pages: each error kind of the catalog with the page-only prose of pages-*.ts (how the
 * message looks in each tool, the causes in the order they are met, how to tell them apart, what to do
 * for each). The paste box never imports this module; pages, the JSON API and the cards do.
 */
import { ERROR_KINDS } from './catalog';
import { HCS_BY_SUFFIX, UNLISTED_HCS_CODE, hcsCodeForms } from './catalog-hcs';
import type { HcsCode } from './catalog-hcs';
import type { ErrorKind } from './kinds';
import type { ErrorCause, ErrorPageText, SeenAs } from './page-text';
import { ENGINE_PAGE_TEXT } from './pages-engine';
import { HCS_SETUP_PAGE_TEXT } from './pages-hcs';
import { HCS_RUNTIME_PAGE_TEXT } from './pages-hcs-runtime';

export type { ErrorCause, ErrorLink, ErrorPageText, SeenAs } from './page-text';

/** Everything one error page shows. */
export interface ErrorPage {
  readonly id: string;
  readonly kind: ErrorKind;
  /** True for the host compute service codes (0xc03701xx), false for engine and registry messages. */
  readonly hcs: boolean;
  /** The code the heading shows (lower-case hex), or null when the message has none. */
  readonly code: string | null;
  readonly message: string;
  /** Title and first heading: the code and the message. */
  readonly heading: string;
  /** Every spelling of the code people search for (hex forms, signed decimals, the symbolic name). */
  readonly codes: readonly string[];
  readonly seenAs: readonly SeenAs[];
  /** A note on translated messages, when the code survives translation. */
  readonly localised: string | null;
  readonly causes: readonly ErrorCause[];
  readonly sources: readonly string[];
  readonly announcements: readonly string[];
  readonly related: readonly string[];
}

const SAMPLE_ID = '3f2a9c1e7b';

/** How an HCS message looks in Docker, containerd, Kubernetes and the daemon log. */
function hcsSeenAs(code: HcsCode, text: ErrorPageText): SeenAs[] {
  const forms = hcsCodeForms(code.suffix);
  const operation = text.operation ?? 'hcs::System::Start';
  return [
    {
      where: 'Docker',
      text: `docker: Error response from daemon: container ${SAMPLE_ID} encountered an error during ${operation}: failure in a Windows system call: ${code.message} (${forms.ntstatus})`,
    },
    {
      where: 'containerd, nerdctl, BuildKit',
      text: `${operation === 'hcs::CreateComputeSystem' ? 'failed to create shim task: ' : ''}${operation} ${SAMPLE_ID}: ${code.message}: unknown`,
    },
    ...(text.inPods === true
      ? [
          {
            where: 'Kubernetes event (kubectl describe pod)',
            text: `Warning  FailedCreatePodSandBox  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem ${SAMPLE_ID}: ${code.message}: unknown`,
          },
        ]
      : []),
    {
      where: 'Docker daemon log (JSON)',
      text: `"Error":${forms.decimals[0] ?? ''},"ErrorMessage":"${code.message}"`,
    },
    { where: 'Windows headers and WSL', text: `${code.name} (${forms.hresult})` },
  ];
}

/** One kind's page from the kind and its prose; throws naming the kind when the prose is missing. */
function errorPage(kind: ErrorKind): ErrorPage {
  const text = HCS_SETUP_PAGE_TEXT[kind.id] ?? HCS_RUNTIME_PAGE_TEXT[kind.id] ?? ENGINE_PAGE_TEXT[kind.id];
  if (text === undefined)
    throw new Error(`Error kind "${kind.id}" has no page text (src/lib/errors/pages-*.ts)`);
  const hcs = 'suffix' in kind ? HCS_BY_SUFFIX.get(String(kind.suffix)) : undefined;
  const forms = hcs === undefined ? null : hcsCodeForms(hcs.suffix);
  const code = forms?.ntstatus ?? text.code ?? null;
  const message = hcs?.message ?? text.message ?? kind.title;
  return {
    id: kind.id,
    kind,
    hcs: hcs !== undefined || kind.id === UNLISTED_HCS_CODE.id,
    code,
    message,
    heading: code === null ? message : `${code}: ${message}`,
    codes:
      forms === null || hcs === undefined
        ? code === null
          ? []
          : [code]
        : [forms.ntstatus, forms.hresult, ...forms.decimals, hcs.name],
    seenAs: hcs === undefined ? (text.seenAs ?? []) : hcsSeenAs(hcs, text),
    localised:
      code === null
        ? null
        : `On a Windows set to another display language the sentence is translated, and the code (${code}) stays the same: search for the code, or paste the whole message into the paste box, which reads the code.`,
    causes: text.causes,
    sources: [...new Set([...kind.sources, ...(text.extraSources ?? [])])],
    announcements: text.announcements ?? [],
    related: text.related ?? [],
  };
}

let pages: ErrorPage[] | undefined;

/** Every error page, in the catalog's order. */
export function errorPages(): readonly ErrorPage[] {
  pages ??= ERROR_KINDS.map(errorPage);
  return pages;
}

/** The page of one error kind, or undefined. */
export function errorPageById(id: string): ErrorPage | undefined {
  return errorPages().find((page) => page.id === id);
}
