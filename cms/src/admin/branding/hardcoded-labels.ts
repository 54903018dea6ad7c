/**
 * The few English labels Strapi 5.54 and its libraries write with no translation key, so that
 * `config.translations` cannot reach them; each is read out by screen readers. They are rewritten
 * in the page as they appear:
 * - a document's status badge (content-manager DocumentStatus): `aria-label` is the raw status;
 * - the notifications region (sonner's Toaster): "Notifications alt+T";
 * - the close button of every dialog (design-system Modal.Header): "Close modal";
 * - the spinner of a loading list (design-system Combobox): "Loading";
 * - the media dialog's search (upload SearchAsset): the button "Search", the field `aria-label="search"`;
 * - a user's state in the users list (Settings › Users): "Active", "Inactive".
 * If Strapi adds keys for them, drop the entry (the e2e English check shows what remains).
 */
const STATUS_LABELS: Record<string, string> = { draft: 'Bản nháp', published: 'Đã xuất bản', modified: 'Đã sửa' };
const TEXTS: Record<string, string> = {
  'Close modal': 'Đóng',
  Loading: 'Đang tải',
  Search: 'Tìm kiếm',
  Active: 'Đang hoạt động',
  Inactive: 'Chưa kích hoạt',
};
const ARIA_LABELS: Record<string, string> = { search: 'Tìm kiếm' };
const NOTIFICATIONS = /^Notifications\b/;
const NOTIFICATIONS_LABEL = 'Thông báo (Alt + T)';

function relabel(element: Element): void {
  const label = element.getAttribute('aria-label');
  if (label === null) return;
  const status = element.getAttribute('role') === 'status' ? STATUS_LABELS[label] : undefined;
  const exact = ARIA_LABELS[label];
  if (status) element.setAttribute('aria-label', status);
  else if (exact) element.setAttribute('aria-label', exact);
  else if (element.tagName === 'SECTION' && NOTIFICATIONS.test(label)) element.setAttribute('aria-label', NOTIFICATIONS_LABEL);
}

function retext(node: Node): void {
  const text = node.nodeValue?.trim();
  const translated = text ? TEXTS[text] : undefined;
  if (translated) node.nodeValue = translated;
}

/** Everything under `root` (itself included). */
function fixTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) return retext(root);
  if (!(root instanceof Element)) return;
  relabel(root);
  for (const element of root.querySelectorAll('[aria-label]')) relabel(element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) retext(node);
}

/** Rewrites the labels now and whenever the page changes (only what changed is looked at). */
export function translateHardcodedLabels(): void {
  fixTree(document.body);
  // Our own writes come back as mutations, but then hold nothing to rewrite: no loop.
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(fixTree);
      else if (mutation.type === 'characterData') retext(mutation.target);
      else if (mutation.target instanceof Element) relabel(mutation.target);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
}
