import { useDeferredValue, useRef, useState, type FormEvent } from 'react';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useSegments } from '@/features/campaigns/api/get-segments';
import { useCampaignPreview, useMergeFields } from '@/features/campaigns/api/preview-campaign';
import { useSaveCampaign } from '@/features/campaigns/api/save-campaign';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox, InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

const STARTER = '<p>Hi {{ first_name }},</p>\n<p>Write your news here.</p>\n<p><a href="https://example.com">Book your next session</a></p>\n<p>{{ studio_name }}</p>';

type Form = {
  name: string;
  segmentId: string;
  subject: string;
  abTest: boolean;
  subjectB: string;
  samplePercent: string;
  waitHours: string;
  bodyHtml: string;
  bodyText: string;
};

function formOf(campaign?: Campaign): Form {
  return {
    name: campaign?.name ?? '',
    segmentId: campaign ? String(campaign.segment_id) : '',
    subject: campaign?.subject ?? '',
    abTest: Boolean(campaign?.subject_b),
    subjectB: campaign?.subject_b ?? '',
    samplePercent: String(campaign?.sample_percent ?? 20),
    waitHours: String(campaign?.wait_hours ?? 4),
    bodyHtml: campaign?.body_html ?? STARTER,
    bodyText: campaign && !campaign.text_is_derived ? campaign.body_text : '',
  };
}

/** The campaign editor: who it goes to, the subject (or two, to test), the HTML with merge fields, and a preview. */
export function CampaignEditor({ campaign, onSaved }: { campaign?: Campaign; onSaved: (campaign: Campaign) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(campaign));
  const segments = useSegments();
  const mergeFields = useMergeFields();
  const save = useSaveCampaign();
  const toast = useToast();
  // Where the caret was in the message, so a merge field goes in there.
  const caret = useRef<{ start: number; end: number } | null>(null);
  const previewInput = useDeferredValue({ subject: form.subject, subject_b: form.abTest ? form.subjectB || null : null, body_html: form.bodyHtml, body_text: form.bodyText || null });
  const preview = useCampaignPreview(previewInput);
  const errors = serverFieldErrors(save.error ?? preview.error);
  const set = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));

  function insertField(name: string) {
    const token = `{{ ${name} }}`;
    const { start, end } = caret.current ?? { start: form.bodyHtml.length, end: form.bodyHtml.length };
    set({ bodyHtml: form.bodyHtml.slice(0, start) + token + form.bodyHtml.slice(end) });
    caret.current = { start: start + token.length, end: start + token.length };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      {
        id: campaign?.id,
        name: form.name,
        segment_id: Number(form.segmentId),
        subject: form.subject,
        subject_b: form.abTest ? form.subjectB : null,
        sample_percent: form.abTest ? Number(form.samplePercent) : null,
        wait_hours: form.abTest ? Number(form.waitHours) : null,
        body_html: form.bodyHtml,
        body_text: form.bodyText || null,
      },
      {
        onSuccess: (saved) => {
          toast.success(`“${saved.name}” saved.`);
          onSaved(saved);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2" aria-label="Campaign">
      <Card className="flex min-w-0 flex-col gap-4 p-4">
        <InputField label="Name (only the studio sees it)" required maxLength={120} value={form.name} error={errors.name} onChange={(event) => set({ name: event.target.value })} />
        <SelectField label="Send to segment" required value={form.segmentId} error={errors.segment_id} onChange={(event) => set({ segmentId: event.target.value })}>
          <option value="">Choose a segment</option>
          {segments.data?.items.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name} ({segment.count.toLocaleString()} {segment.count === 1 ? 'client' : 'clients'})
            </option>
          ))}
        </SelectField>
        <InputField label="Subject" required maxLength={200} value={form.subject} error={errors.subject} onChange={(event) => set({ subject: event.target.value })} />
        <Checkbox label="Test a second subject on a sample first (A/B test)" checked={form.abTest} onChange={(event) => set({ abTest: event.target.checked })} />
        {form.abTest ? (
          <div className="flex flex-col gap-4 rounded-lg border border-border p-3">
            <InputField label="Second subject" required maxLength={200} value={form.subjectB} error={errors.subject_b} onChange={(event) => set({ subjectB: event.target.value })} />
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <InputField label="Sample (percent of recipients)" type="number" min={2} max={50} value={form.samplePercent} error={errors.sample_percent} onChange={(event) => set({ samplePercent: event.target.value })} />
              <InputField label="Hours before the winner goes to the rest" type="number" min={1} max={168} value={form.waitHours} error={errors.wait_hours} onChange={(event) => set({ waitHours: event.target.value })} />
            </div>
            <p className="text-sm text-muted">Half the sample gets each subject; the one opened more goes to everyone else.</p>
          </div>
        ) : null}
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium" id="merge-fields-label">
            Insert a merge field
          </p>
          <div className="flex flex-wrap gap-2" role="group" aria-labelledby="merge-fields-label">
            {mergeFields.data?.map((field) => (
              <Button key={field.name} variant="secondary" className="text-xs" title={field.description} onClick={() => insertField(field.name)}>
                {field.name.replaceAll('_', ' ')}
              </Button>
            ))}
          </div>
        </div>
        <TextareaField
          label="Message (HTML)"
          required
          rows={12}
          className="font-mono text-sm"
          value={form.bodyHtml}
          error={errors.body_html ?? errors.template}
          onChange={(event) => set({ bodyHtml: event.target.value })}
          onSelect={(event) => (caret.current = { start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd })}
        />
        <TextareaField
          label="Plain-text version"
          hint="Leave blank to make it from the HTML."
          rows={5}
          value={form.bodyText}
          error={errors.body_text}
          onChange={(event) => set({ bodyText: event.target.value })}
        />
        <FormAlert message={formErrorMessage(save.error)} />
        <div>
          <Button type="submit" loading={save.isPending}>
            Save draft
          </Button>
        </div>
      </Card>
      <Card className="flex min-w-0 flex-col gap-3 p-4">
        <h2 className="text-base font-semibold">Preview for a sample client</h2>
        {preview.data ? (
          <>
            <p className="text-sm">
              <span className="text-muted">Subject: </span>
              <span className="font-medium" data-testid="preview-subject">
                {preview.data.subject}
              </span>
              {preview.data.subject_b ? <span className="block text-muted">or: {preview.data.subject_b}</span> : null}
            </p>
            {/* An empty sandbox: the studio's HTML can neither run scripts nor reach the app. */}
            <iframe title="Email preview" sandbox="" srcDoc={preview.data.html} className="h-96 w-full rounded-lg border border-border bg-white" />
            <p className="text-sm text-muted">
              {preview.data.links.length
                ? `Clicks on ${preview.data.links.length === 1 ? 'its link' : `its ${preview.data.links.length} links`} are counted.`
                : 'It has no links whose clicks can be counted.'}
            </p>
          </>
        ) : preview.isError ? (
          <p className="text-sm text-danger">{formErrorMessage(preview.error)}</p>
        ) : (
          <p className="text-sm text-muted">Write a subject and a message to see them here.</p>
        )}
      </Card>
    </form>
  );
}
