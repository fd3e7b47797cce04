'use client';
// Switches light/dark by toggling the class on <html> and remembering the choice in a cookie for the server render.
import { useEffect, useState } from 'react';
import { setClientCookie } from '@/lib/client-cookie';
import { THEME_COOKIE, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | undefined>();
  useEffect(() => setTheme(document.documentElement.classList.contains('dark') ? 'dark' : 'light'), []);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.classList.toggle('dark', next === 'dark');
        setClientCookie(THEME_COOKIE, next);
        setTheme(next);
      }}
      className="inline-flex size-8 items-center justify-center rounded-full text-zinc-200 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-sky-400"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
