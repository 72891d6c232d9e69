import { useState } from 'react';
import { useMe } from '@/features/auth/api/get-me';
import type { BillingSettings, BillingSettingsUpdate, CreditPolicy, Penalty } from '@/features/billing/api';
import { formatMoney, parseMoney, toMajorInput } from '@/features/billing/format';
import { useUpdateBillingSettings } from '@/features/billing/mutations';
import { useBillingSettings } from '@/features/billing/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'SGD', 'ZAR', 'INR', 'BRL', 'MXN'];
const POLICIES: [CreditPolicy, string][] = [
  ['required', 'Required: no booking without a credit'],
  ['warn', 'Warn: book anyway, and say there is no credit'],
  ['off', 'Off: credits are not checked'],
];
const PENALTIES: [Penalty, string][] = [
  ['forfeit', 'The credit is used'],
  ['fee', 'A fee is invoiced (the credit comes back)'],
  ['none', 'Nothing (the credit comes back)'],
];

type Section = 'policy' | 'letterhead' | 'stripe';

/** Values typed in a section, kept as text until saved. */
function useForm(settings: BillingSettings) {
  const [text, setText] = useState(() => ({
    currency: settings.currency,
    credit_policy: settings.credit_policy,
    late_cancel_hours: String(settings.late_cancel_hours),
    late_cancel_penalty: settings.late_cancel_penalty,
    late_cancel_fee: toMajorInput(settings.late_cancel_fee, settings.currency),
    no_show_penalty: settings.no_show_penalty,
    no_show_fee: toMajorInput(settings.no_show_fee, settings.currency),
    invoice_due_days: String(settings.invoice_due_days),
    retry_days: settings.retry_days.join(', '),
    grace_days: String(settings.grace_days),
    legal_name: settings.legal_name ?? '',
    address: settings.address ?? '',
    tax_id: settings.tax_id ?? '',
    invoice_footer: settings.invoice_footer ?? '',
    stripe_publishable_key: settings.stripe_publishable_key ?? '',
    stripe_secret_key: '',
    stripe_webhook_secret: '',
  }));
  return [text, (changes: Partial<typeof text>) => setText({ ...text, ...changes })] as const;
}

/** The studio's billing settings: currency and booking policy, the invoice letterhead, and its Stripe account (owners and admins). */
export function BillingSettingsCard() {
  const settings = useBillingSettings();
  if (settings.isPending) return <Spinner label="Loading billing settings…" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  return <BillingSettingsForm settings={settings.data} />;
}

function BillingSettingsForm({ settings }: { settings: BillingSettings }) {
  const organizationId = useMe().data?.organization?.id;
  // Where Stripe sends this studio's events (the API's address, so the SPA's origin when served together).
  const webhookUrl = organizationId ? new URL(`/api/billing/stripe/webhooks/${organizationId}`, window.location.origin).href : null;
  const update = useUpdateBillingSettings();
  const toast = useToast();
  const [text, set] = useForm(settings);
  const [saving, setSaving] = useState<Section | null>(null);
  const fields = saving ? serverFieldErrors(update.error) : {};
  const currency = text.currency;
  const lateFee = parseMoney(text.late_cancel_fee || '0', currency);
  const noShowFee = parseMoney(text.no_show_fee || '0', currency);
  const retryDays = text.retry_days.split(/[\s,]+/).filter(Boolean).map(Number);
  const retryInvalid = retryDays.some((day) => !Number.isInteger(day) || day < 1);

  const send = (section: Section, body: BillingSettingsUpdate, done: string) => {
    setSaving(section);
    update.mutate(body, {
      onSuccess: () => {
        toast.success(done);
        if (section === 'stripe') set({ stripe_secret_key: '', stripe_webhook_secret: '' });
      },
    });
  };
  const alert = (section: Section) => (saving === section ? <FormAlert message={formErrorMessage(update.error)} /> : null);

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <form
          className="flex flex-col gap-3"
          aria-label="Billing policy"
          onSubmit={(event) => {
            event.preventDefault();
            if (lateFee === null || noShowFee === null || retryInvalid) return;
            send(
              'policy',
              {
                currency,
                credit_policy: text.credit_policy,
                late_cancel_hours: Number(text.late_cancel_hours),
                late_cancel_penalty: text.late_cancel_penalty,
                late_cancel_fee: lateFee,
                no_show_penalty: text.no_show_penalty,
                no_show_fee: noShowFee,
                invoice_due_days: Number(text.invoice_due_days),
                retry_days: retryDays,
                grace_days: Number(text.grace_days),
              },
              'Billing policy saved.',
            );
          }}
        >
          <h2 className="text-base font-semibold">Policy</h2>
          {alert('policy')}
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField label="Currency" value={currency} onChange={(event) => set({ currency: event.target.value })} error={fields.currency} hint="Can change only until the first invoice is issued.">
              {[...new Set([settings.currency, ...CURRENCIES])].map((code) => (
                <option key={code} value={code}>
                  {code} ({formatMoney(12345, code)})
                </option>
              ))}
            </SelectField>
            <SelectField label="Credits when booking" value={text.credit_policy} onChange={(event) => set({ credit_policy: event.target.value as CreditPolicy })} error={fields.credit_policy}>
              {POLICIES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <InputField label="A cancel is late within (hours of the start)" type="number" min={0} max={336} value={text.late_cancel_hours} onChange={(event) => set({ late_cancel_hours: event.target.value })} error={fields.late_cancel_hours} />
            <span />
            <SelectField label="After a late cancel" value={text.late_cancel_penalty} onChange={(event) => set({ late_cancel_penalty: event.target.value as Penalty })} error={fields.late_cancel_penalty}>
              {PENALTIES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            {text.late_cancel_penalty === 'fee' ? (
              <InputField label={`Late cancel fee (${currency})`} inputMode="decimal" value={text.late_cancel_fee} onChange={(event) => set({ late_cancel_fee: event.target.value })} error={fields.late_cancel_fee ?? (lateFee === null ? 'Enter an amount.' : undefined)} />
            ) : (
              <span />
            )}
            <SelectField label="After a no-show" value={text.no_show_penalty} onChange={(event) => set({ no_show_penalty: event.target.value as Penalty })} error={fields.no_show_penalty}>
              {PENALTIES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            {text.no_show_penalty === 'fee' ? (
              <InputField label={`No-show fee (${currency})`} inputMode="decimal" value={text.no_show_fee} onChange={(event) => set({ no_show_fee: event.target.value })} error={fields.no_show_fee ?? (noShowFee === null ? 'Enter an amount.' : undefined)} />
            ) : (
              <span />
            )}
            <InputField label="Invoices are due after (days)" type="number" min={0} max={365} value={text.invoice_due_days} onChange={(event) => set({ invoice_due_days: event.target.value })} error={fields.invoice_due_days} />
            <InputField label="Retry a failed renewal after (days)" value={text.retry_days} onChange={(event) => set({ retry_days: event.target.value })} error={fields.retry_days ?? (retryInvalid ? 'Whole days, such as 1, 3, 7.' : undefined)} hint="After the last try the membership pauses." />
            <InputField label="Booking stays open after a failed renewal for (days)" type="number" min={0} max={60} value={text.grace_days} onChange={(event) => set({ grace_days: event.target.value })} error={fields.grace_days} />
          </div>
          <div className="flex justify-end">
            <Button type="submit" loading={update.isPending && saving === 'policy'}>
              Save policy
            </Button>
          </div>
        </form>
      </Card>

      <Card>
        <form
          className="flex flex-col gap-3"
          aria-label="Invoice letterhead"
          onSubmit={(event) => {
            event.preventDefault();
            send(
              'letterhead',
              { legal_name: text.legal_name.trim() || null, address: text.address.trim() || null, tax_id: text.tax_id.trim() || null, invoice_footer: text.invoice_footer.trim() || null },
              'Letterhead saved.',
            );
          }}
        >
          <h2 className="text-base font-semibold">Invoice letterhead</h2>
          {alert('letterhead')}
          <div className="grid gap-3 sm:grid-cols-2">
            <InputField label="Legal name" value={text.legal_name} onChange={(event) => set({ legal_name: event.target.value })} error={fields.legal_name} hint="The studio's name when empty." />
            <InputField label="Tax number" value={text.tax_id} onChange={(event) => set({ tax_id: event.target.value })} error={fields.tax_id} />
            <TextareaField label="Address" wrapperClassName="sm:col-span-2" value={text.address} onChange={(event) => set({ address: event.target.value })} error={fields.address} />
            <TextareaField label="Footer" wrapperClassName="sm:col-span-2" value={text.invoice_footer} onChange={(event) => set({ invoice_footer: event.target.value })} error={fields.invoice_footer} hint="Payment terms, bank details, a thank-you." />
          </div>
          <div className="flex justify-end">
            <Button type="submit" loading={update.isPending && saving === 'letterhead'}>
              Save letterhead
            </Button>
          </div>
        </form>
      </Card>

      <Card>
        <form
          className="flex flex-col gap-3"
          aria-label="Stripe"
          onSubmit={(event) => {
            event.preventDefault();
            const body: BillingSettingsUpdate = { stripe_publishable_key: text.stripe_publishable_key.trim() || null };
            if (text.stripe_secret_key.trim()) body.stripe_secret_key = text.stripe_secret_key.trim();
            if (text.stripe_webhook_secret.trim()) body.stripe_webhook_secret = text.stripe_webhook_secret.trim();
            send('stripe', body, 'Stripe keys saved.');
          }}
        >
          <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
            Stripe {settings.stripe_configured ? <Badge tone="success">Connected</Badge> : <Badge>Not connected</Badge>}
          </h2>
          <p className="text-sm text-muted">Clients pay invoices by card and memberships renew automatically with the studio's own Stripe account. Secret keys are stored encrypted and never shown again.</p>
          {alert('stripe')}
          <InputField label="Publishable key" placeholder="pk_live_…" value={text.stripe_publishable_key} onChange={(event) => set({ stripe_publishable_key: event.target.value })} error={fields.stripe_publishable_key} />
          <InputField
            label="Secret key"
            type="password"
            autoComplete="off"
            placeholder={settings.stripe_configured ? 'Saved; type a new one to replace it' : 'sk_live_…'}
            value={text.stripe_secret_key}
            onChange={(event) => set({ stripe_secret_key: event.target.value })}
            error={fields.stripe_secret_key}
          />
          <InputField
            label="Webhook signing secret"
            type="password"
            autoComplete="off"
            placeholder={settings.stripe_configured ? 'Saved; type a new one to replace it' : 'whsec_…'}
            value={text.stripe_webhook_secret}
            onChange={(event) => set({ stripe_webhook_secret: event.target.value })}
            error={fields.stripe_webhook_secret}
          />
          {webhookUrl ? (
            <p className="text-sm text-muted">
              In Stripe's dashboard, send webhook events to <span className="break-all font-mono text-foreground">{webhookUrl}</span>
            </p>
          ) : null}
          <div className="flex justify-end">
            <Button type="submit" loading={update.isPending && saving === 'stripe'}>
              Save Stripe keys
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
