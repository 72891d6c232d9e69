import { useState } from 'react';
import { useSaveDocumentFolder } from '@/features/documents/api/save-document-folder';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';

/** Name a new folder, at the top of the library or inside the folder open now. */
export function FolderDialog({ open, parent, onClose }: { open: boolean; parent: { id: number; name: string } | null; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={parent ? `New folder inside ${parent.name}` : 'New folder'}>
      {open ? <FolderForm parent={parent} onClose={onClose} /> : null}
    </Dialog>
  );
}

function FolderForm({ parent, onClose }: { parent: { id: number; name: string } | null; onClose: () => void }) {
  const toast = useToast();
  const save = useSaveDocumentFolder();
  const [name, setName] = useState('');
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { name: name.trim(), parentId: parent?.id ?? null },
          {
            onSuccess: (folder) => {
              toast.success(`Added the folder ${folder.name}.`);
              onClose();
            },
          },
        );
      }}
    >
      <InputField label="Folder name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} autoFocus />
      <FormAlert message={save.error?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
          Add folder
        </Button>
      </div>
    </form>
  );
}
