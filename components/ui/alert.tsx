// Inline alert box (Cloudscape "alert"): info, success, warning, error. role=alert only for errors.
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

export type AlertType = 'info' | 'success' | 'warning' | 'error';

const styles: Record<AlertType, string> = {
  info: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60',
  success: 'border-green-600 bg-green-50 dark:border-green-500 dark:bg-green-950/60',
  warning: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/60',
  error: 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/60',
};

export function Alert({
  type = 'info',
  title,
  children,
  action,
  className,
}: {
  type?: AlertType;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={type === 'error' ? 'alert' : 'status'}
      className={cn('flex gap-3 rounded-xl border-2 px-4 py-3 text-sm', styles[type], className)}
    >
      <div className="min-w-0 flex-1">
        {title && <p className="font-bold">{title}</p>}
        {children && <div className={cn(title && 'mt-1', 'break-words')}>{children}</div>}
      </div>
      {action && <div className="shrink-0">{action}</div>}
    </div>
  );
}
