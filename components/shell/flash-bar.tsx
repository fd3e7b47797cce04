'use client';
// Green/red flash messages at the top of the page after an action (see lib/flash.ts). Clears the flash cookie once
// shown so a reload does not repeat it; the message stays until dismissed or the next flash replaces it.
import { useEffect, useState } from 'react';
import { clearClientCookie } from '@/lib/client-cookie';
import type { Flash } from '@/lib/flash';
import { cn } from '@/lib/utils';

/** `cookieName`: the flash cookie to clear once shown (lib/flash.ts FLASH_COOKIE). */
export function FlashBar({ flash, cookieName }: { flash?: Flash; cookieName: string }) {
  const [dismissed, setDismissed] = useState<string | undefined>();
  useEffect(() => {
    if (flash) clearClientCookie(cookieName);
  }, [flash, cookieName]);
  if (!flash || dismissed === flash.id) return null;
  return (
    <div
      role={flash.type === 'error' ? 'alert' : 'status'}
      className={cn(
        'mb-4 flex items-center gap-3 rounded-xl px-4 py-3 text-sm font-semibold text-white',
        flash.type === 'success' && 'bg-green-700',
        flash.type === 'error' && 'bg-red-700',
        flash.type === 'info' && 'bg-sky-700',
      )}
    >
      <span aria-hidden="true">{flash.type === 'success' ? '✓' : flash.type === 'error' ? '✕' : 'ℹ'}</span>
      <p className="flex-1">{flash.message}</p>
      <button
        type="button"
        aria-label="Dismiss message"
        onClick={() => setDismissed(flash.id)}
        className="rounded px-2 text-lg leading-none hover:bg-white/20"
      >
        ×
      </button>
    </div>
  );
}
