import { ExerciseLibrary } from '@/features/training/components/exercises/exercise-library';
import { PageHeader } from '@/components/ui/card';

export default function ExercisesRoute() {
  return (
    <>
      <PageHeader title="Exercises" description="The built-in library and your studio’s own exercises, for building programs." />
      <ExerciseLibrary />
    </>
  );
}
