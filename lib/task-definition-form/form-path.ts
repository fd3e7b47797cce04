// Typed paths into the task definition form: tuples such as ['containers', 0, 'image'] that the type checker
// follows member by member, and the dotted strings ('containers.0.image') that problems, input ids and "touched"
// tracking use. The editor binds every input through them (components/task-definitions/editor/field-binding.ts).
import type { TaskDefinitionForm } from './form-model';

type Key = string | number;

/** Every path to a member of T; `extra` (kept verbatim from the JSON, no inputs of its own) is left out. */
export type PathOf<T> = T extends readonly (infer E)[]
  ? [number] | [number, ...PathOf<E>]
  : T extends object
    ? { [K in Exclude<keyof T, 'extra'> & string]: [K] | [K, ...PathOf<T[K]>] }[Exclude<keyof T, 'extra'> & string]
    : never;

/** The type of the member of T at path P. */
export type ValueAt<T, P extends readonly Key[]> = P extends readonly [infer H, ...infer R extends Key[]]
  ? H extends keyof T
    ? ValueAt<T[H], R>
    : never
  : T;

export type FormPath = PathOf<TaskDefinitionForm>;
export type FormValue<P extends FormPath> = ValueAt<TaskDefinitionForm, P>;

/** The paths whose member is a V (a string, a TriBool, a list...). */
export type FormPathTo<V> = FormPath extends infer P
  ? P extends FormPath
    ? FormValue<P> extends V
      ? P
      : never
    : never
  : never;

/** ['containers', 0, 'image'] → 'containers.0.image'. */
export function pathKey(path: readonly Key[]): string {
  return path.join('.');
}

export function getAt<P extends FormPath>(form: TaskDefinitionForm, path: P): FormValue<P> {
  let node: unknown = form;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node as FormValue<P>;
}

/** Writes `value` at `path` in a draft (the editor's update() hands out a copy to write to). */
export function setAt<P extends FormPath>(draft: TaskDefinitionForm, path: P, value: FormValue<P>): void {
  const parent = getAt(draft, path.slice(0, -1) as FormPath) as unknown as Record<Key, unknown>;
  parent[path[path.length - 1]] = value;
}
