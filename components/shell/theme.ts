// Light/dark theme: a class on <html>, remembered in a cookie so the server renders the right class (no flash).
// Without the cookie the browser's preference decides, applied by a tiny inline script before first paint.
export const THEME_COOKIE = 'ecs-theme';
export type Theme = 'light' | 'dark';

export function isTheme(value: string | undefined): value is Theme {
  return value === 'light' || value === 'dark';
}

/** Runs before paint when no theme cookie exists yet: follow prefers-color-scheme. */
export const SYSTEM_THEME_SCRIPT = `try{if(matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.classList.add('dark')}catch(e){}`;
