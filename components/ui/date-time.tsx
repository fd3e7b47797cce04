'use client';
// Timestamps: absolute in the viewer's time zone, with a relative hint ("3 minutes ago") in the tooltip, or
// relative text with the absolute time in the tooltip. The server renders ISO (no locale guessing), the browser localizes.
import { useEffect, useState } from 'react';

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size || unit === 'second') return rtf.format(Math.round(seconds / size), unit);
  return iso;
}

export function absoluteTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** `iso` is an ISO-8601 string (view models carry timestamps as strings). */
export function DateTime({ iso, relative = false }: { iso: string | undefined; relative?: boolean }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!iso) return <span>-</span>;
  const text = !mounted ? iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : relative ? relativeTime(iso) : absoluteTime(iso);
  const title = mounted ? (relative ? absoluteTime(iso) : relativeTime(iso)) : undefined;
  return (
    <time dateTime={iso} title={title}>
      {text}
    </time>
  );
}
