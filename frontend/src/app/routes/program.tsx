import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { useArchiveProgramTemplate } from '@/features/training/api/archive-program-template';
import { useDuplicateProgramTemplate } from '@/features/training/api/duplicate-program-template';
import { useProgramTemplate, type ExerciseName, type ProgramTemplateDetail } from '@/features/training/api/get-program-template';
import { useSaveProgramTemplate } from '@/features/training/api/save-program-template';
import { AssignDialog } from '@/features/training/components/programs/assign-dialog';
import type { PickedExercise } from '@/features/training/components/programs/exercise-picker';
import { draftOf, ProgramBuilder, type Draft } from '@/features/training/components/programs/program-builder';
import { VersionsPanel } from '@/features/training/components/programs/versions-panel';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

export default function ProgramRoute() {
  const { programId } = useParams();
  const id = programId ? Number(programId) : 0;
  const template = useProgramTemplate(id);
  if (id && template.isPending) return <Spinner label="Loading the program…" />;
  if (id && template.isError) return <ErrorState error={template.error} onRetry={() => template.refetch()} />;
  return <Editor key={`${id}:${template.data?.current_version ?? 0}`} template={template.data} />;
}

function Editor({ template }: { template: ProgramTemplateDetail | undefined }) {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [names, setNames] = useState(() => new Map((template?.exercises ?? []).map((exercise) => [exercise.id, exercise.name])));
  const [assigning, setAssigning] = useState(false);
  const save = useSaveProgramTemplate(template?.id ?? null);
  const duplicate = useDuplicateProgramTemplate();
  const archive = useArchiveProgramTemplate();
  const editable = !template || template.can_edit;

  function submit() {
    save.mutate(
      {
        name: draft.name,
        description: draft.description || null,
        category: draft.category || null,
        tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
        visibility: draft.visibility,
        content: draft.content,
        base_version: template?.current_version ?? null,
      },
      {
        onSuccess: (saved) => {
          toast.success(saved.current_version === template?.current_version ? 'Saved; nothing in the program changed.' : `Saved as version ${saved.current_version}.`);
          if (!template) navigate(paths.program.getHref(saved.id), { replace: true });
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title={template ? template.name : 'New program'}
        description={
          template
            ? `Version ${template.current_version} · ${template.owner_name ?? 'FitnessCRM'}${template.archived_at ? ' · archived' : ''}${editable ? '' : ' · only its owner or a manager can change it; duplicate it to make your own'}`
            : 'Weeks, days and exercises with what to do; saving makes version 1.'
        }
        actions={
          <>
            {template ? (
              <>
                <Button variant="secondary" onClick={() => setAssigning(true)} disabled={!!template.archived_at}>
                  Assign
                </Button>
                <Button
                  variant="secondary"
                  loading={duplicate.isPending}
                  onClick={() => duplicate.mutate(template.id, { onSuccess: (copy) => navigate(paths.program.getHref(copy.id)), onError: (e) => toast.error(errorMessage(e)) })}
                >
                  Duplicate
                </Button>
                {editable ? (
                  <Button variant="ghost" onClick={() => archive.mutate({ id: template.id, archive: !template.archived_at }, { onError: (e) => toast.error(errorMessage(e)) })}>
                    {template.archived_at ? 'Restore' : 'Archive'}
                  </Button>
                ) : null}
              </>
            ) : null}
            {editable ? (
              <Button onClick={submit} loading={save.isPending}>
                Save
              </Button>
            ) : null}
          </>
        }
      />
      <FormAlert message={save.isError ? errorMessage(save.error) : undefined} />
      <div className="grid gap-4 xl:grid-cols-[1fr_22rem]">
        <ProgramBuilder
          draft={draft}
          onChange={setDraft}
          names={names}
          onName={(exercise: ExerciseName | PickedExercise) => setNames((current) => new Map(current).set(exercise.id, exercise.name))}
        />
        {template ? (
          <div>
            <VersionsPanel templateId={template.id} currentVersion={template.current_version} timeZone={me.timezone ?? undefined} />
          </div>
        ) : null}
      </div>
      {template ? <AssignDialog templateId={template.id} open={assigning} onClose={() => setAssigning(false)} /> : null}
    </>
  );
}
