import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { ListToolbar } from '@/components/ui/list-toolbar';

function renderToolbar(count: number, onExport = vi.fn()) {
  render(
    <ListToolbar
      filtered={false}
      onClear={() => undefined}
      search={<input aria-label="Search" />}
      filters={<select aria-label="Status" />}
      onExport={onExport}
      bulk={{ count, onClearSelection: () => undefined, actions: <button type="button">Restore</button> }}
    />,
  );
  return onExport;
}

test('the export menu offers Excel and CSV and says which was chosen', () => {
  const onExport = renderToolbar(0);
  fireEvent.click(screen.getByRole('button', { name: /Export/ }));
  const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
  expect(items[0]).toContain('Excel (.xlsx)');
  expect(items[1]).toContain('CSV');
  fireEvent.click(screen.getByRole('menuitem', { name: /Excel/ }));
  expect(onExport).toHaveBeenCalledWith('xlsx');
  expect(screen.queryByRole('menu')).toBeNull();
});

test('the bulk actions appear under the toolbar only while rows are ticked', () => {
  renderToolbar(0);
  expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
});

test('the bulk actions show the count and the list’s own buttons', () => {
  renderToolbar(2);
  const bar = screen.getByRole('region', { name: 'Bulk actions' });
  expect(bar.textContent).toContain('2 selected');
  expect(screen.getByRole('button', { name: 'Restore' })).toBeTruthy();
});
