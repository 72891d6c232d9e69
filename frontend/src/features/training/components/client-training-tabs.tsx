import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ClientProgramPanel } from '@/features/training/components/programs/client-program-panel';
import { ClientTraining } from '@/features/training/components/progress/client-training';
import { WorkoutHistory } from '@/features/training/components/workouts/workout-history';
import { cn } from '@/lib/cn';

const TABS = [
  { id: 'program', label: 'Program' },
  { id: 'workouts', label: 'Workouts' },
  { id: 'progress', label: 'Progress' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** A client's training on the coach's client page: their program calendar, the workouts they logged, and their progress. */
export function ClientTrainingTabs({ clientId, firstName, timeZone }: { clientId: number; firstName: string; timeZone: string }) {
  const [tab, setTab] = useState<Tab>('program');
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it; Home and End jump to the ends.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((item) => item.id === tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = (next + TABS.length) % TABS.length;
    setTab(TABS[wrapped].id);
    buttons.current[wrapped]?.focus();
  }

  return (
    <section aria-labelledby={`${base}-heading`} className="flex flex-col gap-4">
      <h2 id={`${base}-heading`} className="text-lg font-semibold">
        Training
      </h2>
      <div role="tablist" aria-label="Training" className="flex gap-1 border-b border-border" onKeyDown={onKeyDown}>
        {TABS.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-${item.id}-tab`}
            aria-selected={tab === item.id}
            aria-controls={`${base}-${item.id}-panel`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setTab(item.id)}
            className={cn(
              '-mb-px min-h-11 border-b-2 px-4 text-sm font-medium',
              tab === item.id ? 'border-primary text-primary-text' : 'border-transparent text-muted hover:text-foreground',
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${tab}-panel`} aria-labelledby={`${base}-${tab}-tab`}>
        {tab === 'program' ? <ClientProgramPanel clientId={clientId} /> : null}
        {tab === 'workouts' ? <WorkoutHistory clientId={clientId} clientName={firstName} timeZone={timeZone} /> : null}
        {tab === 'progress' ? <ClientTraining clientId={clientId} clientName={firstName} timeZone={timeZone} /> : null}
      </div>
    </section>
  );
}
