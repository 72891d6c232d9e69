import { describe, expect, test } from 'vitest';
import { isTypingTarget, matchShortcut, SEQUENCE_TIMEOUT_MS, type MatcherState } from '@/lib/shortcuts';

const KNOWN = ['/', '?', 'g d', 'g c', 'g t'];
const idle: MatcherState = { pending: null, at: 0 };

describe('matchShortcut', () => {
  test('single keys match at once', () => {
    expect(matchShortcut(idle, '/', 1000, KNOWN).match).toBe('/');
    expect(matchShortcut(idle, '?', 1000, KNOWN).match).toBe('?');
  });

  test('a sequence matches on its second key', () => {
    const first = matchShortcut(idle, 'g', 1000, KNOWN);
    expect(first.match).toBeNull();
    expect(first.state.pending).toBe('g');
    const second = matchShortcut(first.state, 'c', 1200, KNOWN);
    expect(second.match).toBe('g c');
    expect(second.state.pending).toBeNull();
  });

  test('a sequence expires', () => {
    const first = matchShortcut(idle, 'g', 1000, KNOWN);
    expect(matchShortcut(first.state, 'c', 1000 + SEQUENCE_TIMEOUT_MS + 1, KNOWN).match).toBeNull();
  });

  test('an unknown second key resets the sequence', () => {
    const first = matchShortcut(idle, 'g', 1000, KNOWN);
    const second = matchShortcut(first.state, 'x', 1100, KNOWN);
    expect(second.match).toBeNull();
    expect(second.state.pending).toBeNull();
    expect(matchShortcut(second.state, 'd', 1200, KNOWN).match).toBeNull();
  });

  test('unknown keys do nothing', () => {
    expect(matchShortcut(idle, 'c', 1000, KNOWN)).toEqual({ match: null, state: { pending: null, at: 1000 } });
  });
});

test('typing in fields is never a shortcut', () => {
  expect(isTypingTarget(document.createElement('input'))).toBe(true);
  expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
  expect(isTypingTarget(document.createElement('select'))).toBe(true);
  expect(isTypingTarget(document.createElement('button'))).toBe(false);
  expect(isTypingTarget(null)).toBe(false);
});
