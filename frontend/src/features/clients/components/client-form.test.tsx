import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test, vi } from 'vitest';
import { ClientForm, toClientInput } from '@/features/clients/components/client-form';
import { toApiError } from '@/lib/api-error';

test('blank fields are sent as null and tags as a list', () => {
  const input = toClientInput({
    first_name: ' Ann ',
    last_name: 'Lee',
    email: '',
    phone: ' ',
    date_of_birth: '',
    gender: '',
    status: 'active',
    start_date: '2026-01-05',
    source: '',
    tags: 'morning, , vip ',
    goals: '',
    notes: '',
    emergency_contact_name: '',
    emergency_contact_phone: '',
  });
  expect(input).toMatchObject({ first_name: 'Ann', email: null, phone: null, gender: null, start_date: '2026-01-05', tags: ['morning', 'vip'] });
});

function renderForm(onSubmit = vi.fn()) {
  const router = createMemoryRouter(
    [{ path: '/', element: <ClientForm submitLabel="Add client" cancelHref="/clients" pending={false} error={null} onSubmit={onSubmit} /> }],
  );
  render(<RouterProvider router={router} />);
  return onSubmit;
}

test('checks required fields in the browser before sending', () => {
  const onSubmit = renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
  expect(screen.getByText('First name is required.')).toBeInTheDocument();
  expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
  expect(onSubmit).not.toHaveBeenCalled();
});

test("shows the server's field errors beside the fields and keeps what was typed", () => {
  const onSubmit = renderForm(vi.fn((_input, onError) => onError(toApiError(422, { error: { code: 'validation_error', message: 'x', fields: { phone: ['Not a valid phone number.'] } } }))));
  fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Ann' } });
  fireEvent.change(screen.getByLabelText('Last name'), { target: { value: 'Lee' } });
  fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
  expect(onSubmit).toHaveBeenCalledTimes(1);
  expect(screen.getByText('Not a valid phone number.')).toBeInTheDocument();
  expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription('Not a valid phone number.');
  expect(screen.getByLabelText('First name')).toHaveValue('Ann');
});
