// The one way an editor input is bound to its place in the draft:
//   <FormText label="Image URI" {...bind('containers', index, 'image')} />
// gives the input its path (its id, error and "touched" tracking come from it), the value there, and an onChange
// that writes the draft there. The path is checked member by member against the form model (lib/task-definition-
// form/form-path.ts). bindCheck does the same for a checkbox over an optional API boolean ('' | 'true' | 'false');
// bindRows gives a RowList its rows and their Add and Remove.
import type { TaskDefinitionForm, TriBool } from '@/lib/task-definition-form/form-model';
import { type FormPath, type FormPathTo, type FormValue, getAt, pathKey, setAt } from '@/lib/task-definition-form/form-path';

type Update = (recipe: (draft: TaskDefinitionForm) => void) => void;
type RowOf<P extends FormPath> = FormValue<P> extends readonly (infer E)[] ? E : never;

export function fieldBinding(form: TaskDefinitionForm, update: Update) {
  return {
    bind<P extends FormPathTo<string>>(...path: P) {
      return {
        path: pathKey(path),
        value: getAt(form, path),
        onChange: (value: FormValue<P>) => update((draft) => setAt(draft, path, value)),
      };
    },
    bindCheck<P extends FormPathTo<TriBool>>(...path: P) {
      return {
        path: pathKey(path),
        checked: getAt(form, path) === 'true',
        onChange: (on: boolean) => update((draft) => setAt(draft, path, (on ? 'true' : 'false') as FormValue<P>)),
      };
    },
    /** `newRow` gets the draft, for rows whose defaults depend on the rest of the form. */
    bindRows<P extends FormPathTo<readonly unknown[]>>(path: P, newRow: (draft: TaskDefinitionForm) => RowOf<P>) {
      const rowsIn = (form: TaskDefinitionForm) => getAt(form, path) as unknown as RowOf<P>[];
      return {
        rows: rowsIn(form),
        onAdd: () => update((draft) => void rowsIn(draft).push(newRow(draft))),
        onRemove: (index: number) => update((draft) => void rowsIn(draft).splice(index, 1)),
      };
    },
  };
}

export type FieldBinding = ReturnType<typeof fieldBinding>;
