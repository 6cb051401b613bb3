/**
 * The island's hold on the static grid (MatrixGrid.astro): filters hide rows and columns, the picked
 * row and column are highlighted, and arrow keys move between cells. DOM code lives here, apart from
 * the React components, because the grid is server-rendered HTML the island does not own.
 */
import type { ExplorerData, ExplorerState } from '../lib/site/explorer';

const GRID = '#matrix-grid';

/** Applies filters and highlights for the current state to the static grid. */
export function syncGrid(data: ExplorerData, state: ExplorerState): void {
  const grid = document.querySelector(GRID);
  if (!grid) return;
  const hiddenImages = new Set(
    data.images
      .filter(
        (image) =>
          (state.hideRetired && image.retired) || (state.family !== null && image.family !== state.family),
      )
      .map((image) => image.id),
  );
  const hiddenHosts = new Set(
    data.hosts.filter((host) => state.hideRetired && host.retired).map((host) => host.id),
  );
  grid.querySelectorAll<HTMLElement>('[data-image]').forEach((element) => {
    element.hidden = hiddenImages.has(element.dataset.image ?? '');
    element.classList.toggle('mx-sel-col', element.dataset.image === state.image);
  });
  grid.querySelectorAll<HTMLElement>('tr[data-host]').forEach((row) => {
    row.hidden = hiddenHosts.has(row.dataset.host ?? '');
    row.classList.toggle('mx-sel-row', row.dataset.host === state.host);
  });
  // Column-group headers span the family's visible columns only.
  grid.querySelectorAll<HTMLTableCellElement>('th.mx-fam').forEach((header) => {
    const family = header.dataset.family;
    const visible = data.images.filter(
      (image) => image.family === family && !hiddenImages.has(image.id),
    ).length;
    header.hidden = visible === 0;
    if (visible > 0) header.colSpan = visible;
  });
  grid.querySelectorAll<HTMLTableCellElement>('tr.mx-grp th').forEach((header) => {
    header.colSpan = data.images.length - hiddenImages.size + 1;
  });
}

/** Arrow keys (and Home/End) move focus between the grid's cell links; returns the clean-up. */
export function enableGridKeys(): () => void {
  const grid = document.querySelector<HTMLElement>(GRID);
  if (!grid) return () => undefined;
  const onKey = (event: KeyboardEvent): void => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    const target = event.target as HTMLElement;
    const cell = target.closest('td');
    if (!move || !cell) return;
    const rows = [...grid.querySelectorAll<HTMLTableRowElement>('tr[data-host]:not([hidden])')];
    const row = cell.parentElement as HTMLTableRowElement;
    const cells = (r: HTMLTableRowElement): HTMLTableCellElement[] => [
      ...r.querySelectorAll<HTMLTableCellElement>('td:not([hidden])'),
    ];
    const rowIndex = rows.indexOf(row);
    const colIndex = cells(row).indexOf(cell);
    const nextRow = rows[rowIndex + move[0]];
    const next = nextRow ? cells(nextRow)[colIndex + move[1]] : undefined;
    if (next) {
      event.preventDefault();
      next.querySelector('a')?.focus();
    }
  };
  grid.addEventListener('keydown', onKey);
  return () => grid.removeEventListener('keydown', onKey);
}
