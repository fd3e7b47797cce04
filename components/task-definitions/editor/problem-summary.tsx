'use client';
// The list of problems at the top of the editor, each linking to its field.
import { forwardRef } from 'react';
import type { FormProblem } from '@/lib/task-definition-form/form-problems';
import { fieldId } from './editor-context';

export const ProblemSummary = forwardRef<HTMLDivElement, { problems: readonly FormProblem[] }>(function ProblemSummary(
  { problems },
  ref,
) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="td-problems-title"
      className="mb-5 rounded-xl border-2 border-red-600 bg-red-50 px-4 py-3 text-sm dark:border-red-500 dark:bg-red-950/60"
    >
      <p id="td-problems-title" className="font-bold">
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} before you continue
      </p>
      <ul className="mt-1 list-inside list-disc space-y-0.5">
        {problems.map((p, i) => (
          <li key={`${p.path}-${i}`}>
            {p.path ? (
              <a href={`#${fieldId(p.path)}`} className="underline">
                {p.message}
              </a>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
