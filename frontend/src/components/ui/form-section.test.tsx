import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { FormSection } from '@/components/ui/form-section';
import { EmptyState } from '@/components/ui/states';

test('a form section is a group named by its title, with its sentence', () => {
  render(
    <FormSection title="Emergency contact" description="Who to call.">
      <input aria-label="Name" />
    </FormSection>,
  );
  const group = screen.getByRole('group', { name: 'Emergency contact' });
  expect(group.textContent).toContain('Who to call.');
  expect(screen.getByLabelText('Name')).toBeTruthy();
});

test('an empty state says why it is empty and offers the next action', () => {
  render(
    <EmptyState title="No clients yet" action={<a href="/clients/new">Add a client</a>}>
      Add the people you coach.
    </EmptyState>,
  );
  expect(screen.getByRole('heading', { name: 'No clients yet' })).toBeTruthy();
  expect(screen.getByText('Add the people you coach.')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Add a client' }).getAttribute('href')).toBe('/clients/new');
});
