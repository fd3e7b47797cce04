// Buttons and button-styled links, Cloudscape-like: rounded, blue primary, outlined normal, red danger.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

export type ButtonVariant = 'primary' | 'normal' | 'danger' | 'link' | 'icon';

const base =
  'inline-flex items-center justify-center gap-1.5 rounded-full text-sm font-semibold whitespace-nowrap transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300 disabled:cursor-not-allowed disabled:opacity-50';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-sky-700 px-4 py-1.5 text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400',
  normal:
    'border-2 border-sky-700 px-4 py-1 text-sky-700 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950',
  danger: 'bg-red-700 px-4 py-1.5 text-white hover:bg-red-800 dark:bg-red-500 dark:text-zinc-950 dark:hover:bg-red-400',
  link: 'px-2 py-1 text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950',
  icon: 'size-8 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
};

export function buttonClasses(variant: ButtonVariant = 'normal', className?: string): string {
  return cn(base, variants[variant], className);
}

/** `disabledReason`: disables the button and says why (as its tooltip and accessible description). */
export function Button({
  variant = 'normal',
  className,
  type = 'button',
  disabledReason,
  disabled,
  title,
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant; disabledReason?: string }) {
  return (
    <button
      type={type}
      className={buttonClasses(variant, className)}
      disabled={disabled || disabledReason !== undefined}
      title={disabledReason ?? title}
      aria-description={disabledReason}
      {...props}
    />
  );
}

/** `disabledReason`: renders a disabled button that says why instead of the link. */
export function ButtonLink({
  variant = 'normal',
  className,
  disabledReason,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; disabledReason?: string }) {
  if (disabledReason !== undefined)
    return (
      <Button variant={variant} className={className} disabledReason={disabledReason}>
        {props.children}
      </Button>
    );
  return <Link className={buttonClasses(variant, className)} {...props} />;
}

/** A plain text link in the console's link color. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn('text-sky-700 hover:underline dark:text-sky-300', className)} {...props} />;
}
