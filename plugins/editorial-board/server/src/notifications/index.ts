import type { Core } from '@strapi/strapi';

/** E-mail to whoever must act next on each transition. (Being built.) */
export function registerNotifications(_strapi: Core.Strapi): void {}
