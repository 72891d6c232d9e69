import { useId, useState } from 'react';
import { fileToBase64, useInspectImport, useRunImport, type ImportInspection, type ImportResult } from '@/features/clients/api/import-clients';
import { IMPORT_FIELDS, mappingProblems, type Mapping } from '@/features/clients/components/import-fields';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { FormSection } from '@/components/ui/form-section';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form';

const MAX_MB = 5;
const STEPS = ['Upload', 'Match columns', 'Check', 'Done'] as const;
type Upload = { name: string; content: string; inspection: ImportInspection };
type Existing = 'update' | 'skip';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** Upload a CSV, match its columns to our fields, review every row's problems, import, see what happened. */
export function ImportWizard() {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [existing, setExisting] = useState<Existing>('update');
  const [review, setReview] = useState<ImportResult | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);
  const inspect = useInspectImport();
  const run = useRunImport();
  const step = done ? 3 : review ? 2 : upload ? 1 : 0;

  const restart = () => {
    setUpload(null);
    setReview(null);
    setDone(null);
    setSkipInvalid(false);
    inspect.reset();
    run.reset();
  };

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-wrap gap-2 text-sm" aria-label="Import steps">
        {STEPS.map((label, index) => (
          <li key={label} aria-current={index === step ? 'step' : undefined} className={index === step ? 'font-semibold text-primary-text' : 'text-muted'}>
            {index + 1}. {label}
            {index < STEPS.length - 1 ? <span aria-hidden> ›</span> : null}
          </li>
        ))}
      </ol>
      {step === 0 ? (
        <UploadStep
          pending={inspect.isPending}
          error={inspect.error}
          onFile={async (file) => {
            const content = await fileToBase64(file);
            inspect.mutate(content, {
              onSuccess: (inspection) => {
                setUpload({ name: file.name, content, inspection });
                setMapping(inspection.mapping);
              },
            });
          }}
        />
      ) : null}
      {step === 1 && upload ? (
        <MappingStep
          upload={upload}
          mapping={mapping}
          existing={existing}
          pending={run.isPending}
          error={run.error}
          onMapping={setMapping}
          onExisting={setExisting}
          onBack={restart}
          onCheck={() => run.mutate({ file: upload.content, mapping, existing, dry_run: true, skip_invalid: false }, { onSuccess: setReview })}
        />
      ) : null}
      {step === 2 && upload && review ? (
        <ReviewStep
          review={review}
          existing={existing}
          skipInvalid={skipInvalid}
          pending={run.isPending}
          error={run.error}
          onSkipInvalid={setSkipInvalid}
          onBack={() => {
            setReview(null);
            run.reset();
          }}
          onImport={() => run.mutate({ file: upload.content, mapping, existing, dry_run: false, skip_invalid: skipInvalid }, { onSuccess: setDone })}
        />
      ) : null}
      {step === 3 && done ? <DoneStep result={done} onAgain={restart} /> : null}
    </div>
  );
}

function UploadStep({ pending, error, onFile }: { pending: boolean; error: unknown; onFile: (file: File) => void }) {
  const id = useId();
  const toast = useToast();
  return (
    <FormSection title="Choose a CSV file" description="Your clients’ names and whatever else you have: emails, phones, birthdays, tags, status, notes.">
      <div className="flex flex-col gap-3 sm:col-span-2">
        <FormAlert message={formErrorMessage(error)} />
        <label htmlFor={id} className="text-sm font-medium">
          CSV file (up to {MAX_MB} MB)
        </label>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          disabled={pending}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-border file:bg-surface file:px-4 file:font-semibold file:text-foreground"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            if (file.size > MAX_MB * 2 ** 20) toast.error(`That file is larger than ${MAX_MB} MB; split it and import the parts one after another.`);
            else onFile(file);
            event.target.value = '';
          }}
        />
        {pending ? <p className="text-sm text-muted">Reading the file…</p> : null}
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
          <li>From FitnessCRM: the clients list’s Export → CSV reads back as it is.</li>
          <li>From TrueCoach, Trainerize, Mindbody or another app: export your client list as CSV.</li>
          <li>From Excel, Numbers or Google Sheets: save or download the sheet as CSV. Any column order works; you match the columns next.</li>
        </ul>
      </div>
    </FormSection>
  );
}

type MappingStepProps = {
  upload: Upload;
  mapping: Mapping;
  existing: Existing;
  pending: boolean;
  error: unknown;
  onMapping: (mapping: Mapping) => void;
  onExisting: (existing: Existing) => void;
  onBack: () => void;
  onCheck: () => void;
};

function MappingStep({ upload, mapping, existing, pending, error, onMapping, onExisting, onBack, onCheck }: MappingStepProps) {
  const problems = mappingProblems(mapping);
  const { inspection } = upload;
  return (
    <>
      <FormSection
        title="Match the columns"
        description={`${upload.name}: ${plural(inspection.rows, 'row')} · ${inspection.encoding} · columns separated by “${inspection.delimiter === '\t' ? 'tab' : inspection.delimiter}”. Columns we recognised are chosen already; leave out what you do not need.`}
      >
        {IMPORT_FIELDS.map((field) => (
          <SelectField
            key={field.key}
            label={field.label}
            value={mapping[field.key] === undefined ? '' : String(mapping[field.key])}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === '') delete next[field.key];
              else next[field.key] = Number(event.target.value);
              onMapping(next);
            }}
          >
            <option value="">— Not in the file —</option>
            {inspection.columns.map((column) => (
              <option key={column.index} value={column.index}>
                {column.name}
                {column.samples.length ? ` (e.g. ${column.samples.slice(0, 2).join(', ')})` : ''}
              </option>
            ))}
          </SelectField>
        ))}
      </FormSection>
      <FormSection title="Clients already here" description="Clients are matched by email, so importing the same file twice adds nobody twice. Rows without an email are added every time.">
        <fieldset className="flex flex-col gap-2 sm:col-span-2">
          <legend className="sr-only">Clients already here</legend>
          {(
            [
              ['update', 'Update them with the file’s values', 'Blank cells never erase anything; an archived client stays archived.'],
              ['skip', 'Leave them as they are', 'Only clients who are not here yet are added.'],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-start gap-2 text-sm">
              <input type="radio" name="existing" className="mt-0.5 size-5 accent-[var(--primary)]" checked={existing === value} onChange={() => onExisting(value)} />
              <span>
                <span className="font-medium">{label}</span>
                <span className="block text-muted">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </FormSection>
      <FormAlert message={problems.length ? problems.join(' ') : formErrorMessage(error)} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onBack}>
          Choose another file
        </Button>
        <Button disabled={problems.length > 0} loading={pending} onClick={onCheck}>
          Check {plural(inspection.rows, 'row')}
        </Button>
      </div>
    </>
  );
}

function Counts({ result }: { result: ImportResult }) {
  const items: [string, number][] = [
    [result.dry_run ? 'New clients to add' : 'Clients added', result.created],
    [result.dry_run ? 'Clients to update' : 'Clients updated', result.updated],
    ['Already up to date', result.unchanged],
    ['Already here, left alone', result.skipped],
    [result.dry_run ? 'Rows with problems' : 'Rows skipped for problems', result.invalid],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-border p-3">
          <dt className="text-xs text-muted">{label}</dt>
          <dd className="text-2xl font-bold tabular-nums">{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

type ReviewStepProps = {
  review: ImportResult;
  existing: Existing;
  skipInvalid: boolean;
  pending: boolean;
  error: unknown;
  onSkipInvalid: (skip: boolean) => void;
  onBack: () => void;
  onImport: () => void;
};

function ReviewStep({ review, existing, skipInvalid, pending, error, onSkipInvalid, onBack, onImport }: ReviewStepProps) {
  const writes = review.created + (existing === 'update' ? review.updated : 0);
  const blocked = review.invalid > 0 && !skipInvalid;
  return (
    <>
      <Card className="flex flex-col gap-4">
        <div>
          <h2 className="text-base font-semibold">Nothing is imported yet: this is what will happen</h2>
          <p className="text-sm text-muted">{plural(review.rows, 'row')} checked with the same rules as a client added by hand.</p>
        </div>
        <Counts result={review} />
        {review.errors.length ? (
          <div>
            <h3 className="mb-2 text-sm font-semibold">Rows with problems</h3>
            <ul className="max-h-80 divide-y divide-border overflow-y-auto rounded-lg border border-border" aria-label="Rows with problems">
              {review.errors.map((problem) => (
                <li key={problem.row} className="flex gap-3 px-3 py-2 text-sm">
                  <span className="w-16 shrink-0 font-semibold">Row {problem.row}</span>
                  <span className="min-w-0">{problem.messages.join(' ')}</span>
                </li>
              ))}
            </ul>
            {review.invalid > review.errors.length ? <p className="mt-1 text-sm text-muted">…and {plural(review.invalid - review.errors.length, 'more row')}.</p> : null}
            <p className="mt-2 text-sm text-muted">Fix these rows in the file and check it again, or skip them now and add those clients later.</p>
            <Checkbox label={`Skip the ${plural(review.invalid, 'row')} with problems and import the rest`} checked={skipInvalid} onChange={(event) => onSkipInvalid(event.target.checked)} />
          </div>
        ) : null}
      </Card>
      <FormAlert message={formErrorMessage(error)} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onBack}>
          Back to the columns
        </Button>
        <Button disabled={blocked || writes === 0} loading={pending} onClick={onImport}>
          {writes === 0 ? 'Nothing to import' : `Import ${plural(writes, 'client')}`}
        </Button>
      </div>
    </>
  );
}

function DoneStep({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  return (
    <Card className="flex flex-col gap-4" role="status">
      <div>
        <h2 className="text-base font-semibold">Import finished</h2>
        <p className="text-sm text-muted">Each added or updated client has an entry in the activity log.</p>
      </div>
      <Counts result={result} />
      <div className="flex flex-wrap gap-2">
        <ButtonLink to={paths.clients.getHref('?sort=-created_at')}>See your clients</ButtonLink>
        <Button variant="secondary" onClick={onAgain}>
          Import another file
        </Button>
        <ButtonLink to={paths.dashboard.getHref()} variant="ghost">
          Back to the dashboard
        </ButtonLink>
      </div>
    </Card>
  );
}
