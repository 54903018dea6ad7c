import type { Core } from '@strapi/strapi';

let timer: NodeJS.Timeout | null = null;

/** Placeholder until the housekeeping job lands (reminders, erasure, clean-up). */
export function startHousekeeping(_strapi: Core.Strapi): void {
  timer = null;
}

export function stopHousekeeping(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
