import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PortalBilling } from '@/features/billing/components/portal-billing';
import { SellDialog } from '@/features/billing/components/sell-dialog';
import { ToastProvider } from '@/components/ui/toast';
import { makeQueryClient } from '@/lib/query-client';

vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

// jsdom has no <dialog> methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const meta = (count: number) => ({ total: count, pages: 1, page: 1, per_page: 100, has_next: false, has_prev: false });
const page = (items: unknown[]) => ({ items, meta: meta(items.length) });
const invoice = (id: number, status: string, total: number, due: number) => ({
  id, client_id: 9, client_name: 'Zoë Ñúñez', kind: 'invoice', number: `INV-2026-00000${id}`, status, currency: 'EUR',
  issued_on: '2026-11-20', due_on: '2026-12-04', subtotal: total, discount_total: 0, tax_total: 0, total, amount_paid: total - due,
  amount_credited: 0, amount_due: due, credit_note_for_id: null, membership_id: null, discount_id: null, period_start: null, period_end: null,
  paid_at: null, voided_at: null, created_at: '2026-11-20T10:00:00Z',
});
const routes: Record<string, unknown> = {
  'GET /api/billing/invoices?client_id=9&status=open&per_page=100': page([invoice(1, 'open', 12000, 12000), invoice(2, 'open', 5000, 2000)]),
  'GET /api/billing/invoices?client_id=9&per_page=20': page([invoice(3, 'paid', 3000, 0)]),
  'GET /api/clients/9/credits': { balance: 9, by_kind: [{ kind: '', available: 9 }], grants: [{ id: 5, quantity: 10, remaining: 9, session_kinds: [], expires_at: '2027-03-01T12:00:00Z', source: 'Pack of 10', created_at: '2026-12-01T10:00:00Z' }] },
  'GET /api/clients/9/credits/ledger?page=1&per_page=10': page([{ id: 7, kind: 'reserve', quantity: -1, sentence: 'Booked Personal training on Tue 3 Dec, 09:00', note: null, created_at: '2026-12-01T11:00:00Z' }]),
  'GET /api/clients/9/memberships': page([
    {
      id: 4, client_id: 9, client_name: 'Zoë Ñúñez', product_id: 2, product_name: 'Monthly unlimited', status: 'active', price: 8000, currency: 'EUR', interval: 'month',
      sessions_per_period: null, started_on: '2026-10-01', current_period_start: '2026-12-01', current_period_end: '2026-12-31', minimum_term_ends_on: '2027-01-01',
      notice_days: 30, collection: 'manual', cancel_requested_at: null, ends_on: null, ends_on_explained: null, past_due_since: null, next_retry_at: null, paused_at: null,
    },
  ]),
  'GET /api/billing/products?per_page=100&archived=false': page([
    { id: 1, kind: 'pack', name: '10-pack', description: null, price: 12000, tax_rate_id: null, session_kinds: [], session_count: 10, valid_days: 90, interval: null, sessions_per_period: null, minimum_term_periods: 0, notice_days: 0, archived_at: null },
  ]),
  'GET /api/billing/discounts?per_page=100&archived=false': page([]),
  'GET /api/clients/9/cards': page([{ id: 1, brand: 'visa', last4: '4242', exp_month: 4, exp_year: 2029, is_default: true }]),
  'POST /api/clients/9/sales': { invoice: invoice(6, 'open', 12000, 12000), membership: null },
};
const sent: { method: string; path: string; body: unknown }[] = [];

beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      const key = `${input.method} ${url.pathname}${url.search}`;
      if (input.method !== 'GET') sent.push({ method: input.method, path: url.pathname, body: await input.clone().json().catch(() => null) });
      if (!(key in routes)) return new Response(JSON.stringify({ error: { code: 'not_found', message: `No route ${key}` } }), { status: 404 });
      return new Response(JSON.stringify(routes[key]), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderWithProviders(children: React.ReactNode) {
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <ToastProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

test('the portal shows what is owed with a Pay button per invoice, the credits left, and the notice before cancelling', async () => {
  renderWithProviders(<PortalBilling clientId={9} timeZone="Europe/Madrid" />);
  const balance = await screen.findByTestId('balance');
  expect(await within(balance).findByText(/140[.,]00/)).toBeInTheDocument();
  const toPay = within(balance).getByRole('list', { name: 'Invoices to pay' });
  expect(within(toPay).getByRole('button', { name: /Pay .*120[.,]00/ })).toBeInTheDocument();
  expect(within(toPay).getByText(/20[.,]00.*still due/)).toBeInTheDocument();
  expect(await screen.findByTestId('credits-left')).toHaveTextContent('9 credits left');
  expect(screen.getByText(/9 of 10 left, until/)).toBeInTheDocument();

  await userEvent.click(await screen.findByRole('button', { name: 'Cancel membership' }));
  const dialog = await screen.findByRole('dialog', { name: 'Cancel Monthly unlimited?' });
  expect(dialog).toHaveTextContent('The current period ends');
  expect(dialog).toHaveTextContent('The minimum term runs until');
  expect(screen.queryByText(/INV-2026-000003/)).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Saved cards' })).toHaveTextContent('VISA •••• 4242, expires 04/2029 · used for renewals');
});

test('selling a pack sends the product and says what the sale makes', async () => {
  renderWithProviders(<SellDialog clientId={9} clientName="Zoë Ñúñez" currency="EUR" open onClose={() => undefined} />);
  const form = await screen.findByRole('form', { name: 'Sell a product' });
  await screen.findByRole('option', { name: /10-pack/ });
  await userEvent.selectOptions(within(form).getByLabelText('Product'), '1');
  expect(form).toHaveTextContent('Zoë Ñúñez gets 10 credits now, usable for 90 days, and an invoice for €120.00.');
  await userEvent.click(within(form).getByLabelText(/Paid now/));
  await userEvent.click(within(form).getByRole('button', { name: 'Sell' }));
  expect(await screen.findByText('10-pack sold to Zoë Ñúñez (invoice INV-2026-000006).')).toBeInTheDocument();
  expect(sent).toContainEqual({ method: 'POST', path: '/api/clients/9/sales', body: { product_id: 1, discount_id: null, paid: { method: 'cash', reference: null } } });
});
