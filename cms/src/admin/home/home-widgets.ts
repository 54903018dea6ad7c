import { SealCheck } from '@strapi/icons';
import type { WidgetArgs } from '@strapi/strapi/admin';

/**
 * The home page shows one thing: what waits for the person signed in (home/WorkWidget.tsx).
 * Strapi's own widgets (last edited entries, project statistics, profile…) are replaced: they
 * speak of a CMS, not of a commune's work, and offered English sections to part-time editors.
 */
const WORK_WIDGET: WidgetArgs = {
  id: 'commune-work',
  icon: SealCheck,
  title: { id: 'commune.home.work.title', defaultMessage: 'Việc của bạn' },
  link: { label: { id: 'commune.home.work.link', defaultMessage: 'Mở Ban biên tập' }, href: '/plugins/editorial-board' },
  component: () => import('./WorkWidget').then((module) => module.WorkWidget),
};

/** Registered as a reducer: whatever Strapi and its plugins registered before, only ours stay. */
export const onlyCommuneWidgets = (): WidgetArgs[] => [WORK_WIDGET];
