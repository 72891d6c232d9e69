import { describe, expect, test } from 'vitest';
import { clearedListSearch, hasActiveFilters, nextListSearch, readListState, showingRange, toQuery } from '@/lib/list-params';

const DEFAULTS = { q: '', status: '', sort: 'last_name' };

describe('readListState', () => {
  test('fills in defaults when the URL says nothing', () => {
    expect(readListState(new URLSearchParams(), DEFAULTS)).toEqual({ q: '', status: '', sort: 'last_name', page: 1, per_page: 25 });
  });

  test('reads values from the URL', () => {
    const state = readListState(new URLSearchParams('q=ann&status=active&sort=-created_at&page=3&per_page=50'), DEFAULTS);
    expect(state).toEqual({ q: 'ann', status: 'active', sort: '-created_at', page: 3, per_page: 50 });
  });

  test('ignores a page below 1 and a page size that is not offered', () => {
    const state = readListState(new URLSearchParams('page=-2&per_page=1000'), DEFAULTS);
    expect(state.page).toBe(1);
    expect(state.per_page).toBe(25);
  });
});

describe('nextListSearch', () => {
  test('a filter change goes back to page 1', () => {
    const next = nextListSearch(new URLSearchParams('page=4&status=lead'), DEFAULTS, { status: 'active' });
    expect(next.toString()).toBe('status=active');
  });

  test('a page change keeps the filters', () => {
    const next = nextListSearch(new URLSearchParams('status=lead'), DEFAULTS, { page: 2 });
    expect(next.toString()).toBe('status=lead&page=2');
  });

  test('values equal to their default are left out of the URL', () => {
    const next = nextListSearch(new URLSearchParams('sort=-last_name&per_page=50'), DEFAULTS, { sort: 'last_name', per_page: 25 });
    expect(next.toString()).toBe('');
  });

  test('null and empty values remove the key', () => {
    expect(nextListSearch(new URLSearchParams('q=x'), DEFAULTS, { q: null }).toString()).toBe('');
    expect(nextListSearch(new URLSearchParams('q=x'), DEFAULTS, { q: '' }).toString()).toBe('');
  });
});

test('clearedListSearch drops filters and the page but keeps sort and page size', () => {
  const next = clearedListSearch(new URLSearchParams('q=a&status=lead&sort=email&per_page=50&page=3'), ['q', 'status']);
  expect(next.toString()).toBe('sort=email&per_page=50');
});

test('hasActiveFilters compares filters with their defaults only', () => {
  expect(hasActiveFilters(readListState(new URLSearchParams('sort=email'), DEFAULTS), DEFAULTS, ['q', 'status'])).toBe(false);
  expect(hasActiveFilters(readListState(new URLSearchParams('q=jo'), DEFAULTS), DEFAULTS, ['q', 'status'])).toBe(true);
});

test('toQuery leaves out empty values so the server applies its defaults', () => {
  expect(toQuery(readListState(new URLSearchParams('q=jo'), DEFAULTS))).toEqual({ q: 'jo', sort: 'last_name', page: 1, per_page: 25 });
});

describe('showingRange', () => {
  test('middle page', () => expect(showingRange({ page: 2, per_page: 25, total: 60 })).toBe('Showing 26–50 of 60'));
  test('last, partial page', () => expect(showingRange({ page: 3, per_page: 25, total: 60 })).toBe('Showing 51–60 of 60'));
  test('nothing found', () => expect(showingRange({ page: 1, per_page: 25, total: 0 })).toBe('Showing 0 of 0'));
  test('thousands', () => expect(showingRange({ page: 3900, per_page: 25, total: 97_967, total_is_exact: true })).toBe('Showing 97,476–97,500 of 97,967'));
  test('counting stopped at a limit', () => expect(showingRange({ page: 1, per_page: 25, total: 10_000, total_is_exact: false })).toBe('Showing 1–25 of 10,000+'));
});
