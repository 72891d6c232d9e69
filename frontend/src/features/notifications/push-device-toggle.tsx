import { useEffect, useState } from 'react';
import { PUSH_SENTENCES, readPushState, turnPushOff, turnPushOn, type PushState } from '@/features/notifications/push-device';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { ApiError } from '@/lib/api-error';

/** "Notifications on this device": push for this browser, turned on only by a click (never asked on load). */
export function PushDeviceToggle() {
  const [state, setState] = useState<PushState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    readPushState()
      .then((read) => current && setState(read))
      .catch((failure: unknown) => {
        if (!current) return;
        setState('off');
        setError(failure);
      });
    return () => {
      current = false;
    };
  }, []);

  async function change(action: () => Promise<PushState>) {
    setBusy(true);
    setError(null);
    try {
      setState(await action());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <h2 className="text-base font-semibold">Notifications on this device</h2>
      {state === null ? (
        <Spinner label="Checking this browser…" />
      ) : (
        <div className="mt-1 flex flex-col gap-3">
          <p className="text-sm text-muted" role="status">
            {PUSH_SENTENCES[state]}
          </p>
          <FormAlert message={errorSentence(error)} />
          {state === 'off' || state === 'on' ? (
            <div className="flex justify-end">
              <Button
                variant={state === 'on' ? 'secondary' : 'primary'}
                loading={busy}
                onClick={() => void change(state === 'on' ? turnPushOff : turnPushOn)}
              >
                {state === 'on' ? 'Turn off on this device' : 'Turn on for this device'}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}

function errorSentence(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return error.message;
  return 'This browser could not change its notifications. Try again, or reload the page.';
}
