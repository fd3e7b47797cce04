// The part of the ECS cluster query language that memberOf placement constraints use here:
// `attribute:<name> <op> <value>` or `ec2InstanceId <op> <value>`, op one of ==, !=, =~ (* wildcards), in,
// not_in (value `[a, b]`), exists, !exists; clauses joined by `and` or `or` (and binds tighter; no parentheses).
import { invalidParameter } from '../common/errors';
import type { InstanceDoc } from './model';

interface Clause {
  subject: string;
  op: '==' | '!=' | '=~' | 'in' | 'not_in' | 'exists' | '!exists';
  values: string[];
}

/** Disjunction of conjunctions. */
export type MemberOfExpression = Clause[][];

/** The id at the end of a container instance ARN the engine wrote itself. */
export function instanceIdOf(instanceArn: string): string {
  return instanceArn.slice(instanceArn.lastIndexOf('/') + 1);
}

const CLAUSE =
  /^(attribute:[a-zA-Z0-9_.:-]+|ec2InstanceId)(\s*==|\s*!=|\s*=~|\s+in\s+|\s+not_in\s+|\s+exists$|\s+!exists$)?\s*(.*)$/;

function parseClause(text: string, whole: string): Clause {
  const m = CLAUSE.exec(text.trim());
  const bad = () =>
    invalidParameter(
      `The memberOf expression '${whole}' is not supported by the local engine. Use attribute:<name> or ec2InstanceId with ==, !=, =~, in [..], not_in [..] or exists, joined by and / or.`,
    );
  if (!m) throw bad();
  const [, subject, rawOp, rest] = m;
  const op = (rawOp ?? 'exists').trim() as Clause['op'];
  if (op === 'exists' || op === '!exists') {
    if (rest.trim() !== '') throw bad();
    return { subject, op, values: [] };
  }
  let value = rest.trim();
  if (value === '') throw bad();
  if (op === 'in' || op === 'not_in') {
    if (!/^\[.*\]$/.test(value)) throw bad();
    value = value.slice(1, -1);
    return {
      subject,
      op,
      values: value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  }
  return { subject, op, values: [value] };
}

export function parseExpression(expression: string): MemberOfExpression {
  return expression.split(/\s+or\s+/i).map((part) => part.split(/\s+and\s+/i).map((c) => parseClause(c, expression)));
}

function subjectValue(subject: string, instance: InstanceDoc): string | undefined {
  if (subject === 'ec2InstanceId') return instance.ec2InstanceId;
  const name = subject.slice('attribute:'.length);
  const found = instance.attributes?.find((a) => a.name === name);
  return found ? (found.value ?? '') : undefined;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function matchesClause(clause: Clause, instance: InstanceDoc): boolean {
  const value = subjectValue(clause.subject, instance);
  switch (clause.op) {
    case 'exists':
      return value !== undefined;
    case '!exists':
      return value === undefined;
    case '==':
      return value === clause.values[0];
    case '!=':
      return value !== clause.values[0];
    case '=~':
      return value !== undefined && wildcard(clause.values[0]).test(value);
    case 'in':
      return value !== undefined && clause.values.includes(value);
    case 'not_in':
      return value === undefined || !clause.values.includes(value);
  }
}

export function matchesExpression(expression: MemberOfExpression, instance: InstanceDoc): boolean {
  return expression.some((all) => all.every((clause) => matchesClause(clause, instance)));
}
