import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

const KEY = 'fitnesscrm-rest-timer';
type Rest = { ends_at: number; seconds: number; label: string };
const listeners = new Set<() => void>();

function read(): Rest | null {
  try {
    const rest = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Rest | null;
    return rest && rest.ends_at > Date.now() ? rest : null;
  } catch {
    return null;
  }
}

function write(rest: Rest | null) {
  if (rest) localStorage.setItem(KEY, JSON.stringify(rest));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

/** Start resting after a set: kept in localStorage by its end time, so a reload keeps counting. */
export function startRest(seconds: number, label: string) {
  if (seconds > 0) write({ ends_at: Date.now() + seconds * 1000, seconds, label });
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The running rest, pinned to the bottom of the screen where a thumb reaches it. */
export function RestTimer() {
  const [rest, setRest] = useState<Rest | null>(read);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const update = () => setRest(read());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  useEffect(() => {
    if (!rest) return;
    const tick = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= rest.ends_at) setRest(read());
    }, 250);
    return () => window.clearInterval(tick);
  }, [rest]);
  if (!rest) return null;
  const left = Math.max(0, Math.ceil((rest.ends_at - now) / 1000));
  const share = Math.min(100, Math.max(0, (left / rest.seconds) * 100));
  return (
    // Above the phone's bottom navigation bar, so that both stay reachable while resting.
    <div role="timer" aria-live="off" aria-label={`Rest: ${clock(left)} left`} className="fixed inset-x-0 bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-40 border-t border-border bg-surface/95 backdrop-blur md:bottom-0">
      <div className="h-1 bg-primary transition-[width]" style={{ width: `${share}%` }} aria-hidden />
      <div className="mx-auto flex max-w-3xl items-center gap-3 px-3 py-2 pb-[max(0.5rem,env(safe-area-inset-bottom))]">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-muted">Rest · {rest.label}</p>
          <p className="text-2xl font-bold tabular-nums">{clock(left)}</p>
        </div>
        <Button variant="secondary" onClick={() => write({ ...rest, ends_at: rest.ends_at + 30_000, seconds: rest.seconds + 30 })}>
          +30 s
        </Button>
        <Button variant="ghost" onClick={() => write(null)}>
          Skip rest
        </Button>
      </div>
    </div>
  );
}
