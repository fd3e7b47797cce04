'use client';
// Buttons and links for changes, shown disabled with the reason when the signed-in role (or read-only mode) does
// not allow them. Usable from server pages too. The server refuses such changes anyway; this only says so early.
import type { ComponentProps } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import type { Role } from '@/lib/auth/roles';
import { useDenied } from '@/lib/auth/viewer-context';

export function PermittedButtonLink({ needs, ...props }: ComponentProps<typeof ButtonLink> & { needs: Role }) {
  return <ButtonLink {...props} disabledReason={useDenied(needs)} />;
}

export function PermittedButton({ needs, ...props }: ComponentProps<typeof Button> & { needs: Role }) {
  return <Button {...props} disabledReason={useDenied(needs)} />;
}
