import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { searchEntries } from '../lib/site/search';
import type { Searchable } from '../lib/site/search';

interface ComboboxProps<T extends Searchable> {
  label: string;
  entries: readonly T[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Secondary text for an option, e.g. its build; gets the query so it can say why an option matched. */
  describe: (entry: T, query: string) => string;
}

/**
 * An editable combobox with a filtered listbox (WAI-ARIA combobox pattern). Written here rather than
 * pulled from a library because the matrix page's JavaScript budget (80 KB gzip with React) leaves no
 * room for one; it does only what the pickers need.
 */
export default function Combobox<T extends Searchable>({
  label,
  entries,
  selectedId,
  onSelect,
  describe,
}: ComboboxProps<T>) {
  const id = useId();
  const selected = entries.find((entry) => entry.id === selectedId);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // -1: nothing highlighted yet; Enter then takes the best match.
  const [active, setActive] = useState(-1);
  const text = query ?? selected?.name ?? '';
  const options = open ? searchEntries(entries, query ?? '', 40) : [];
  const activeOption = active >= 0 ? options[Math.min(active, options.length - 1)] : undefined;

  const choose = (entry: T | undefined): void => {
    if (!entry) return;
    onSelect(entry.id);
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(activeOption ?? options[0]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setQuery(null);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && activeOption ? `${id}-${activeOption.id}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a name, version, alias or build"
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
        value={text}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        // Closes at once: the list keeps the focus in this field (see its onMouseDown), so a pick never
        // blurs it. A delayed close would fire late and shut the list the reader reopened by coming
        // straight back to type.
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900"
        // Pressing on an option or the list's scroll bar must not take the focus from the field.
        onMouseDown={(event) => event.preventDefault()}
      >
        {options.map((entry, index) => (
          <li
            key={entry.id}
            id={`${id}-${entry.id}`}
            role="option"
            aria-selected={entry === activeOption}
            className={`cursor-pointer px-3 py-1.5 ${entry === activeOption ? 'bg-blue-100 dark:bg-slate-700' : ''}`}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(entry)}
          >
            <span className="font-medium">{entry.name}</span>{' '}
            <span className="text-sm text-slate-600 dark:text-slate-400">{describe(entry, query ?? '')}</span>
          </li>
        ))}
      </ul>
      {open && query !== null && options.length === 0 && (
        <p className="mt-1 text-sm" role="status">
          Nothing matches “{query}”.
        </p>
      )}
    </div>
  );
}
