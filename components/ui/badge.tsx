// Status indicators like the AWS console: a colored dot/icon and the status text (never color alone).
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

type Tone = 'success' | 'pending' | 'stopped' | 'error' | 'info' | 'neutral';

const STATUS_TONES: Record<string, Tone> = {
  ACTIVE: 'success',
  RUNNING: 'success',
  COMPLETED: 'success',
  SUCCESSFUL: 'success',
  HEALTHY: 'success',
  PRIMARY: 'success',
  PENDING: 'pending',
  PROVISIONING: 'pending',
  ACTIVATING: 'pending',
  IN_PROGRESS: 'pending',
  DRAINING: 'pending',
  DEACTIVATING: 'pending',
  STOPPING: 'pending',
  DEPROVISIONING: 'pending',
  UPDATE_IN_PROGRESS: 'pending',
  ROLLBACK_IN_PROGRESS: 'pending',
  STOPPED: 'stopped',
  INACTIVE: 'stopped',
  DELETE_IN_PROGRESS: 'stopped',
  UNKNOWN: 'neutral',
  FAILED: 'error',
  UNHEALTHY: 'error',
  STOP_REQUESTED: 'pending',
  ROLLBACK_REQUESTED: 'pending',
  ROLLBACK_FAILED: 'error',
  ROLLBACK_SUCCESSFUL: 'info',
  CONNECTED: 'success',
  DISCONNECTED: 'error',
};

const toneText: Record<Tone, string> = {
  success: 'text-green-700 dark:text-green-400',
  pending: 'text-sky-700 dark:text-sky-300',
  stopped: 'text-zinc-500 dark:text-zinc-400',
  error: 'text-red-700 dark:text-red-400',
  info: 'text-sky-700 dark:text-sky-300',
  neutral: 'text-zinc-600 dark:text-zinc-300',
};

const toneIcon: Record<Tone, string> = { success: '✓', pending: '◌', stopped: '■', error: '✕', info: 'ℹ', neutral: '•' };

export function statusTone(status: string): Tone {
  return STATUS_TONES[status.toUpperCase()] ?? 'neutral';
}

/** ACTIVE → "Active", IN_PROGRESS → "In progress". */
export function statusLabel(status: string): string {
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function StatusBadge({ status, label, className }: { status: string; label?: string; className?: string }) {
  const tone = statusTone(status);
  return (
    <span className={cn('inline-flex items-center gap-1.5 text-sm font-medium', toneText[tone], className)}>
      <span aria-hidden="true" className="text-xs">
        {toneIcon[tone]}
      </span>
      {label ?? statusLabel(status)}
    </span>
  );
}

export function Badge({ children, tone = 'neutral', className }: { children: ReactNode; tone?: Tone; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold',
        tone === 'neutral' && 'border-zinc-300 text-zinc-700 dark:border-zinc-600 dark:text-zinc-300',
        tone === 'info' && 'border-sky-600 bg-sky-50 text-sky-800 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-200',
        tone === 'success' &&
          'border-green-600 bg-green-50 text-green-800 dark:border-green-500 dark:bg-green-950 dark:text-green-200',
        tone === 'pending' &&
          'border-amber-500 bg-amber-50 text-amber-800 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200',
        tone === 'error' && 'border-red-600 bg-red-50 text-red-800 dark:border-red-500 dark:bg-red-950 dark:text-red-200',
        tone === 'stopped' && 'border-zinc-400 text-zinc-600 dark:border-zinc-500 dark:text-zinc-400',
        className,
      )}
    >
      {children}
    </span>
  );
}
