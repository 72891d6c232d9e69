import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { WorkingHoursEditor } from '@/features/scheduling/components/availability/working-hours-editor';
import { ToastProvider } from '@/components/ui/toast';
import { makeQueryClient } from '@/lib/query-client';

// Node's Request needs absolute URLs; the app in a browser uses the page's origin.
vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const week = { timezone: 'America/New_York', intervals: [{ weekday: 0, starts_at: '06:00:00', ends_at: '21:00:00' }] };
const fetchMock = vi.fn<typeof fetch>();
let sent: unknown[] = [];

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) => {
    const request = input as Request;
    if (request.method !== 'PUT') return json(week);
    const body = await request.json();
    sent.push(body);
    return json({ timezone: week.timezone, ...body });
  });
});
afterEach(() => {
  sent = [];
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function renderEditor(viewerTimeZone = 'America/New_York') {
  render(
    <QueryClientProvider client={makeQueryClient()}>
      <ToastProvider>
        <WorkingHoursEditor trainerId={3} viewerTimeZone={viewerTimeZone} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}


test('shows the week in the studio’s zone and says when the viewer’s differs', async () => {
  renderEditor('Europe/Berlin');
  expect(await screen.findByLabelText('Monday start')).toHaveValue('06:00');
  expect(screen.getByLabelText('Monday end')).toHaveValue('21:00');
  expect(screen.getByText(/America\/New York/)).toBeInTheDocument();
  expect(screen.getByText(/yours is Europe\/Berlin/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Save working hours' })).toBeDisabled();
});

test('an overlap is shown beside the row and nothing is sent', async () => {
  renderEditor();
  await screen.findByLabelText('Monday start');
  fireEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
  fireEvent.change(screen.getByLabelText('Monday start 2'), { target: { value: '20:00' } });
  fireEvent.change(screen.getByLabelText('Monday end 2'), { target: { value: '22:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save working hours' }));
  expect(await screen.findByText('Overlaps 06:00–21:00 on Monday.')).toBeInTheDocument();
  expect(screen.getByLabelText('Monday start 2')).toHaveAttribute('aria-invalid', 'true');
  expect(sent).toHaveLength(0);
});

test('an end before the start is refused', async () => {
  renderEditor();
  fireEvent.change(await screen.findByLabelText('Monday end'), { target: { value: '05:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save working hours' }));
  expect(await screen.findByText('The end must be after the start.')).toBeInTheDocument();
  expect(sent).toHaveLength(0);
});

test('copying Monday to the weekdays sends the whole week', async () => {
  renderEditor();
  await screen.findByLabelText('Monday start');
  fireEvent.click(screen.getByRole('button', { name: 'Copy Monday to Tue–Fri' }));
  expect(screen.getByLabelText('Friday start')).toHaveValue('06:00');
  fireEvent.click(screen.getByRole('button', { name: 'Save working hours' }));
  await screen.findByText('Working hours saved.');
  expect(sent).toEqual([{ intervals: [0, 1, 2, 3, 4].map((weekday) => ({ weekday, starts_at: '06:00:00', ends_at: '21:00:00' })) }]);
});
