// Images are pulled only when absent, with the user's Docker credentials where `~/.docker/config.json` (or
// $DOCKER_CONFIG/config.json) has them in `auths` (credential helpers and credsStore are not read). A pull that
// fails becomes ECS's `CannotPullContainerError: <Docker's reason>`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';

interface AuthConfig {
  username: string;
  password: string;
  serveraddress: string;
}

/** The registry host an image reference names (Docker Hub when it names none). */
export function registryOf(image: string): string {
  const first = image.split('/')[0];
  const isHost = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? first : 'docker.io';
}

/** The credentials config.json keeps for a registry, if any. */
export function credentialsFor(
  image: string,
  configDir = process.env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker'),
): AuthConfig | undefined {
  let config: { auths?: Record<string, { auth?: string; username?: string; password?: string }> };
  try {
    config = JSON.parse(fs.readFileSync(path.join(configDir, 'config.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const registry = registryOf(image);
  const keys =
    registry === 'docker.io'
      ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
      : [registry, `https://${registry}`];
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, serveraddress: key };
    if (entry.auth) {
      const [username, ...rest] = Buffer.from(entry.auth, 'base64').toString('utf8').split(':');
      return { username, password: rest.join(':'), serveraddress: key };
    }
  }
  return undefined;
}

function withTag(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? image : `${image}:latest`;
}

/**
 * Pulls the image unless Docker has it. Resolves to undefined, or to the ECS reason the pull failed with. `present`
 * remembers images already found, so 50 tasks of one image ask Docker once (a removed image then fails the create,
 * with Docker's message).
 */
export async function ensureImage(docker: Docker, image: string, present: Set<string> = new Set()): Promise<string | undefined> {
  if (present.has(image)) return undefined;
  try {
    await docker.getImage(image).inspect();
    present.add(image);
    return undefined;
  } catch {
    // not here: pull it
  }
  try {
    const stream = await docker.pull(withTag(image), { authconfig: credentialsFor(image) });
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (err: Error | null, output: { error?: string }[]) => {
        const failed = output?.find((o) => o.error);
        if (err) reject(err);
        else if (failed?.error) reject(new Error(failed.error));
        else resolve();
      });
    });
    present.add(image);
    return undefined;
  } catch (err) {
    const message = ((err as { json?: { message?: string } }).json?.message ?? (err as Error).message ?? String(err)).trim();
    return `CannotPullContainerError: Error response from daemon: ${message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '')}`;
  }
}
