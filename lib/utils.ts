// Class-name helper for Tailwind: conditional classes (clsx) with later utilities winning conflicts (tailwind-merge).
import { type ClassValue, clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
