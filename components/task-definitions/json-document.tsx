// A read-only JSON document with a Copy button (the revision page's JSON tab, the CLI equivalent).
import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';
import { CopyTextButton } from './copy-text-button';

export function JsonDocument({ title, description, text }: { title: string; description?: ReactNode; text: string }) {
  return (
    <Panel title={title} description={description} actions={<CopyTextButton text={text} />}>
      <pre className="max-h-[70vh] overflow-auto rounded-lg bg-zinc-50 p-4 font-mono text-xs leading-5 dark:bg-zinc-950">
        {text}
      </pre>
    </Panel>
  );
}
