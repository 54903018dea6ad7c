/**
 * One commune's dashboard: the same figures as its row in the overview, with the lists behind
 * them — the scorecard with a link to where each section is fixed, the documents published late,
 * the board's queue, and what citizens searched for (and did not find).
 */
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import * as React from 'react';
import { NavLink } from 'react-router-dom';
import type { CommuneDashboardData, ScorecardRow } from '../../../shared';
import { daysSince, formatDay, formatNumber } from '../format';
import { ChartCard, PublicationsChart } from './Charts';
import { CELL, FigureCards, NUMBER_CELL, TABLE_STYLE } from './Figures';

const STATE_COLORS: Record<ScorecardRow['state'], 'success600' | 'warning700' | 'danger600'> = {
  ok: 'success600',
  stale: 'warning700',
  empty: 'danger600',
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      <Box paddingTop={3}>{children}</Box>
    </Box>
  );
}

function Scorecard({ rows }: { rows: ScorecardRow[] }) {
  return (
    <table style={TABLE_STYLE}>
      <thead>
        <tr>
          <th scope="col" style={CELL}>
            Mục thông tin bắt buộc
          </th>
          <th scope="col" style={CELL}>
            Yêu cầu
          </th>
          <th scope="col" style={CELL}>
            Kết quả
          </th>
          <th scope="col" style={NUMBER_CELL}>
            Số mục
          </th>
          <th scope="col" style={CELL}>
            Sửa ở đâu
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" style={CELL}>
              {row.sectionName}
              <Typography tag="p" variant="pi" textColor="neutral600">
                {row.item} ({row.legalBasis})
              </Typography>
            </th>
            <td style={CELL}>{row.rule}</td>
            <td style={CELL}>
              <Typography fontWeight="bold" textColor={STATE_COLORS[row.state]}>
                {row.stateLabel}
              </Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {row.note}
              </Typography>
            </td>
            <td style={NUMBER_CELL}>{row.count}</td>
            <td style={CELL}>
              <Link tag={NavLink} to={row.adminPath}>
                {row.state === 'ok' ? `Mở mục ${row.sectionName}` : `Cập nhật mục ${row.sectionName}`}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CommuneView({ data }: { data: CommuneDashboardData }) {
  const { figures, charts } = data;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box>
        <Typography variant="beta" tag="h2">
          {figures.commune.name} — số liệu ngày {formatDay(data.today)}
        </Typography>
        <Box paddingTop={3}>
          <FigureCards figures={figures} />
        </Box>
      </Box>

      <Flex gap={6} wrap="wrap" alignItems="flex-start">
        <ChartCard
          title="Lượt truy cập 30 ngày qua"
          unit="lượt"
          type="bars"
          buckets={charts.days}
          series={[{ label: 'Lượt truy cập', color: '#4945ff', values: charts.dailyVisits }]}
        />
        <ChartCard
          title="Lượt truy cập theo tháng"
          unit="lượt"
          type="bars"
          buckets={charts.months}
          series={[{ label: 'Lượt truy cập', color: '#4945ff', values: charts.visits }]}
        />
        <PublicationsChart charts={charts} />
        <ChartCard
          title="Điểm đầy đủ thông tin theo tháng (%)"
          unit="điểm"
          type="line"
          buckets={charts.months}
          series={[{ label: 'Điểm', color: '#2f6846', values: charts.compliance }]}
        />
      </Flex>

      <Section title={`Thông tin bắt buộc phải công khai: đạt ${figures.compliance.ok}/${data.scorecard.length} mục`}>
        <Scorecard rows={data.scorecard} />
      </Section>

      <Section title={`Văn bản đăng chậm quá 5 ngày làm việc (năm nay): ${data.lateDocuments.length}`}>
        {data.lateDocuments.length === 0 ? (
          <Typography>Không có văn bản nào đăng chậm.</Typography>
        ) : (
          <table style={TABLE_STYLE}>
            <thead>
              <tr>
                <th scope="col" style={CELL}>
                  Văn bản
                </th>
                <th scope="col" style={CELL}>
                  Ngày ban hành
                </th>
                <th scope="col" style={CELL}>
                  Ngày đăng
                </th>
                <th scope="col" style={NUMBER_CELL}>
                  Số ngày làm việc
                </th>
              </tr>
            </thead>
            <tbody>
              {data.lateDocuments.map((document) => (
                <tr key={document.documentId}>
                  <th scope="row" style={CELL}>
                    <Link tag={NavLink} to={`/content-manager/collection-types/api::document.document/${document.documentId}`}>
                      {document.number ? `${document.number} — ` : ''}
                      {document.title}
                    </Link>
                  </th>
                  <td style={CELL}>{formatDay(document.issueDate)}</td>
                  <td style={CELL}>{formatDay(document.publishedOn)}</td>
                  <td style={NUMBER_CELL}>{document.workingDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title={`Đang chờ Ban biên tập: ${figures.waiting.count}`}>
        {data.waitingItems.length === 0 ? (
          <Typography>Không có mục nào chờ duyệt.</Typography>
        ) : (
          <table style={TABLE_STYLE}>
            <thead>
              <tr>
                <th scope="col" style={CELL}>
                  Tiêu đề
                </th>
                <th scope="col" style={CELL}>
                  Loại
                </th>
                <th scope="col" style={CELL}>
                  Trạng thái
                </th>
                <th scope="col" style={CELL}>
                  Gửi Ban biên tập
                </th>
              </tr>
            </thead>
            <tbody>
              {data.waitingItems.map((item, index) => (
                <tr key={`${item.title}-${index}`}>
                  <th scope="row" style={CELL}>
                    {item.title}
                  </th>
                  <td style={CELL}>{item.kind}</td>
                  <td style={CELL}>{item.state}</td>
                  <td style={CELL}>{item.since === null ? '—' : `${formatDay(item.since)} (${daysSince(item.since)} ngày trước)`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="Người dân tìm gì trên trang (90 ngày qua)">
        {data.searches === null ? (
          <Typography>Chưa có lượt tìm kiếm nào được ghi nhận.</Typography>
        ) : (
          <Flex gap={6} wrap="wrap" alignItems="flex-start">
            <Box style={{ flex: '1 1 320px' }}>
              <Typography tag="p">
                {formatNumber(data.searches.totalSearches)} lượt tìm, {formatNumber(data.searches.emptySearches)} lượt không có kết quả.
              </Typography>
              <table style={TABLE_STYLE}>
                <caption style={{ textAlign: 'left', padding: '8px 0' }}>Tìm nhiều nhất</caption>
                <thead>
                  <tr>
                    <th scope="col" style={CELL}>
                      Từ khóa
                    </th>
                    <th scope="col" style={NUMBER_CELL}>
                      Lượt tìm
                    </th>
                    <th scope="col" style={NUMBER_CELL}>
                      Không có kết quả
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.searches.top.map((row) => (
                    <tr key={row.query}>
                      <th scope="row" style={CELL}>
                        {row.query}
                      </th>
                      <td style={NUMBER_CELL}>{formatNumber(row.searches)}</td>
                      <td style={NUMBER_CELL}>{formatNumber(row.empty)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
            <Box style={{ flex: '1 1 320px' }}>
              <table style={TABLE_STYLE}>
                <caption style={{ textAlign: 'left', padding: '8px 0' }}>Tìm từ 2 lần trở lên mà không thấy (nên bổ sung nội dung)</caption>
                <thead>
                  <tr>
                    <th scope="col" style={CELL}>
                      Từ khóa
                    </th>
                    <th scope="col" style={NUMBER_CELL}>
                      Lượt tìm
                    </th>
                    <th scope="col" style={CELL}>
                      Lần cuối
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.searches.notFound.map((row) => (
                    <tr key={row.query}>
                      <th scope="row" style={CELL}>
                        {row.query}
                      </th>
                      <td style={NUMBER_CELL}>{formatNumber(row.searches)}</td>
                      <td style={CELL}>{formatDay(row.lastDay)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
          </Flex>
        )}
      </Section>
    </Flex>
  );
}
