import { useDownloadMyData } from '@/features/privacy/api/export-data';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** The portal's "Download my data": everything the studio holds about the client, as a zip. */
export function MyDataCard({ studio }: { studio: string }) {
  const toast = useToast();
  const download = useDownloadMyData();
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="text-base font-semibold">Your data</h2>
        <p className="text-sm text-muted">
          A zip of everything {studio} keeps about you: your profile, sessions, workouts, measurements, check-ins, messages, invoices and your photos
          and files.
        </p>
      </div>
      <div>
        <Button
          variant="secondary"
          loading={download.isPending}
          onClick={() => download.mutate(undefined, { onSuccess: (file) => toast.success(`Downloaded ${file}.`), onError: (error) => toast.error(errorMessage(error)) })}
        >
          Download my data
        </Button>
      </div>
    </Card>
  );
}
