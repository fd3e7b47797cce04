// Flash messages after actions, carried by a short-lived cookie so they survive redirect().
// Set: `await setFlash('success', 'Cluster x has been created successfully.')` in a server action, then redirect().
// Show: the console layout reads it (readFlash) and renders <FlashBar>, which deletes the cookie on mount so a reload
// does not show it again. The cookie is not httpOnly on purpose (the browser clears it); it holds no secrets.
import 'server-only';
import { cookies } from 'next/headers';

export const FLASH_COOKIE = 'ecs-flash';

export interface Flash {
  id: string;
  type: 'success' | 'error' | 'info';
  message: string;
}

export async function setFlash(type: Flash['type'], message: string): Promise<void> {
  const flash: Flash = { id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, type, message };
  (await cookies()).set(FLASH_COOKIE, encodeURIComponent(JSON.stringify(flash)), { path: '/', maxAge: 60, sameSite: 'lax' });
}

export async function readFlash(): Promise<Flash | undefined> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return undefined;
  try {
    const value = JSON.parse(decodeURIComponent(raw)) as Partial<Flash>;
    if (typeof value.message !== 'string' || typeof value.id !== 'string') return undefined;
    const type = value.type === 'error' || value.type === 'info' ? value.type : 'success';
    return { id: value.id, type, message: value.message };
  } catch {
    return undefined;
  }
}
