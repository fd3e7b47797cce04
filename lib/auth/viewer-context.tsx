'use client';
// The signed-in viewer for client components, so a button can show what the role cannot do as disabled, with the
// reason (the same words the server answers with when it refuses). The server still checks every change.
import { createContext, type ReactNode, useContext } from 'react';
import { deniedReason, type Role, type Viewer } from './roles';

const ViewerContext = createContext<Viewer | undefined>(undefined);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer | undefined {
  return useContext(ViewerContext);
}

/**
 * Why the viewer may not do something needing `role` (undefined when they may, or outside the console shell):
 * `const denied = useDenied('admin'); <Button disabled={!!denied} title={denied}>Delete</Button>`.
 */
export function useDenied(role: Role): string | undefined {
  const viewer = useContext(ViewerContext);
  return viewer ? deniedReason(viewer, role) : undefined;
}
