'use client';
// The visual task definition editor: the AWS console's form sections side by side with the JSON, validated with
// ECS's rules as you go, then a review step (a diff against the revision it started from) before Create.
import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { idleState } from '@/lib/actions/action-state';
import { registerTaskDefinition } from '@/lib/actions/task-definitions';
import { CONTAINERS_PER_TASK_DEFINITION_MAX } from '@/lib/ecs-rules';
import { newContainer, newTaskDefinitionForm } from '@/lib/task-definition-form/form-model';
import { type FormProblem, inputPathToFormPath } from '@/lib/task-definition-form/form-problems';
import { inputToForm, type TaskDefinitionInput } from '@/lib/task-definition-form/mapping';
import { CopyTextButton } from '../copy-text-button';
import { JsonDiff } from '../json-diff';
import { ContainerSection } from './container-section';
import { type EditorApi, EditorContext } from './editor-context';
import { PathError } from './editor-fields';
import { fieldBinding } from './field-binding';
import { cliCommand, JsonPane } from './json-pane';
import { ProblemSummary } from './problem-summary';
import { StorageSection, TagsSection } from './storage-tags-section';
import { TaskSection } from './task-section';
import { formJson, useEditorState } from './use-editor-state';

export interface EditorBase {
  /** `web:3` */
  label: string;
  input: TaskDefinitionInput;
}

export function TaskDefinitionEditor({
  region,
  initial,
  base,
  cancelHref,
  jsonFirst = false,
}: {
  region: string;
  initial?: TaskDefinitionInput;
  base?: EditorBase;
  cancelHref: string;
  jsonFirst?: boolean;
}) {
  const start = useMemo(() => (initial ? inputToForm(initial) : newTaskDefinitionForm(region)), [initial, region]);
  const editor = useEditorState(start);
  const { form, update } = editor;
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [state, formAction, pending] = useActionState(registerTaskDefinition, idleState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { touch } = editor;

  // A field counts as touched once it loses focus; its errors show from then on.
  useEffect(() => {
    const root = rootRef.current;
    const onFocusOut = (e: FocusEvent) => {
      const path = (e.target as HTMLElement | null)?.dataset?.path;
      if (path) touch(path);
    };
    root?.addEventListener('focusout', onFocusOut);
    return () => root?.removeEventListener('focusout', onFocusOut);
  }, [touch]);

  const serverProblems: FormProblem[] = useMemo(() => {
    if (state.status !== 'error' || !state.fieldErrors) return [];
    return Object.entries(state.fieldErrors).flatMap(([path, messages]) =>
      messages.map((message) => ({ path: path === '_form' ? '' : inputPathToFormPath(path, form), message })),
    );
  }, [state, form]);

  useEffect(() => {
    if (serverProblems.length > 0) setStep('edit');
  }, [serverProblems]);

  const jsonProblem: FormProblem[] =
    editor.jsonResult && !editor.jsonResult.ok ? [{ path: '', message: `JSON editor: ${editor.jsonResult.message}` }] : [];
  const shown = editor.showAll ? [...jsonProblem, ...editor.problems] : [];
  const api: EditorApi = {
    form,
    update,
    ...fieldBinding(form, update),
    region,
    errorAt: (path) => editor.errorAt(path) ?? serverProblems.find((p) => p.path === path)?.message,
  };

  // Bumped by "Next: review" with problems; once the fields show their errors, focus moves to the first one (which
  // may be far above the button) or, for a problem no field owns, to the summary.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const field = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = field ?? summaryRef.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center' });
  }, [focusRequest]);

  const next = () => {
    editor.setShowAll(true);
    if (editor.problems.length > 0 || jsonProblem.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setStep('review');
    window.scrollTo({ top: 0 });
  };

  const json = formJson(form);
  return (
    <EditorContext.Provider value={api}>
      <div ref={rootRef}>
        {state.status === 'error' && (
          <Alert type="error" title="The task definition was not registered" className="mb-5">
            {state.message}
          </Alert>
        )}
        {step === 'edit' && (shown.length > 0 || serverProblems.length > 0) && (
          <ProblemSummary ref={summaryRef} problems={shown.length > 0 ? shown : serverProblems} />
        )}
        {step === 'edit' ? (
          <>
            <div className="grid items-start gap-5 2xl:grid-cols-2">
              <div className={jsonFirst ? '2xl:order-2' : undefined}>
                <TaskSection />
                <h2 className="mb-3 text-xl font-bold">Containers</h2>
                <PathError path="containers" />
                <div className="mb-5 space-y-5">
                  {form.containers.map((_, i) => (
                    <ContainerSection key={i} index={i} count={form.containers.length} />
                  ))}
                  <Button
                    disabled={form.containers.length >= CONTAINERS_PER_TASK_DEFINITION_MAX}
                    onClick={() => update((d) => void d.containers.push(newContainer(d.family, region)))}
                  >
                    Add container
                  </Button>
                </div>
                <StorageSection />
                <TagsSection />
              </div>
              <div className="2xl:sticky 2xl:top-4">
                <JsonPane json={editor.json} onChange={editor.editJson} result={editor.jsonResult} family={form.family} />
              </div>
            </div>
            <div className="flex justify-end gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-700">
              <ButtonLink href={cancelHref} variant="link">
                Cancel
              </ButtonLink>
              {/* No blur on press: a field's error appearing above would shift the button away before the click lands. */}
              <Button variant="primary" onMouseDown={(e) => e.preventDefault()} onClick={next}>
                Next: review
              </Button>
            </div>
          </>
        ) : (
          <Panel
            title="Review and create"
            description={base ? `Changes from ${base.label}. Nothing is registered until you choose Create.` : undefined}
            actions={<CopyTextButton text={json} label="Copy JSON" />}
          >
            {base ? (
              <JsonDiff
                before={formJson(inputToForm(base.input))}
                after={json}
                beforeLabel={base.label}
                afterLabel="New revision"
              />
            ) : (
              <pre className="max-h-[60vh] overflow-auto rounded-lg bg-zinc-50 p-4 font-mono text-xs dark:bg-zinc-950">
                {json}
              </pre>
            )}
            <p className="mt-4 text-sm">
              CLI equivalent: <code className="font-mono text-xs">{cliCommand(form.family)}</code>
            </p>
            <form action={formAction} className="mt-4 flex justify-end gap-2">
              <input type="hidden" name="document" value={json} />
              <Button variant="link" onClick={() => setStep('edit')}>
                Previous
              </Button>
              <PermittedButton needs="operator" type="submit" variant="primary" disabled={pending}>
                {pending ? 'Creating…' : 'Create'}
              </PermittedButton>
            </form>
          </Panel>
        )}
      </div>
    </EditorContext.Provider>
  );
}
