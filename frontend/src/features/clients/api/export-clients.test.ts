import { expect, test } from 'vitest';
import { clientsExportPath } from '@/features/clients/api/export-clients';

test('the export follows the list filters but not its paging', () => {
  expect(clientsExportPath({ q: 'ann', status: 'active', sort: '-created_at', page: 3, per_page: 50 })).toBe('/api/clients/export?q=ann&status=active&sort=-created_at');
  expect(clientsExportPath({})).toBe('/api/clients/export');
});

test('exporting the selection asks for exactly those ids, whatever their status', () => {
  expect(clientsExportPath({ q: 'ann', status: 'lead', sort: 'email' }, [4, 9])).toBe('/api/clients/export?ids=4%2C9&status=all&sort=email');
});

test('the Excel export asks for format=xlsx, CSV stays the default', () => {
  expect(clientsExportPath({ status: 'active' }, undefined, 'xlsx')).toBe('/api/clients/export?status=active&format=xlsx');
  expect(clientsExportPath({}, [3], 'xlsx')).toBe('/api/clients/export?ids=3&status=all&format=xlsx');
});
