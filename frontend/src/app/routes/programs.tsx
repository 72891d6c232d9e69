import { TemplatesList } from '@/features/training/components/programs/templates-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

export default function ProgramsRoute() {
  return (
    <>
      <PageHeader
        title="Programs"
        description="Program templates: the studio’s shared ones and your own. Open one to build, compare versions or assign it."
        actions={<ButtonLink to={paths.programNew.getHref()}>New program</ButtonLink>}
      />
      <TemplatesList />
    </>
  );
}
