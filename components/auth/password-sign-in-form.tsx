'use client';
// The user name and password form of ECS_CONSOLE_AUTH=password; the signIn action checks and starts the session.
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { errorMessage, idleState, submittedValue } from '@/lib/actions/action-state';
import { signIn } from '@/lib/actions/session';

export function PasswordSignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signIn, idleState);
  const error = errorMessage(state);
  return (
    <form action={formAction} className="space-y-4">
      {error && (
        <Alert type="error" title="Sign-in failed">
          {error}
        </Alert>
      )}
      <input type="hidden" name="next" value={next} />
      <TextField
        id="username"
        name="username"
        label="User name"
        autoComplete="username"
        required
        defaultValue={submittedValue(state, 'username')}
      />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Button variant="primary" type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
