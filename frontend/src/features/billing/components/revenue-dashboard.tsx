import { useCallback, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { ChartConfiguration } from 'chart.js';
import type { ReportGroup } from '@/features/billing/api';
import { currencyExponent, formatMoney, todayIn } from '@/features/billing/format';
import { reportPath, useReport, type ReportName, type ReportRange } from '@/features/billing/queries';
import { PRESETS, presetRange, readRange, type Preset } from '@/features/billing/report-range';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LazyThemedChart } from '@/components/ui/lazy-themed-chart';
import { InputField, SelectField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { useToast } from '@/components/ui/toast';
import { downloadFile } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';
import { formatDate, formatDateTime } from '@/lib/format';

function CsvButton({ name, range }: { name: ReportName; range: ReportRange & { group?: ReportGroup } }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      loading={busy}
      aria-label={`Download ${name.replaceAll('-', ' ')} as CSV`}
      onClick={async () => {
        setBusy(true);
        try {
          await downloadFile(reportPath(name, { ...range, format: 'csv' }), `${name}-${range.from}-${range.to}.csv`);
        } catch (error) {
          toast.error(errorMessage(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      CSV
    </Button>
  );
}

function Section({ title, name, range, children, description }: { title: string; name: ReportName; range: ReportRange & { group?: ReportGroup }; children: ReactNode; description?: string }) {
  return (
    <Card data-testid={`report-${name}`} className="min-w-0">
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-semibold">{title}</h2>
          {description ? <p className="text-sm text-muted">{description}</p> : null}
        </div>
        <CsvButton name={name} range={range} />
      </div>
      {children}
    </Card>
  );
}

function Loading<T>({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data as T)}</>;
}

function Rows({ rows, label }: { rows: [string, string][]; label: string }) {
  if (!rows.length) return <p className="py-4 text-sm text-muted">Nothing in this range.</p>;
  return (
    <dl className="flex flex-col divide-y divide-border text-sm" aria-label={label}>
      {rows.map(([name, value], index) => (
        <div key={`${name}-${index}`} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
          <dt className="min-w-0 break-words">{name}</dt>
          <dd className="ml-auto text-right tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A month's MRR movements, leaving out those that did not happen: "+€178.00 new · −€89.00 churned". */
export function mrrMovements(row: { new: number; expansion: number; contraction: number; churned: number }, currency: string): string {
  const parts = [
    row.new ? `+${formatMoney(row.new, currency)} new` : null,
    row.expansion ? `+${formatMoney(row.expansion, currency)} expansion` : null,
    row.contraction ? `−${formatMoney(row.contraction, currency)} contraction` : null,
    row.churned ? `−${formatMoney(row.churned, currency)} churned` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No change';
}

/** Revenue (payments less refunds) over a date range, by period, product and trainer; MRR and its movements; receivables by age; refunds; each as CSV. */
export function RevenueDashboard({ timeZone }: { timeZone: string }) {
  const [search, setSearch] = useSearchParams();
  const today = todayIn(timeZone);
  const range = readRange(search, today);
  const setRange = (next: Partial<typeof range>) => setSearch(new URLSearchParams({ ...range, ...next }), { replace: false });
  const span = { from: range.from, to: range.to };

  const revenue = useReport('revenue', { ...span, group: range.group });
  const byProduct = useReport('revenue-by-product', span);
  const byTrainer = useReport('revenue-by-trainer', span);
  const mrr = useReport('mrr', span);
  const receivables = useReport('receivables', span);
  const refunds = useReport('refunds', span);

  const revenueData = revenue.data;
  // Charts draw major units (12.5, not 1250); tooltips go back to minor units to format them.
  const scale = 10 ** currencyExponent(revenueData?.currency ?? mrr.data?.currency ?? 'USD');
  const buildRevenue = useCallback(
    (colors: ThemeColors): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: revenueData?.periods.map((row) => row.label) ?? [],
        datasets: [
          { label: 'Payments', data: revenueData?.periods.map((row) => row.received / scale) ?? [], backgroundColor: colors.primary },
          { label: 'Refunds', data: revenueData?.periods.map((row) => -row.refunded / scale) ?? [], backgroundColor: colors.danger },
        ],
      },
      options: {
        maintainAspectRatio: false,
        scales: { x: { stacked: true, ticks: { color: colors.muted }, grid: { color: colors.border } }, y: { stacked: true, ticks: { color: colors.muted }, grid: { color: colors.border } } },
        plugins: {
          legend: { labels: { color: colors.foreground } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatMoney(Math.round(Number(item.raw) * scale), revenueData?.currency ?? 'USD')}` } },
        },
      },
    }),
    [revenueData, scale],
  );
  const mrrData = mrr.data;
  const buildMrr = useCallback(
    (colors: ThemeColors): ChartConfiguration => ({
      type: 'line',
      data: {
        labels: mrrData?.months.map((row) => row.label) ?? [],
        datasets: [{ label: 'MRR', data: mrrData?.months.map((row) => row.mrr / scale) ?? [], borderColor: colors.primary, backgroundColor: colors.primary }],
      },
      options: {
        maintainAspectRatio: false,
        scales: { x: { ticks: { color: colors.muted }, grid: { color: colors.border } }, y: { beginAtZero: true, ticks: { color: colors.muted }, grid: { color: colors.border } } },
        plugins: { legend: { display: false } },
      },
    }),
    [mrrData, scale],
  );

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-wrap items-end gap-3" role="group" aria-label="Date range">
        <SelectField label="Range" wrapperClassName="min-w-40" value="" onChange={(event) => event.target.value && setRange(presetRange(event.target.value as Preset, today))}>
          <option value="">Choose…</option>
          {PRESETS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <InputField label="From" type="date" value={range.from} max={range.to} onChange={(event) => event.target.value && setRange({ from: event.target.value })} />
        <InputField label="To" type="date" value={range.to} min={range.from} onChange={(event) => event.target.value && setRange({ to: event.target.value })} />
        <SelectField label="By" value={range.group} onChange={(event) => setRange({ group: event.target.value as ReportGroup })}>
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </SelectField>
        <p className="pb-3 text-sm text-muted">
          {formatDate(range.from)} – {formatDate(range.to)}, days in {timeZone.replaceAll('_', ' ')}
        </p>
      </Card>

      <Section title="Revenue" name="revenue" range={{ ...span, group: range.group }} description="Payments received less refunds given.">
        <Loading query={revenue}>
          {(data) => (
            <>
              <p className="text-2xl font-bold" data-testid="revenue-total">
                {formatMoney(data.net, data.currency)}
              </p>
              <LazyThemedChart label={`Revenue by ${data.group}: ${data.periods.map((row) => `${row.label} ${formatMoney(row.net, data.currency)}`).join(', ') || 'none'}`} build={buildRevenue} />
            </>
          )}
        </Loading>
      </Section>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Section title="By product" name="revenue-by-product" range={span}>
          <Loading query={byProduct}>{(data) => <Rows label="Revenue by product" rows={data.products.map((row) => [row.name, formatMoney(row.collected, data.currency)])} />}</Loading>
        </Section>
        <Section title="By trainer" name="revenue-by-trainer" range={span} description="Sessions delivered at their price; a membership's period shared over the sessions delivered in it.">
          <Loading query={byTrainer}>
            {(data) => <Rows label="Revenue by trainer" rows={data.trainers.map((row) => [`${row.name} · ${row.sessions} ${row.sessions === 1 ? 'session' : 'sessions'}`, formatMoney(row.revenue, data.currency)])} />}
          </Loading>
        </Section>
        <Section title="Monthly recurring revenue" name="mrr" range={span} description="What memberships bring in each month, and how it moved.">
          <Loading query={mrr}>
            {(data) => (
              <>
                <LazyThemedChart label={`MRR by month: ${data.months.map((row) => `${row.label} ${formatMoney(row.mrr, data.currency)}`).join(', ') || 'none'}`} build={buildMrr} />
                <Rows
                  label="MRR movements"
                  rows={data.months.map((row) => [row.label, mrrMovements(row, data.currency)])}
                />
              </>
            )}
          </Loading>
        </Section>
        <Section title="Owed, by age" name="receivables" range={span} description="Open invoices by days past their due date.">
          <Loading query={receivables}>
            {(data) => <Rows label="Receivables by age" rows={data.buckets.map((row) => [`${row.label} · ${row.invoices} ${row.invoices === 1 ? 'invoice' : 'invoices'}`, formatMoney(row.amount, data.currency)])} />}
          </Loading>
        </Section>
      </div>
      <Section title="Refunds" name="refunds" range={span}>
        <Loading query={refunds}>
          {(data) => (
            <Rows
              label="Refunds"
              rows={data.items.map((row) => [`${formatDateTime(row.refunded_at, timeZone)} · ${row.client_name}${row.invoice_number ? ` · ${row.invoice_number}` : ''}: ${row.reason}`, formatMoney(row.amount, data.currency)])}
            />
          )}
        </Loading>
      </Section>
    </div>
  );
}
