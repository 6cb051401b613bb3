import { useEffect, useMemo, useState } from 'react';
import Combobox from './Combobox';
import VerdictPanel from './VerdictPanel';
import { syncGrid, enableGridKeys } from './grid-dom';
import { explorerQuery, parseExplorerState } from '../lib/site/explorer';
import type { ExplorerData, ExplorerState } from '../lib/site/explorer';
import { FAMILY_LABEL } from '../lib/knowledge/verdict-text';
import { platformHint } from '../lib/platforms/platform-terms';
import { nameKey } from '../lib/readers/vocabulary';

interface Props {
  data: ExplorerData;
  /** The deployment's base path, for links and the per-host JSON. */
  base: string;
}

const EMPTY: ExplorerState = { host: null, image: null, hideRetired: false, family: null };

/**
 * The matrix page's island: host and image pickers, the verdict panel and the filters. It keeps the
 * address bar in sync (push on a new pick, replace on filter changes; back and forward restore it),
 * and filters and highlights the static grid rendered by MatrixGrid.astro.
 */
export default function MatrixExplorer({ data, base }: Props) {
  const [state, setState] = useState<ExplorerState>(EMPTY);
  const families = useMemo(() => [...new Set(data.images.map((image) => image.family))], [data]);

  useEffect(() => {
    const restore = (): void => setState(parseExplorerState(window.location.search, data));
    restore();
    window.addEventListener('popstate', restore);
    const disableKeys = enableGridKeys();
    return () => {
      window.removeEventListener('popstate', restore);
      disableKeys();
    };
  }, [data]);

  useEffect(() => syncGrid(data, state), [data, state]);

  const update = (change: Partial<ExplorerState>, history: 'push' | 'replace'): void => {
    const next = { ...state, ...change };
    setState(next);
    const address = `${window.location.pathname}${explorerQuery(next)}`;
    if (history === 'push') window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
  };

  return (
    <section
      aria-label="Find an answer"
      className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Combobox
          label="Host"
          entries={data.hosts}
          selectedId={state.host}
          onSelect={(host) => update({ host }, 'push')}
          describe={(host, query) => {
            const hint = platformHint(host, query, nameKey);
            return `build ${host.build}${host.retired ? ' · retired' : ''}${hint ? ` · ${hint}` : ''}`;
          }}
        />
        <Combobox
          label="Image"
          entries={data.images}
          selectedId={state.image}
          onSelect={(image) => update({ image }, 'push')}
          describe={(image) => `${image.repository.replace('mcr.microsoft.com/', '')} · build ${image.build}`}
        />
      </div>
      <fieldset className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <legend className="sr-only">Filters</legend>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={state.hideRetired}
            onChange={(event) => update({ hideRetired: event.target.checked }, 'replace')}
          />
          Hide retired versions
        </label>
        <label className="inline-flex items-center gap-2">
          Image family
          <select
            className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900"
            value={state.family ?? ''}
            onChange={(event) => update({ family: event.target.value || null }, 'replace')}
          >
            <option value="">All families</option>
            {families.map((family) => (
              <option key={family} value={family}>
                {FAMILY_LABEL[family] ?? family}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <VerdictPanel data={data} state={state} base={base} />
    </section>
  );
}
