import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { useCopyText } from '@/components/ui/use-copy-text';

/** The one moment a signing secret is readable: copy it into the receiver now. */
export function ShownSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { box, copy } = useCopyText('Signing secret');


  return (
    <div ref={box} className="flex flex-col gap-3 rounded-lg border border-primary bg-primary-soft p-3" data-testid="shown-secret">
      <p className="text-sm font-semibold text-primary-text">Copy the signing secret now: it is shown only this once.</p>
      <p className="text-sm">Your receiver uses it to check that each request comes from this studio (see the FitnessCRM-Signature header).</p>
      <InputField label="Signing secret" readOnly value={secret} onFocus={(event) => event.target.select()} className="font-mono text-xs sm:text-xs" />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => copy(secret)}>Copy secret</Button>
        <Button variant="secondary" onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
