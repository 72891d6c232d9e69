import { useEffect, useRef } from 'react';
import { isTypingTarget, matchShortcut, type MatcherState } from '@/lib/shortcuts';

/** Calls handlers[shortcut] when its keys are pressed outside a text field. */
export function useShortcuts(handlers: Record<string, () => void>): void {
  const handlersRef = useRef(handlers);
  const stateRef = useRef<MatcherState>({ pending: null, at: 0 });
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const { match, state } = matchShortcut(stateRef.current, event.key, Date.now(), Object.keys(handlersRef.current));
      stateRef.current = state;
      if (match) {
        event.preventDefault();
        handlersRef.current[match]?.();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
