// Test helpers for the form schemas: what a form posts, and the field errors a schema answers with.
import type { z } from 'zod';
import { fieldErrorsFrom } from '../actions/action-state';
import { formDataToObject } from '../actions/form-data';

/** The object a form with these inputs posts, as the server actions read it (dotted names nest). */
export function form(entries: Record<string, string> | [string, string][]): Record<string, unknown> {
  const fd = new FormData();
  for (const [k, v] of Array.isArray(entries) ? entries : Object.entries(entries)) fd.append(k, v);
  return formDataToObject(fd);
}

/** The field errors of an input the schema must refuse; throws (failing the test) when it accepts it. */
export function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected the schema to refuse ${JSON.stringify(input)}`);
  return fieldErrorsFrom(result.error);
}
