'use client';
// The Region selector in the header. The choice lives in the `ecs-region` cookie (read by lib/ecs/client.ts on the
// server); switching clears the query cache, since keys do not include the Region, and re-renders the page.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setClientCookie } from '@/lib/client-cookie';
import { REGION_COOKIE, REGIONS } from '@/lib/ecs/regions';

export function RegionSelector({ region }: { region: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const known = REGIONS.some((r) => r.id === region);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="region-selector" className="text-xs text-zinc-300">
        Region
      </label>
      <select
        id="region-selector"
        value={region}
        disabled={pending}
        onChange={(e) => {
          setClientCookie(REGION_COOKIE, e.target.value);
          queryClient.clear();
          startTransition(() => router.refresh());
        }}
        className="max-w-56 min-w-0 rounded-md border border-zinc-600 bg-zinc-800 px-2 py-1 text-sm text-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-400"
      >
        {!known && <option value={region}>{region}</option>}
        {REGIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label} ({r.id})
          </option>
        ))}
      </select>
    </div>
  );
}
