/**
 * Main menu → Tổng quan: province staff see the overview of every commune (and a commune's
 * dashboard when they open one, `?commune=`); a commune's board and commune admin see their
 * current commune's dashboard. The server decides who may see what and says so in Vietnamese.
 */
import { Box, Link, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import * as React from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { errorMessage, useCommuneDashboard, useMe, useOverview } from '../api';
import { CommuneView } from '../components/CommuneView';
import { OverviewView } from '../components/OverviewView';
import { PLUGIN_ID } from '../pluginId';

function Status({ children, alert = false }: { children: React.ReactNode; alert?: boolean }) {
  return (
    <Typography tag="p" textColor={alert ? 'danger600' : 'neutral800'} role={alert ? 'alert' : 'status'}>
      {children}
    </Typography>
  );
}

export function DashboardPage() {
  const me = useMe();
  const asked = new URLSearchParams(useLocation().search).get('commune');
  const province = me.data?.allCommunes === true;
  const communeId = me.data === null ? null : (asked ?? (province ? null : (me.data.current?.documentId ?? null)));
  const overview = useOverview(province && communeId === null);
  const commune = useCommuneDashboard(communeId);

  let body: React.ReactNode;
  if (me.error) body = <Status alert>{errorMessage(me.error, 'Không tải được thông tin tài khoản. Hãy tải lại trang.')}</Status>;
  else if (me.data === null) body = <Status>Đang tải…</Status>;
  else if (communeId !== null) {
    body = (
      <>
        {province && (
          <Box paddingBottom={4}>
            <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`}>
              ← Tổng quan toàn tỉnh
            </Link>
          </Box>
        )}
        {commune.error ? (
          <Status alert>{errorMessage(commune.error, 'Không tải được số liệu của xã, phường. Hãy thử lại.')}</Status>
        ) : commune.data ? (
          <CommuneView data={commune.data.data} />
        ) : (
          <Status>Đang tính số liệu…</Status>
        )}
      </>
    );
  } else if (province) {
    body = overview.error ? (
      <Status alert>{errorMessage(overview.error, 'Không tải được tổng quan. Hãy thử lại.')}</Status>
    ) : overview.data ? (
      <OverviewView data={overview.data.data} />
    ) : (
      <Status>Đang tính số liệu các xã, phường…</Status>
    );
  } else {
    body = (
      <Status>
        Hãy chọn xã, phường đang làm việc trước.{' '}
        <Link tag={NavLink} to="/plugins/commune-tenancy">
          Chọn xã, phường
        </Link>
      </Status>
    );
  }

  return (
    <Page.Main>
      <Page.Title>Tổng quan</Page.Title>
      <Layouts.Header
        title={province && communeId === null ? 'Tổng quan các xã, phường' : 'Tổng quan của xã, phường'}
        subtitle="Lượt truy cập, tin bài đã đăng, văn bản đúng hạn và mức độ đầy đủ thông tin bắt buộc"
      />
      <Layouts.Content>{body}</Layouts.Content>
    </Page.Main>
  );
}
