// Who is signed in, with which role, and read-only mode, always visible in the header; Sign out when signed in.
import { signOut } from '@/lib/actions/session';
import { ROLE_LABELS, type Viewer } from '@/lib/auth/roles';

export function UserMenu({ viewer }: { viewer: Viewer }) {
  return (
    <div className="flex items-center gap-2 text-xs">
      {viewer.readOnly && (
        <span
          data-testid="read-only-badge"
          title="ECS_CONSOLE_READ_ONLY is set: every change is refused on the server."
          className="rounded-full bg-amber-400 px-2.5 py-0.5 font-bold text-zinc-950"
        >
          Read-only
        </span>
      )}
      <span data-testid="signed-in-user" className="text-zinc-200">
        {viewer.auth === 'none' ? (
          <span title="Sign-in is off (ECS_CONSOLE_AUTH=none): the console answers only on this machine.">Local user</span>
        ) : (
          <>
            Signed in as <strong className="text-zinc-50">{viewer.name}</strong>
          </>
        )}
      </span>
      <span data-testid="signed-in-role" className="rounded-full border border-zinc-500 px-2 py-0.5 font-bold text-zinc-100">
        {ROLE_LABELS[viewer.role]}
      </span>
      {viewer.auth !== 'none' && (
        <form action={signOut}>
          <button type="submit" className="rounded-md px-2 py-1 font-semibold text-sky-300 hover:bg-zinc-800">
            Sign out
          </button>
        </form>
      )}
    </div>
  );
}
