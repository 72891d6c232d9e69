/**
 * Keyboard shortcuts: single keys (`/`, `?`) and two-key sequences (`g d`). The matcher is pure
 * so it can be tested without a DOM; use-shortcuts.ts attaches it to the document.
 */
export type Shortcut = { keys: string; description: string };

export const SHORTCUTS: Shortcut[] = [
  { keys: '/', description: 'Focus the search box' },
  { keys: 'g d', description: 'Go to the dashboard' },
  { keys: 'g c', description: 'Go to clients' },
  { keys: 'g s', description: 'Go to the calendar (schedule)' },
  { keys: 'g t', description: 'Go to trainers (a trainer: your profile)' },
  { keys: 'g a', description: 'Go to the activity log' },
  { keys: '?', description: 'Show these shortcuts' },
  { keys: 'Esc', description: 'Close a dialog' },
];

export const SEQUENCE_TIMEOUT_MS = 1200;

export type MatcherState = { pending: string | null; at: number };

/** Feed one key press; returns the matched shortcut (or null) and the state for the next press. */
export function matchShortcut(
  state: MatcherState,
  key: string,
  now: number,
  known: readonly string[],
): { match: string | null; state: MatcherState } {
  if (state.pending && now - state.at <= SEQUENCE_TIMEOUT_MS) {
    const candidate = `${state.pending} ${key}`;
    if (known.includes(candidate)) return { match: candidate, state: { pending: null, at: now } };
  }
  if (known.includes(key)) return { match: key, state: { pending: null, at: now } };
  if (known.some((shortcut) => shortcut.startsWith(`${key} `))) return { match: null, state: { pending: key, at: now } };
  return { match: null, state: { pending: null, at: now } };
}

/** Typing into a field must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
