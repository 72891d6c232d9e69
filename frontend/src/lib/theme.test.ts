import { afterEach, expect, test } from 'vitest';
import { readThemeChoice, resolveTheme, saveThemeChoice, THEME_STORAGE_KEY } from '@/lib/theme';

afterEach(() => localStorage.clear());

test('the system decides until the user chooses', () => {
  expect(readThemeChoice()).toBe('system');
  expect(resolveTheme('system', true)).toBe('dark');
  expect(resolveTheme('system', false)).toBe('light');
  expect(resolveTheme('light', true)).toBe('light');
});

test('a choice is remembered and applied; choosing system forgets it', () => {
  window.matchMedia = ((query: string) => ({ matches: false, media: query }) as MediaQueryList) as typeof window.matchMedia;
  saveThemeChoice('dark');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  expect(document.documentElement.classList.contains('dark')).toBe(true);
  saveThemeChoice('system');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  expect(document.documentElement.classList.contains('dark')).toBe(false);
});

test('garbage in storage means system', () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'purple');
  expect(readThemeChoice()).toBe('system');
});
