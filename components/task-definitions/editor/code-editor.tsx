'use client';
// CodeMirror 6 for the task definition JSON: highlighting, line numbers, error markers from `diagnose`.
// Loaded with next/dynamic from the editor pages only, so list pages never ship it.
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef } from 'react';

// Colors come from CSS variables set on the wrapper, so light and dark themes both read well.
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--cm-key)' },
  { tag: tags.string, color: 'var(--cm-string)' },
  { tag: tags.number, color: 'var(--cm-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--cm-literal)' },
  { tag: tags.punctuation, color: 'var(--cm-punct)' },
]);

const theme = EditorView.theme({
  '&': { fontSize: '12px', height: '100%', backgroundColor: 'transparent', color: 'inherit' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--cm-gutter)', color: 'var(--cm-gutter-text)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--cm-active)' },
  '&.cm-focused': { outline: '2px solid var(--cm-focus)' },
  '.cm-cursor': { borderLeftColor: 'currentColor' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--cm-selection) !important' },
  '.cm-tooltip': { backgroundColor: 'var(--cm-gutter)', color: 'inherit' },
});

export interface CodeEditorProps {
  value: string;
  onChange: (text: string) => void;
  diagnose: (text: string) => Diagnostic[];
  label: string;
}

export default function CodeEditor({ value, onChange, diagnose, label }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, diagnose });
  latest.current = { onChange, diagnose };
  const applying = useRef(false);
  const initial = useRef(value);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: initial.current,
      extensions: [
        basicSetup,
        json(),
        syntaxHighlighting(highlight),
        theme,
        lintGutter(),
        linter((v) => latest.current.diagnose(v.state.doc.toString()), { delay: 200 }),
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !applying.current) latest.current.onChange(u.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    applying.current = true;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    applying.current = false;
  }, [value]);

  return (
    <div
      ref={host}
      className="h-full min-h-96 overflow-hidden rounded-lg border-2 border-zinc-300 bg-zinc-50 [--cm-active:#0000000a] [--cm-focus:#0284c7] [--cm-gutter-text:#52525b] [--cm-gutter:#f4f4f5] [--cm-key:#0f4c81] [--cm-literal:#9333ea] [--cm-number:#b45309] [--cm-punct:#52525b] [--cm-selection:#bae6fd] [--cm-string:#15803d] dark:border-zinc-600 dark:bg-zinc-950 dark:[--cm-active:#ffffff0d] dark:[--cm-focus:#38bdf8] dark:[--cm-gutter-text:#a1a1aa] dark:[--cm-gutter:#18181b] dark:[--cm-key:#7dd3fc] dark:[--cm-literal:#d8b4fe] dark:[--cm-number:#fcd34d] dark:[--cm-punct:#a1a1aa] dark:[--cm-selection:#075985] dark:[--cm-string:#86efac]"
    />
  );
}
