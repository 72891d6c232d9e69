import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import type { Dashboard } from '@/features/dashboard/api/get-dashboard';
import { DashboardOverview, tasksDueHint } from '@/features/dashboard/components/dashboard-overview';

const EMPTY: Dashboard = {
  trainers: 0,
  clients_by_status: { lead: 0, active: 0, paused: 0, inactive: 0, archived: 0 },
  clients_total: 0,
  new_clients_this_week: 0,
  new_clients_this_month: 0,
  unassigned_clients: 0,
  new_clients_per_week: [{ week_start: '2026-11-23', count: 0 }],
  recent_activity: [],
};

test('an empty studio gets a sentence and an action instead of empty charts', () => {
  const router = createMemoryRouter([{ path: '/', element: <DashboardOverview dashboard={EMPTY} /> }]);
  const { container } = render(<RouterProvider router={router} />);
  expect(container.querySelector('canvas')).toBeNull();
  expect(screen.getByRole('heading', { name: 'No clients to chart yet' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'No new clients in the last 1 weeks' })).toBeTruthy();
  expect(screen.getAllByRole('link', { name: 'Add a client' })[0].getAttribute('href')).toBe('/clients/new');
});

test("the caller's tasks due today or overdue link to the tasks", () => {
  const tasks = { open: 5, due_today: 1, overdue: 2 };
  const router = createMemoryRouter([{ path: '/', element: <DashboardOverview dashboard={EMPTY} tasks={tasks} /> }]);
  render(<RouterProvider router={router} />);
  const card = screen.getByRole('link', { name: /Your tasks due/ });
  expect(card.getAttribute('href')).toBe('/tasks');
  expect(card.textContent).toBe('Your tasks due32 overdue · 5 open in all');
  expect(tasksDueHint({ open: 0, due_today: 0, overdue: 0 })).toBe('None overdue · 0 open in all');
});
