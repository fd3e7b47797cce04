// ECS's rules for a container's port mappings (part of the task definition rules in task-definition.ts).
import type { ContainerDefinition, PortMapping } from '@aws-sdk/client-ecs';
import { PORT_NAME_PATTERN } from './names';

interface Problem {
  path: string;
  message: string;
}

export const PORT_MIN = 1;
export const PORT_MAX = 65535;

/** In awsvpc and host modes the host port is the container port; 0 counts as "not set". */
export function hostPortMustMatch(networkMode: string): boolean {
  return networkMode === 'awsvpc' || networkMode === 'host';
}

/** `"8000-8010"` → [8000, 8010], or undefined when the text is not a port range. */
export function parsePortRange(value: string): [number, number] | undefined {
  const m = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * Problems with container `i`'s port mappings. `portNames` collects port names across the whole task
 * (name → container), since Service Connect needs them unique in the task definition.
 */
export function portMappingProblems(
  c: ContainerDefinition,
  i: number,
  networkMode: string,
  portNames: Map<string, string>,
): Problem[] {
  const out: Problem[] = [];
  const name = c.name ?? '';
  const seen = new Set<string>();
  (c.portMappings ?? []).forEach((pm, j) => {
    const path = `containerDefinitions.${i}.portMappings.${j}`;
    out.push(...portProblems(pm, path, name, networkMode));
    if (pm.containerPort !== undefined) {
      const key = `${pm.containerPort}/${pm.protocol ?? 'tcp'}`;
      if (seen.has(key))
        out.push({
          path: `${path}.containerPort`,
          message: `Container '${name}' maps container port ${key} more than once. Remove the duplicate port mapping.`,
        });
      seen.add(key);
    }
    if (pm.name !== undefined) {
      if (!PORT_NAME_PATTERN.test(pm.name))
        out.push({
          path: `${path}.name`,
          message: `Invalid port mapping name '${pm.name}' for container '${name}'. Use up to 64 lowercase letters, numbers, underscores (_) and hyphens (-), not starting with a hyphen.`,
        });
      else if (portNames.has(pm.name))
        out.push({
          path: `${path}.name`,
          message: `Port mapping name '${pm.name}' is already used by container '${portNames.get(pm.name)}'. Port names must be unique within a task definition.`,
        });
      else portNames.set(pm.name, name);
    }
  });
  return out;
}

function portProblems(pm: PortMapping, path: string, name: string, networkMode: string): Problem[] {
  const out: Problem[] = [];
  if (pm.containerPortRange !== undefined) {
    out.push(...rangeProblems(pm, path, name, networkMode));
  } else if (pm.containerPort === undefined || pm.containerPort < PORT_MIN || pm.containerPort > PORT_MAX) {
    out.push({
      path: `${path}.containerPort`,
      message: `Invalid 'containerPort' setting for container '${name}'. Use a port from ${PORT_MIN} to ${PORT_MAX}.`,
    });
  }
  if (pm.hostPort !== undefined && (pm.hostPort < 0 || pm.hostPort > PORT_MAX))
    out.push({
      path: `${path}.hostPort`,
      message: `Invalid 'hostPort' setting for container '${name}'. Use a port from 0 to ${PORT_MAX}.`,
    });
  else if (
    hostPortMustMatch(networkMode) &&
    pm.hostPort !== undefined &&
    pm.hostPort !== 0 &&
    pm.containerPort !== undefined &&
    pm.hostPort !== pm.containerPort
  )
    out.push({
      path: `${path}.hostPort`,
      message: `When networkMode=${networkMode}, the host ports and container ports in port mappings must match.`,
    });
  return out;
}

function rangeProblems(pm: PortMapping, path: string, name: string, networkMode: string): Problem[] {
  const range = parsePortRange(pm.containerPortRange ?? '');
  const at = `${path}.containerPortRange`;
  if (pm.containerPort !== undefined)
    return [{ path: at, message: `Container '${name}': set either a container port or a container port range, not both.` }];
  if (!range || range[0] < PORT_MIN || range[1] > PORT_MAX || range[0] >= range[1])
    return [
      {
        path: at,
        message: `Invalid 'containerPortRange' '${pm.containerPortRange}' for container '${name}'. Use first-last, for example 8000-8010, with ports from ${PORT_MIN} to ${PORT_MAX} and the first lower than the last.`,
      },
    ];
  if (networkMode !== 'awsvpc' && networkMode !== 'bridge')
    return [{ path: at, message: 'Container port ranges need networkMode awsvpc or bridge.' }];
  if (pm.hostPort !== undefined)
    return [{ path: `${path}.hostPort`, message: `Leave the host port empty when container '${name}' maps a port range.` }];
  return [];
}
