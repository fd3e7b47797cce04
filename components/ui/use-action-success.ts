'use client';
// Runs `onSuccess` once for each new successful answer of a form action (useActionState), e.g. to close a
// dialog and refetch the live views; the same answer rendered again does not run it twice.
import { useEffect, useRef } from 'react';

export function useActionSuccess<S extends { status: string }>(state: S, onSuccess: (state: S) => void): void {
  const handled = useRef<S>(state);
  const callback = useRef(onSuccess);
  callback.current = onSuccess;
  useEffect(() => {
    if (state.status !== 'success' || handled.current === state) return;
    handled.current = state;
    callback.current(state);
  }, [state]);
}
