import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DateTime } from 'luxon';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import { BookingForm } from '@/features/scheduling/components/booking/booking-form';
import type { BookingRequest } from '@/features/scheduling/components/booking/booking-values';
import { toApiError } from '@/lib/api-error';

// The pickers' server calls are replaced: these tests are about what the form does with answers.
vi.mock('@/features/scheduling/api/get-free-slots', () => ({
  useFreeSlots: () => ({
    isPending: false,
    isError: false,
    data: [{ starts_at: '2030-03-04T14:00:00+00:00', ends_at: '2030-03-04T15:00:00+00:00', local_start: '2030-03-04T09:00:00', local_end: '2030-03-04T10:00:00' }],
  }),
}));
vi.mock('@/features/clients/api/get-clients', () => ({
  useClients: () => ({ isSuccess: true, data: { items: [{ id: 9, full_name: 'Ann Lee', email: 'ann@example.com', phone: null }] } }),
}));

const zone = 'America/New_York';
const start = DateTime.fromISO('2030-03-04T07:00', { zone });
let submit: ReturnType<typeof vi.fn<(request: BookingRequest) => Promise<unknown>>>;
let onDone: ReturnType<typeof vi.fn<(request: BookingRequest) => void>>;

function renderForm({ canOverride = true, canOpenSession = (id: number) => id === 3 } = {}) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <BookingForm
          zone={zone}
          canOverride={canOverride}
          trainers={[{ id: 3, name: 'Tia Trainer' }]}
          trainerFixed={false}
          draft={{ trainerId: 3, start, end: start.plus({ hours: 1 }) }}
          canOpenSession={canOpenSession}
          submit={submit}
          onDone={onDone}
          onCancel={() => undefined}
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const conflictWithSuggestions = (trainerId = 3) =>
  toApiError(409, {
    error: {
      code: 'booking_conflict',
      message: 'Tia Trainer already has a session 7:00–8:00 AM Mon 4 Mar 2030 with Bo Ray.',
      fields: {
        conflict: { session_id: 812, trainer_id: trainerId, starts_at: '2030-03-04T12:00:00+00:00', ends_at: '2030-03-04T13:00:00+00:00' },
        suggestions: [
          { starts_at: '2030-03-04T11:00:00+00:00', ends_at: '2030-03-04T12:00:00+00:00', label: '6:00–7:00 AM Mon 4 Mar 2030' },
          { starts_at: '2030-03-04T13:00:00+00:00', ends_at: '2030-03-04T14:00:00+00:00', label: '8:00–9:00 AM Mon 4 Mar 2030' },
        ],
      },
    },
  });

const conflict = () =>
  toApiError(409, {
    error: {
      code: 'booking_conflict',
      message: 'Overlaps session 812 (2030-03-04T12:00:00+00:00 to 2030-03-04T13:00:00+00:00) of trainer Tia Trainer.',
      fields: { conflict: { session_id: 812, trainer_id: 3 } },
    },
  });
const outsideHours = () => toApiError(409, { error: { code: 'outside_working_hours', message: 'Tia Trainer does not work then.' } });

beforeEach(() => {
  submit = vi.fn();
  onDone = vi.fn();
});

function chooseClient() {
  fireEvent.click(screen.getByRole('button', { name: /Ann Lee/ }));
}

test('a personal session needs its client before anything is sent', () => {
  renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  expect(screen.getByText('A personal session has one client.')).toBeInTheDocument();
  expect(submit).not.toHaveBeenCalled();
});

test('sends the times with the zone’s offset, and a weekly repeat as a series', async () => {
  submit.mockResolvedValue({});
  renderForm();
  chooseClient();
  fireEvent.change(screen.getByLabelText('Repeats'), { target: { value: 'weekly' } });
  fireEvent.click(screen.getByRole('button', { name: 'Thu' }));
  fireEvent.change(screen.getByLabelText('Times'), { target: { value: '8' } });
  fireEvent.click(screen.getByRole('button', { name: 'Book series' }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(submit).toHaveBeenCalledWith({
    action: 'create-series',
    body: expect.objectContaining({ trainer_id: 3, client_ids: [9], starts_at: '2030-03-04T07:00:00-05:00', ends_at: '2030-03-04T08:00:00-05:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8', override: false }),
  });
});

test('a free slot fills the times in the user’s zone', () => {
  renderForm();
  fireEvent.click(screen.getByRole('button', { name: '9:00 AM' }));
  expect(screen.getByLabelText('Start')).toHaveValue('09:00');
  expect(screen.getByLabelText('End')).toHaveValue('10:00');
});

test("a double booking shows the server's message naming the session in the way, and keeps the form", async () => {
  submit.mockRejectedValue(conflict());
  renderForm();
  chooseClient();
  fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Mobility' } });
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  const alert = await screen.findByTestId('booking-error');
  expect(alert).toHaveTextContent('That time is already taken.');
  expect(alert).toHaveTextContent('Overlaps session 812');
  expect(screen.queryByText('Please fix the highlighted fields.')).not.toBeInTheDocument();
  expect(screen.getByLabelText('Title')).toHaveValue('Mobility');
  expect(onDone).not.toHaveBeenCalled();
});

test('outside working hours: owners and admins may book anyway, which resends with override', async () => {
  submit.mockRejectedValueOnce(outsideHours()).mockResolvedValueOnce({});
  renderForm();
  chooseClient();
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Book anyway (outside working hours)' }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(submit).toHaveBeenCalledTimes(2);
  expect(submit.mock.calls[1][0]).toMatchObject({ action: 'create-session', body: { override: true } });
});

test('outside working hours: a trainer only sees the message', async () => {
  submit.mockRejectedValue(outsideHours());
  renderForm({ canOverride: false });
  chooseClient();
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  expect(await screen.findByText('Tia Trainer does not work then.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Book anyway/ })).not.toBeInTheDocument();
});

test("the server's field errors appear beside their fields", async () => {
  submit.mockRejectedValue(toApiError(422, { error: { code: 'validation_error', message: 'x', fields: { ends_at: ['A session lasts at most 12 hours.'], rrule: ['Invalid rule.'] } } }));
  renderForm();
  chooseClient();
  fireEvent.change(screen.getByLabelText('Repeats'), { target: { value: 'weekly' } });
  fireEvent.click(screen.getByRole('button', { name: 'Book series' }));
  expect(await screen.findByText('A session lasts at most 12 hours.')).toBeInTheDocument();
  expect(screen.getByLabelText('End')).toHaveAccessibleDescription('A session lasts at most 12 hours.');
  expect(screen.getByText('Invalid rule.')).toBeInTheDocument();
});

test('a double booking links to the session in the way and books a suggested time in one click', async () => {
  submit.mockRejectedValueOnce(conflictWithSuggestions()).mockResolvedValueOnce({});
  renderForm();
  chooseClient();
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  const alert = await screen.findByTestId('booking-error');
  expect(alert).toHaveTextContent('Tia Trainer already has a session 7:00–8:00 AM Mon 4 Mar 2030 with Bo Ray.');
  expect(screen.getByRole('link', { name: 'Open the session in the way' })).toHaveAttribute('href', '/calendar?view=day&date=2030-03-04&session=812');
  fireEvent.click(screen.getByRole('button', { name: 'Book 8:00–9:00 AM Mon 4 Mar 2030' }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(submit.mock.calls[1][0]).toMatchObject({
    action: 'create-session',
    body: { starts_at: '2030-03-04T08:00:00-05:00', ends_at: '2030-03-04T09:00:00-05:00', client_ids: [9], override: false },
  });
  expect(screen.getByLabelText('Start')).toHaveValue('08:00');
});

test("another trainer's session in the way is not linked", async () => {
  submit.mockRejectedValue(conflictWithSuggestions(4));
  renderForm();
  chooseClient();
  fireEvent.click(screen.getByRole('button', { name: 'Book session' }));
  await screen.findByTestId('booking-error');
  expect(screen.queryByRole('link', { name: 'Open the session in the way' })).not.toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Nearest free times' })).toBeInTheDocument();
});
