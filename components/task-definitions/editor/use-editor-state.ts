'use client';
// The editor's state: the form is the source of truth; the JSON text follows it, except while the user is
// typing JSON, when the form follows the JSON as soon as it parses (and is left alone while it does not).
import { useCallback, useMemo, useState } from 'react';
import type { TaskDefinitionForm } from '@/lib/task-definition-form/form-model';
import { type FormProblem, problemsByPath, validateForm } from '@/lib/task-definition-form/form-problems';
import { formToInput, inputToForm } from '@/lib/task-definition-form/mapping';
import { fromPastedJson, type PastedJsonResult } from '@/lib/task-definition-form/pasted-json';

export function formJson(form: TaskDefinitionForm): string {
  return JSON.stringify(formToInput(form), null, 2);
}

export function useEditorState(initial: TaskDefinitionForm) {
  const [form, setForm] = useState(initial);
  // Text typed into the JSON editor; undefined while the JSON simply mirrors the form.
  const [typedJson, setTypedJson] = useState<string>();
  const [jsonResult, setJsonResult] = useState<PastedJsonResult>();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const update = useCallback((recipe: (draft: TaskDefinitionForm) => void) => {
    setForm((current) => {
      const draft = structuredClone(current);
      recipe(draft);
      return draft;
    });
    setTypedJson(undefined);
    setJsonResult(undefined);
  }, []);

  const editJson = useCallback((text: string) => {
    setTypedJson(text);
    const result = fromPastedJson(text);
    setJsonResult(result);
    if (result.ok) setForm(inputToForm(result.input));
  }, []);

  const json = useMemo(() => typedJson ?? formJson(form), [typedJson, form]);
  const problems: FormProblem[] = useMemo(() => validateForm(form), [form]);
  const byPath = useMemo(() => problemsByPath(problems), [problems]);

  const errorAt = useCallback(
    (path: string) => (showAll || touched.has(path) ? byPath[path]?.[0] : undefined),
    [byPath, showAll, touched],
  );
  const touch = useCallback((path: string) => {
    setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
  }, []);

  return { form, update, json, editJson, jsonResult, problems, errorAt, touch, showAll, setShowAll };
}
