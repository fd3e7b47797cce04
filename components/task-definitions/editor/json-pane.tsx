'use client';
// The JSON side of the editor: CodeMirror (loaded on demand) in sync with the form, error markers for JSON that
// does not parse or has unknown keys (the form keeps its last good state meanwhile), and the CLI equivalent.
import type { Diagnostic } from '@codemirror/lint';
import dynamic from 'next/dynamic';
import { Alert } from '@/components/ui/alert';
import { fromPastedJson, type PastedJsonResult } from '@/lib/task-definition-form/pasted-json';
import { CopyTextButton } from '../copy-text-button';

const CodeEditor = dynamic(() => import('./code-editor'), {
  ssr: false,
  loading: () => (
    <div
      role="status"
      className="min-h-96 animate-pulse rounded-lg border-2 border-zinc-300 bg-zinc-50 p-4 text-sm dark:border-zinc-600 dark:bg-zinc-950"
    >
      Loading the JSON editor…
    </div>
  ),
});

export const JSON_EDITOR_LABEL = 'Task definition JSON';

function diagnose(text: string): Diagnostic[] {
  const result = fromPastedJson(text);
  if (result.ok) return [];
  const from = Math.min(result.at ?? 0, text.length);
  const length = result.key ? result.key.length + 2 : 1;
  return [{ from, to: Math.min(from + length, text.length), severity: 'error', message: result.message }];
}

export function cliCommand(family: string): string {
  return `aws ecs register-task-definition --cli-input-json file://${family || 'task-definition'}.json`;
}

export function JsonPane({
  json,
  onChange,
  result,
  family,
}: {
  json: string;
  onChange: (text: string) => void;
  result?: PastedJsonResult;
  family: string;
}) {
  return (
    <section
      aria-label="JSON"
      className="flex flex-col gap-3 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <header className="flex items-center justify-between gap-2">
        <div>
          <h2 className="text-lg font-bold">JSON</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Edit here or in the form. Paste a describe-task-definition output or a --cli-input-json document.
          </p>
        </div>
        <CopyTextButton text={json} label="Copy JSON" />
      </header>
      <div className="h-[60vh]">
        <CodeEditor value={json} onChange={onChange} diagnose={diagnose} label={JSON_EDITOR_LABEL} />
      </div>
      {result && !result.ok && (
        <Alert type="error" title="The JSON is not applied to the form">
          {result.message}
        </Alert>
      )}
      {result?.ok && result.stripped.length > 0 && (
        <Alert type="info">Removed output-only keys: {result.stripped.join(', ')}.</Alert>
      )}
      <div className="rounded-lg bg-zinc-50 p-3 dark:bg-zinc-950">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-bold">CLI equivalent</h3>
          <CopyTextButton text={cliCommand(family)} label="Copy command" />
        </div>
        <code className="mt-1 block font-mono text-xs break-all">{cliCommand(family)}</code>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Save the JSON above as {family || 'task-definition'}.json: it is the --cli-input-json document.
        </p>
      </div>
    </section>
  );
}
