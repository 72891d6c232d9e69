import { useEffect, useRef, useState } from 'react';
import { controlClass } from '@/components/ui/field';

export const SEARCH_DEBOUNCE_MS = 300;

/** A search box that reports its value once typing pauses; `/` focuses it (data-search-input). */
export function SearchInput({ value, onSearch, label, placeholder }: { value: string; onSearch: (value: string) => void; label: string; placeholder?: string }) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed (our own search landing, clear filters, the back button): show what it says,
  // unless the user is still typing.
  if (value !== synced) {
    setSynced(value);
    if (timer.current === undefined) setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      onSearch(next.trim());
    }, SEARCH_DEBOUNCE_MS);
  }

  return (
    <div className="flex min-w-0 flex-1 basis-40 flex-col gap-1.5 sm:basis-64">
      <label className="text-sm font-medium" htmlFor="list-search">
        {label}
      </label>
      <input
        id="list-search"
        type="search"
        data-search-input
        className={controlClass}
        placeholder={placeholder}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') (event.target as HTMLInputElement).blur();
        }}
        autoComplete="off"
      />
    </div>
  );
}
