import { Badge, Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Pencil, Plus } from '@strapi/icons';
import { useAuth, useRBAC, Widget } from '@strapi/strapi/admin';
import type { QueueItem } from '@commune/editorial-board/shared';
import { Link as RouterLink } from 'react-router-dom';
import { useWorkSummary, type WorkSummary } from './work-summary';

const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::document.document';
const SUPER_ADMIN = 'strapi-super-admin';
/** How many waiting items the home lists; the board page has the rest. */
const SHOWN = 5;

const createPath = (uid: string): string => `/content-manager/collection-types/${uid}/create`;
const editPath = (item: QueueItem): string =>
  `/content-manager/collection-types/${item.uid}/${encodeURIComponent(item.documentId)}${item.locale ? `?plugins[i18n][locale]=${encodeURIComponent(item.locale)}` : ''}`;
const date = (iso: string): string => new Date(iso).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });

// Stable arrays: useRBAC checks again whenever its argument changes.
const CREATE_ARTICLE = [{ action: 'plugin::content-manager.explorer.create', subject: ARTICLE }];
const CREATE_DOCUMENT = [{ action: 'plugin::content-manager.explorer.create', subject: DOCUMENT }];

/** "Viết tin mới" and "Đăng văn bản mới": the two things a contributor comes to do. */
function WriteButtons() {
  // useRBAC names what it allows by the action only ("canCreate"): one call per type.
  const canCreateArticle = useRBAC(CREATE_ARTICLE).allowedActions.canCreate === true;
  const canCreateDocument = useRBAC(CREATE_DOCUMENT).allowedActions.canCreate === true;
  if (!canCreateArticle && !canCreateDocument) return null;
  return (
    <Flex gap={3} wrap="wrap">
      {canCreateArticle && (
        <LinkButton tag={RouterLink} to={createPath(ARTICLE)} startIcon={<Pencil />} size="L">
          Viết tin mới
        </LinkButton>
      )}
      {canCreateDocument && (
        <LinkButton tag={RouterLink} to={createPath(DOCUMENT)} startIcon={<Plus />} size="L" variant="secondary">
          Đăng văn bản mới
        </LinkButton>
      )}
    </Flex>
  );
}

function Counts({ summary }: { summary: WorkSummary }) {
  const { counts } = summary.queues;
  const figures: Array<[string, number]> = [
    ['Việc chờ bạn', counts.mine],
    ['Chờ duyệt', counts.review],
    ['Bị trả lại', counts.returned],
    ['Đã đăng trong 30 ngày', counts.published],
  ];
  return (
    <Flex gap={6} wrap="wrap" tag="dl">
      {figures.map(([label, count]) => (
        <Flex key={label} direction="column" alignItems="flex-start">
          <Typography tag="dt" variant="pi" textColor="neutral600">
            {label}
          </Typography>
          <Typography tag="dd" variant="alpha">
            {count}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
}

function Waiting({ items, total }: { items: QueueItem[]; total: number }) {
  if (items.length === 0) return <Typography textColor="neutral600">Không có việc nào đang chờ bạn.</Typography>;
  return (
    <Box>
      <Typography tag="h3" variant="delta">
        Đang chờ bạn xử lý (cũ nhất trước)
      </Typography>
      <ul>
        {items.slice(0, SHOWN).map((item) => (
          <li key={`${item.uid}:${item.documentId}`}>
            <Flex gap={3} paddingTop={2} alignItems="center" wrap="wrap">
              <RouterLink to={editPath(item)}>{item.title}</RouterLink>
              <Badge>{item.stateLabel}</Badge>
              <Typography variant="pi" textColor="neutral600">
                sửa lần cuối {date(item.updatedAt)}
              </Typography>
            </Flex>
          </li>
        ))}
      </ul>
      {total > SHOWN && (
        <Typography variant="pi" textColor="neutral600">
          và {total - SHOWN} việc khác trong Ban biên tập.
        </Typography>
      )}
    </Box>
  );
}

function ProvinceWork() {
  const roles = useAuth('ProvinceWork', (state) => state.user?.roles);
  const isProvinceIt = (roles ?? []).some((role) => role.code === SUPER_ADMIN);
  return (
    <Flex direction="column" alignItems="flex-start" gap={4}>
      <Typography>Tài khoản cấp tỉnh: bạn theo dõi mọi xã, phường của tỉnh.</Typography>
      <Flex gap={3} wrap="wrap">
        <LinkButton tag={RouterLink} to="/plugins/province-dashboard" size="L">
          Tổng quan toàn tỉnh
        </LinkButton>
        {isProvinceIt && (
          <LinkButton tag={RouterLink} to="/settings/commune-tenancy" size="L" variant="secondary">
            Quản lý xã, phường và tài khoản
          </LinkButton>
        )}
      </Flex>
    </Flex>
  );
}

/**
 * The home page's one widget, in place of Strapi's: what waits for this person. Commune staff
 * get the write buttons their role allows, the board's counts and the oldest items waiting for
 * them; province accounts get the province overview and, for province IT, the communes' settings.
 */
export function WorkWidget() {
  const state = useWorkSummary();
  if (state.status === 'loading') return <Widget.Loading>Đang tải…</Widget.Loading>;
  if (state.status === 'failed') return <Widget.Error>Không tải được việc của bạn. Xin tải lại trang.</Widget.Error>;
  const { summary } = state;
  if (summary.province) return <ProvinceWork />;
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      {summary.communeNames.length > 0 && <Typography textColor="neutral600">{summary.communeNames.join(', ')}</Typography>}
      <WriteButtons />
      <Counts summary={summary} />
      <Waiting items={summary.queues.queues.mine} total={summary.queues.counts.mine} />
    </Flex>
  );
}
