import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/lib/paths';

export default function ConsoleNotFound() {
  return (
    <Alert
      type="info"
      title="Page not found"
      action={<ButtonLink href={paths.clusters()}>Go to Clusters</ButtonLink>}
      className="my-4"
    >
      <p>There is nothing at this address in the console.</p>
    </Alert>
  );
}
