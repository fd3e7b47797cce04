import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/lib/paths';

export default function ClusterNotFound() {
  return (
    <Alert
      type="error"
      title="Cluster not found"
      action={<ButtonLink href={paths.clusters()}>View clusters</ButtonLink>}
      className="my-4"
    >
      <p>The cluster does not exist in this Region, or it has been deleted. Check the name and the selected Region.</p>
    </Alert>
  );
}
