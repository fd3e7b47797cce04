// What a Logs or metrics view shows when the credentials may not read what it needs: the IAM action to grant, in
// plain words, instead of an error page (the rest of the page keeps working).
import { Alert } from '@/components/ui/alert';
import type { MissingPermission } from '@/lib/aws/permission';

export function MissingPermissionPanel({ denied, what }: { denied: MissingPermission; what: string }) {
  return (
    <Alert type="info" title={`Missing permission: ${denied.action}`} className="my-2">
      <p>
        The credentials the console uses may not call <code className="font-mono">{denied.action}</code>, so {what} cannot be
        shown. Add it to their IAM policy, then refresh.
      </p>
      <p className="mt-1 text-xs opacity-75">{denied.message}</p>
    </Alert>
  );
}
