import { useEffect, useState } from 'react';
import { MoonIcon, SunIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { applyTheme, readThemeChoice, resolveTheme, saveThemeChoice, type ThemeChoice } from '@/lib/theme';

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

/** Switches between light and dark; the choice is remembered, and until one is made the system decides. */
export function ThemeToggle({ className }: { className?: string }) {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  const [dark, setDark] = useState(() => resolveTheme(choice, systemDark()) === 'dark');

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      if (readThemeChoice() === 'system') {
        applyTheme('system');
        setDark(query.matches);
      }
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  function toggle() {
    const next: ThemeChoice = dark ? 'light' : 'dark';
    saveThemeChoice(next);
    setChoice(next);
    setDark(!dark);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      data-testid="theme-toggle"
      className={cn('inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg text-muted hover:bg-surface-muted hover:text-foreground', className)}
      aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      title={choice === 'system' ? 'Following the system theme' : `Using the ${choice} theme`}
    >
      {dark ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
