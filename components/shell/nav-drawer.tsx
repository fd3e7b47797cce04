'use client';
// The navigation on phones (below 768 px): a menu button in the header opens the sections as a drawer over the page;
// Escape, the close button, the backdrop or choosing a section closes it and focus returns to the menu button.
import { useEffect, useRef, useState } from 'react';
import { NavLinks } from './nav-links';

export function NavDrawer() {
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('nav a')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  function close() {
    setOpen(false);
    menuButton.current?.focus();
  }

  return (
    <>
      <button
        ref={menuButton}
        type="button"
        aria-label="Open navigation"
        aria-expanded={open}
        aria-controls="navigation-drawer"
        onClick={() => setOpen(true)}
        className="inline-flex size-9 items-center justify-center rounded-md text-lg text-zinc-100 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-sky-400 md:hidden"
      >
        <span aria-hidden="true">☰</span>
      </button>
      {open && (
        <div className="fixed inset-0 z-40 md:hidden">
          <button type="button" tabIndex={-1} aria-hidden="true" className="absolute inset-0 bg-zinc-950/50" onClick={close} />
          <div
            id="navigation-drawer"
            ref={panel}
            role="dialog"
            aria-modal="true"
            aria-label="Navigation"
            className="absolute inset-y-0 left-0 flex w-72 max-w-[85vw] flex-col bg-white px-3 py-4 text-zinc-900 shadow-xl dark:bg-zinc-900 dark:text-zinc-100"
          >
            <div className="flex items-center justify-between px-3 pb-3">
              <p className="text-base font-bold">Amazon ECS</p>
              <button
                type="button"
                aria-label="Close navigation"
                onClick={close}
                className="inline-flex size-8 items-center justify-center rounded-md hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-zinc-800"
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
            <nav aria-label="Amazon ECS">
              <NavLinks onNavigate={() => setOpen(false)} />
            </nav>
          </div>
        </div>
      )}
    </>
  );
}
