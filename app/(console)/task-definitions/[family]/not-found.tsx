import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/lib/paths';

export default function TaskDefinitionNotFound() {
  return (
    <Alert
      type="error"
      title="Task definition not found"
      action={<ButtonLink href={paths.taskDefinitions()}>View task definitions</ButtonLink>}
      className="my-4"
    >
      <p>
        This task definition or revision does not exist in this Region, or it has been deleted. Check the name and the selected
        Region.
      </p>
    </Alert>
  );
}
