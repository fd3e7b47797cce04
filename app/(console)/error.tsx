'use client';
// Last resort for real bugs in a console page (ECS failures are rendered as EcsErrorPanel by the pages themselves).
import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <Alert type="error" title="This page failed to load" action={<Button onClick={reset}>Try again</Button>} className="my-4">
      <p>
        Something unexpected went wrong while rendering this page. The server log has the details
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
    </Alert>
  );
}
