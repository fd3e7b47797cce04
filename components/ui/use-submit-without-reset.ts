'use client';
// Submits a form to a server action without `<form action>`: React resets such a form after the action, which puts
// controlled selects back on their first option while the component state (and any summary drawn from it) keeps
// the submitted value. Forms that refill after a refusal use this instead.
import { type FormEvent, startTransition } from 'react';

export function useSubmitWithoutReset(formAction: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
}
