import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import type { Checklist } from '@/features/dashboard/api/get-checklist';
import { SetupChecklist } from '@/features/dashboard/components/setup-checklist';
import { ToastProvider } from '@/components/ui/toast';

function renderChecklist(checklist: Checklist) {
  const router = createMemoryRouter([{ path: '/', element: <SetupChecklist checklist={checklist} /> }]);
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

const STEPS: Checklist['steps'] = [
  { key: 'working_hours', done: false },
  { key: 'invite_trainer', done: true },
  { key: 'add_clients', done: false },
  { key: 'book_session', done: false },
];

test('each step says whether it is done and links to where to do it', () => {
  renderChecklist({ steps: STEPS, complete: false, dismissed: false, trainer_id: 7 });
  expect(screen.getByText('1 of 4 done. This goes away once all are.')).toBeTruthy();
  expect(screen.getByText(/Invite a trainer/).textContent).toContain('(done)');
  expect(screen.getByRole('link', { name: 'Set hours' }).getAttribute('href')).toBe('/trainers/7');
  expect(screen.getByRole('link', { name: 'Import from CSV' }).getAttribute('href')).toBe('/clients/import');
  expect(screen.getByRole('link', { name: 'Open calendar' }).getAttribute('href')).toBe('/calendar');
  expect(screen.queryByRole('link', { name: 'Invite to sign in' })).toBeNull();
});

test('a hidden checklist, or one with every step done, shows nothing', () => {
  const hidden = renderChecklist({ steps: STEPS, complete: false, dismissed: true, trainer_id: null });
  expect(hidden.container.textContent).toBe('');
  hidden.unmount();
  const allDone = STEPS.map((step) => ({ ...step, done: true }));
  const { container } = renderChecklist({ steps: allDone, complete: true, dismissed: false, trainer_id: 1 });
  expect(container.textContent).toBe('');
});
