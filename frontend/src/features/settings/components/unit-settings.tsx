import { useState, type FormEvent } from 'react';
import { isManager, type Me } from '@/features/auth/api/get-me';
import { useUpdateMe } from '@/features/auth/api/update-me';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { useUpdateOrganization } from '@/features/organizations/api/update-organization';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

type Choice = 'studio' | 'kg' | 'lb' | 'cm' | 'in';
const WEIGHTS = [
  { value: 'kg', label: 'Kilograms (kg)' },
  { value: 'lb', label: 'Pounds (lb)' },
] as const;
const LENGTHS = [
  { value: 'cm', label: 'Centimetres (cm)' },
  { value: 'in', label: 'Inches (in)' },
] as const;

function Options({ legend, name, options, value, onChange, studio }: { legend: string; name: string; options: readonly { value: string; label: string }[]; value: Choice; onChange: (value: Choice) => void; studio?: string }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {studio ? (
        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
          <input type="radio" name={name} className="size-5 accent-[var(--primary)]" checked={value === 'studio'} onChange={() => onChange('studio')} />
          Follow the studio ({studio})
        </label>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
          <input type="radio" name={name} className="size-5 accent-[var(--primary)]" checked={value === option.value} onChange={() => onChange(option.value as Choice)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The units measurements are shown and typed in: this person's own, else the studio's; managers also set the studio's. */
export function UnitSettings({ me }: { me: Me }) {
  const toast = useToast();
  const update = useUpdateMe();
  const [weight, setWeight] = useState<Choice>((me.own_weight_unit as Choice | null) ?? 'studio');
  const [length, setLength] = useState<Choice>((me.own_length_unit as Choice | null) ?? 'studio');
  const studioWeight = me.own_weight_unit ? undefined : me.weight_unit;
  const studioLength = me.own_length_unit ? undefined : me.length_unit;
  const changed = weight !== (me.own_weight_unit ?? 'studio') || length !== (me.own_length_unit ?? 'studio');

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { weight_unit: weight === 'studio' ? null : (weight as 'kg' | 'lb'), length_unit: length === 'studio' ? null : (length as 'cm' | 'in') },
      { onSuccess: (updated) => toast.success(`Measurements are now shown in ${updated.weight_unit} and ${updated.length_unit}.`) },
    );
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-labelledby="unit-settings-heading">
        <h2 id="unit-settings-heading" className="text-base font-semibold">
          Your units
        </h2>
        <p className="text-sm text-muted" data-testid="units-in-use">
          Weights are shown to you in <strong className="font-medium text-foreground">{me.weight_unit}</strong> and lengths in{' '}
          <strong className="font-medium text-foreground">{me.length_unit}</strong>.
        </p>
        <FormAlert message={formErrorMessage(update.error)} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Options legend="Weight" name="weight-unit" options={WEIGHTS} value={weight} onChange={setWeight} studio={studioWeight ?? 'the studio\u2019s unit'} />
          <Options legend="Length" name="length-unit" options={LENGTHS} value={length} onChange={setLength} studio={studioLength ?? 'the studio\u2019s unit'} />
        </div>
        <div className="flex justify-end">
          <Button type="submit" loading={update.isPending} disabled={!changed}>
            Save units
          </Button>
        </div>
      </form>
      {isManager(me) ? <StudioUnits /> : null}
    </Card>
  );
}

/** The studio's default units: everyone who has not chosen their own reads measurements in them. */
function StudioUnits() {
  const organization = useOrganization();
  const update = useUpdateOrganization();
  const toast = useToast();
  const data = organization.data as ({ weight_unit?: string; length_unit?: string } & object) | undefined;
  const [weight, setWeight] = useState<string>();
  const [length, setLength] = useState<string>();
  if (!data) return null;
  const chosenWeight = (weight ?? data.weight_unit ?? 'kg') as Choice;
  const chosenLength = (length ?? data.length_unit ?? 'cm') as Choice;
  const changed = chosenWeight !== data.weight_unit || chosenLength !== data.length_unit;
  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { weight_unit: chosenWeight as 'kg' | 'lb', length_unit: chosenLength as 'cm' | 'in' },
      { onSuccess: () => toast.success(`The studio's units are now ${chosenWeight} and ${chosenLength}.`) },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-3 border-t border-border pt-4" aria-labelledby="studio-units-heading">
      <h3 id="studio-units-heading" className="text-sm font-semibold">
        Studio default
      </h3>
      <p className="text-sm text-muted">Everyone who has not chosen their own units reads measurements in these.</p>
      <FormAlert message={formErrorMessage(update.error)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Options legend="Studio weight unit" name="studio-weight-unit" options={WEIGHTS} value={chosenWeight} onChange={(value) => setWeight(value)} />
        <Options legend="Studio length unit" name="studio-length-unit" options={LENGTHS} value={chosenLength} onChange={(value) => setLength(value)} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" loading={update.isPending} disabled={!changed}>
          Save studio units
        </Button>
      </div>
    </form>
  );
}
