import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type TabItem = { id: string; label: string; render: () => ReactNode };

/** A titled section of tabs (the WAI-ARIA tabs pattern): only the chosen tab's panel is rendered, so it alone loads. */
export function TabbedSection({ title, tabs, titleHidden = false }: { title: string; tabs: TabItem[]; /** When a heading just above already says it: the title stays for screen readers. */ titleHidden?: boolean }) {
  const [chosen, setChosen] = useState(tabs[0]?.id);
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((item) => item.id === chosen) ?? tabs[0];

  // Arrow keys move between tabs, Home and End jump to the ends.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((item) => item.id === current.id);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = (next + tabs.length) % tabs.length;
    setChosen(tabs[wrapped].id);
    buttons.current[wrapped]?.focus();
  }

  return (
    <section aria-labelledby={`${base}-heading`} className="flex min-w-0 flex-col gap-4">
      <h2 id={`${base}-heading`} className={titleHidden ? 'sr-only' : 'text-lg font-semibold'}>
        {title}
      </h2>
      <div role="tablist" aria-label={title} className="flex gap-1 overflow-x-auto border-b border-border" onKeyDown={onKeyDown}>
        {tabs.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-${item.id}-tab`}
            aria-selected={current.id === item.id}
            aria-controls={`${base}-${item.id}-panel`}
            tabIndex={current.id === item.id ? 0 : -1}
            onClick={() => setChosen(item.id)}
            className={cn(
              '-mb-px min-h-11 shrink-0 border-b-2 px-4 text-sm font-medium',
              current.id === item.id ? 'border-primary text-primary-text' : 'border-transparent text-muted hover:text-foreground',
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${current.id}-panel`} aria-labelledby={`${base}-${current.id}-tab`}>
        {current.render()}
      </div>
    </section>
  );
}
