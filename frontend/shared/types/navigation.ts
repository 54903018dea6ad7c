/** One step of a page's breadcrumb trail; the current page has no `to`. */
export interface Breadcrumb {
  label: string;
  to?: string;
}
