/**
 * The one content-API route of the maintenance windows: the public site's token reads the
 * windows not yet over (cms/src/maintenance). Province IT writes them in the admin panel
 * (content manager, "Lịch bảo trì"); no content-API write exists.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/maintenance-windows',
      handler: 'api::maintenance-window.maintenance-window.upcoming',
      config: { policies: [] },
    },
  ],
};
