/** What the import can fill, in the order the mapping step shows them; full name is split into first and last. */
export const IMPORT_FIELDS = [
  { key: 'first_name', label: 'First name' },
  { key: 'last_name', label: 'Last name' },
  { key: 'full_name', label: 'Full name (split into first and last)' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'status', label: 'Status' },
  { key: 'tags', label: 'Tags' },
  { key: 'start_date', label: 'Start date' },
  { key: 'date_of_birth', label: 'Date of birth' },
  { key: 'gender', label: 'Gender' },
  { key: 'source', label: 'Source' },
  { key: 'goals', label: 'Goals' },
  { key: 'notes', label: 'Notes' },
  { key: 'emergency_contact_name', label: 'Emergency contact name' },
  { key: 'emergency_contact_phone', label: 'Emergency contact phone' },
] as const;

export type Mapping = Record<string, number>;

/** What is wrong with a mapping before it is sent: no names, or one column used twice. */
export function mappingProblems(mapping: Mapping): string[] {
  const problems: string[] = [];
  if (mapping.full_name === undefined && (mapping.first_name === undefined || mapping.last_name === undefined)) {
    problems.push('Choose the columns for First name and Last name, or one for Full name.');
  }
  const seen = new Map<number, string>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field.key];
    if (column === undefined) continue;
    const other = seen.get(column);
    if (other) problems.push(`Column ${column + 1} is chosen for both ${other} and ${field.label}.`);
    seen.set(column, field.label);
  }
  return problems;
}
