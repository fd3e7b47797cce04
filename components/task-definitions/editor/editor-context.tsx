'use client';
// What every editor section needs: the form, an `update` that edits a draft copy, the field binding
// (bind/bindCheck/bindRows, see field-binding.ts), the problems to show at a path, and the Region (for the awslogs
// defaults). Sections read it with useEditor().
import { createContext, useContext } from 'react';
import type { TaskDefinitionForm } from '@/lib/task-definition-form/form-model';
import type { FieldBinding } from './field-binding';

export interface EditorApi extends FieldBinding {
  form: TaskDefinitionForm;
  update: (recipe: (draft: TaskDefinitionForm) => void) => void;
  /** The first message to show at a form path (after the field was left or a review was asked for). */
  errorAt: (path: string) => string | undefined;
  region: string;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor() outside <EditorContext>');
  return api;
}

/** The DOM id of the input that edits a form path (`containers.0.image` → `td-containers-0-image`). */
export function fieldId(path: string): string {
  return `td-${path.replace(/\./g, '-')}`;
}
