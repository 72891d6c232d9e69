import { expect, test } from 'vitest';
import { mappingProblems } from '@/features/clients/components/import-fields';

test('a mapping needs first and last name, or a full name', () => {
  expect(mappingProblems({ email: 0 })).toEqual(['Choose the columns for First name and Last name, or one for Full name.']);
  expect(mappingProblems({ full_name: 0, email: 1 })).toEqual([]);
  expect(mappingProblems({ first_name: 0, last_name: 1 })).toEqual([]);
});

test('a column can feed one field only', () => {
  expect(mappingProblems({ first_name: 0, last_name: 0 })).toEqual(['Column 1 is chosen for both First name and Last name.']);
});
