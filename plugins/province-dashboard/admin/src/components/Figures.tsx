/**
 * The headline figures of a commune or of the province as cards, the same on both dashboards,
 * and the styles of the dashboards' plain tables.
 */
import { Box, Flex, Typography } from '@strapi/design-system';
import * as React from 'react';
import type { Figures } from '../../../shared';
import { daysSince, formatDay, formatNumber, formatShare } from '../format';

export const TABLE_STYLE: React.CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 14 };
export const CELL: React.CSSProperties = { borderBottom: '1px solid #dcdce4', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' };
export const NUMBER_CELL: React.CSSProperties = { ...CELL, textAlign: 'right', whiteSpace: 'nowrap' };

function Card({ label, value, detail, small = false }: { label: string; value: string; detail?: string; small?: boolean }) {
  return (
    <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" style={{ minWidth: 180, flex: '1 1 180px' }}>
      <Typography variant="sigma" tag="p" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant={small ? 'beta' : 'alpha'} tag="p" style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Typography>
      {detail && (
        <Typography variant="pi" tag="p" textColor="neutral600">
          {detail}
        </Typography>
      )}
    </Box>
  );
}

export function FigureCards({ figures }: { figures: Figures }) {
  const { visits, published, waiting, documents, compliance } = figures;
  return (
    <Flex gap={4} wrap="wrap" alignItems="stretch">
      <Card
        label="Lượt truy cập hôm nay"
        value={formatNumber(visits.today)}
        detail={`Tháng này ${formatNumber(visits.month)} · năm nay ${formatNumber(visits.year)} · tổng ${formatNumber(visits.total)}`}
      />
      <Card
        label="Đã đăng năm nay"
        value={formatNumber(published.year.total)}
        detail={`Tin ${published.year.tin} · bài ${published.year.bai} · văn bản ${published.year.document} · khác ${published.year.other}; tháng này ${published.month.total}`}
      />
      <Card
        label="Chờ Ban biên tập"
        value={formatNumber(waiting.count)}
        detail={
          waiting.count === 0
            ? 'Không có mục nào chờ'
            : waiting.oldestSince === null
              ? 'Chưa rõ ngày gửi Ban biên tập'
              : `Mục chờ lâu nhất: ${daysSince(waiting.oldestSince)} ngày (từ ${formatDay(waiting.oldestSince)})`
        }
      />
      <Card
        label="Văn bản đăng trong 5 ngày làm việc"
        value={formatShare(documents.withinShare)}
        detail={
          documents.count === 0
            ? 'Chưa có văn bản đăng năm nay'
            : `${documents.withinDeadline}/${documents.count} văn bản; trung vị ${documents.medianDays} ngày từ ban hành đến khi đăng`
        }
      />
      <Card
        label="Đầy đủ thông tin bắt buộc"
        value={`${compliance.score}%`}
        detail={`${compliance.ok} mục đạt · ${compliance.stale} chưa cập nhật · ${compliance.empty} chưa có nội dung`}
      />
      <Card label="Đăng lần cuối" value={formatDay(figures.lastPublishedAt)} small />
    </Flex>
  );
}
