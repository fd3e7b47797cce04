'use client';
// A labelled "Copy" button for long text (JSON documents): ui/CopyButton puts the value in its aria-label, which
// suits an ARN but not a page of JSON.
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function CopyTextButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? 'Copied' : label}
      <span className="sr-only" aria-live="polite">
        {copied ? ' to the clipboard' : ''}
      </span>
    </Button>
  );
}
