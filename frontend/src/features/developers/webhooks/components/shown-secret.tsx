import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';

/** The one moment a signing secret is readable: copy it into the receiver now. */
export function ShownSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const toast = useToast();
  const box = useRef<HTMLDivElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      toast.success('Signing secret copied.');
    } catch {
      // The clipboard API needs a secure context and permission; selecting lets people copy by hand.
      box.current?.querySelector('input')?.select();
      toast.info('Select the secret and copy it.');
    }
  }

  return (
    <div ref={box} className="flex flex-col gap-3 rounded-lg border border-primary bg-primary-soft p-3" data-testid="shown-secret">
      <p className="text-sm font-semibold text-primary-text">Copy the signing secret now: it is shown only this once.</p>
      <p className="text-sm">Your receiver uses it to check that each request comes from this studio (see the FitnessCRM-Signature header).</p>
      <InputField label="Signing secret" readOnly value={secret} onFocus={(event) => event.target.select()} className="font-mono text-xs sm:text-xs" />
      <div className="flex flex-wrap gap-2">
        <Button onClick={copy}>Copy secret</Button>
        <Button variant="secondary" onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
