import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS, SearchInput } from '@/components/ui/search-input';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('reports the search once typing pauses, trimmed', () => {
  const onSearch = vi.fn();
  render(<SearchInput label="Search clients" value="" onSearch={onSearch} />);
  const input = screen.getByLabelText('Search clients');
  fireEvent.change(input, { target: { value: 'a' } });
  fireEvent.change(input, { target: { value: 'an' } });
  fireEvent.change(input, { target: { value: 'ann ' } });
  act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
  expect(onSearch).not.toHaveBeenCalled();
  act(() => vi.advanceTimersByTime(1));
  expect(onSearch).toHaveBeenCalledTimes(1);
  expect(onSearch).toHaveBeenCalledWith('ann');
});

test('shows the value when the URL changes from outside (clear filters, back button)', () => {
  const { rerender } = render(<SearchInput label="Search clients" value="ann" onSearch={() => undefined} />);
  expect(screen.getByLabelText('Search clients')).toHaveValue('ann');
  rerender(<SearchInput label="Search clients" value="" onSearch={() => undefined} />);
  expect(screen.getByLabelText('Search clients')).toHaveValue('');
});

test('is the target of the `/` shortcut', () => {
  render(<SearchInput label="Search clients" value="" onSearch={() => undefined} />);
  expect(document.querySelector('[data-search-input]')).toBe(screen.getByLabelText('Search clients'));
});
