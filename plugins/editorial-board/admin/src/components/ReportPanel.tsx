/**
 * The board page's report figures (seed 003): a period (from / to, the current year by default),
 * the figures by kind, the site's visits, the province's communes side by side for province IT
 * (with the province total), each author's published items for royalties, the Excel export and
 * the printable page. The server decides which commune the user sees (their own; the whole
 * province for province IT and the province viewer).
 */
import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download, File } from '@strapi/icons';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  ARTICLE_KINDS,
  FIGURE_LABELS,
  FIGURE_NAMES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  VISIT_FIGURE_NAMES,
  visitLabels,
  type CommuneReport,
  type ReportData,
  type ReportResponse,
} from '../../../shared';
import { PLUGIN_ID } from '../pluginId';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime } from '../utils/format';
import { CLOSE_BUTTON_ID, formatCount, PRINT_BUTTON_ID, printableReport } from '../utils/print-report';
import { trad } from '../utils/trad';

const BASE = `/${PLUGIN_ID}/reports`;

/** The current year in Vietnam (UTC+7), whatever the browser's time zone. */
function currentYear(): { from: string; to: string } {
  const year = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The file name the server gives in Content-Disposition, or a fallback. */
function fileNameOf(headers: Headers | undefined, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(headers?.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

type Period = { from: string; to: string };

/**
 * Opens the printable report in a window of its own (nothing of the admin is printed); false when
 * the browser blocked the window. Called from the click itself, which is what lets it open. The
 * page has no script of its own (the admin's CSP allows none inline): its buttons are wired here.
 */
function openPrintable(data: ReportData): boolean {
  const printWindow = window.open('', '_blank');
  if (!printWindow) return false;
  const page = printWindow.document;
  page.open();
  page.write(printableReport(data));
  page.close();
  page.getElementById(PRINT_BUTTON_ID)?.addEventListener('click', () => printWindow.print());
  page.getElementById(CLOSE_BUTTON_ID)?.addEventListener('click', () => printWindow.close());
  printWindow.focus();
  return true;
}

export function ReportPanel() {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const { get } = useFetchClient();
  const [draft, setDraft] = React.useState<Period>(currentYear);
  const [period, setPeriod] = React.useState<Period>(currentYear);
  const [data, setData] = React.useState<ReportData | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    get<ReportResponse>(BASE, { params: period }).then(
      (response) => {
        if (!current) return;
        setData(response.data.data);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setData(null);
        setError(apiErrorMessage(failure, t('report.error')));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the period (and the client) decide the request; `t` is a new function on every render.
  }, [get, period]);

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const response = await get(`${BASE}/export`, { params: period, responseType: 'blob' });
      // A temporary link is how a browser saves a Blob under a chosen name.
      const url = URL.createObjectURL(response.data);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers, 'bao-cao-ban-bien-tap.xlsx');
      window.document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (failure) {
      // A blob answer carries no readable message: say what the status means.
      const status = isFetchError(failure) ? failure.status : undefined;
      setError(status === 403 || status === 404 ? t('report.export.denied') : t('report.export.error'));
    } finally {
      setExporting(false);
    }
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPeriod({ ...draft });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <form onSubmit={onSubmit} aria-label={t('report.period')}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="from" required>
              <Field.Label>{t('report.from')}</Field.Label>
              <TextInput
                type="date"
                value={draft.from}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, from: event.target.value })}
              />
            </Field.Root>
            <Field.Root name="to" required>
              <Field.Label>{t('report.to')}</Field.Label>
              <TextInput
                type="date"
                value={draft.to}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, to: event.target.value })}
              />
            </Field.Root>
            <Button type="submit" variant="secondary" loading={loading}>
              {t('report.show')}
            </Button>
            <Button type="button" startIcon={<Download />} loading={exporting} disabled={!data} onClick={exportWorkbook}>
              {t('report.export')}
            </Button>
            <Button
              type="button"
              variant="tertiary"
              startIcon={<File />}
              disabled={!data}
              onClick={() => {
                if (data && !openPrintable(data)) setError(t('report.print.blocked'));
              }}
            >
              {t('report.print')}
            </Button>
          </Flex>
        </form>
      </Box>

      {error && (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
      {!data && !error && <Typography textColor="neutral600">{t('report.loading')}</Typography>}
      {data && (
        <>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="delta" tag="h2">
              {data.scope === 'province'
                ? t('report.title.province')
                : t('report.title.commune', { name: data.communes[0]?.commune.name ?? '' })}
            </Typography>
            <Typography textColor="neutral600">{t('report.generated', { at: formatDateTime(data.generatedAt, locale) })}</Typography>
            <Typography>{t('report.headline', { photos: data.total.articlePhotos, documents: data.total.documentsPosted })}</Typography>
          </Flex>
          <KindTable data={data} caption={t('report.byKind')} kindLabel={t('report.kind')} totalLabel={t('report.total')} />
          <VisitsTable data={data} caption={data.scope === 'province' ? t('report.visits.province') : t('report.visits')} t={t} />
          {data.scope === 'province' ? (
            <>
              <CommuneTable data={data} caption={t('report.byCommune')} t={t} />
              <Typography textColor="neutral600">{t('report.authors.inExport')}</Typography>
            </>
          ) : (
            data.communes[0] && <AuthorTable report={data.communes[0]} caption={t('report.byAuthor')} t={t} />
          )}
        </>
      )}
    </Flex>
  );
}

function KindTable({ data, caption, kindLabel, totalLabel }: { data: ReportData; caption: string; kindLabel: string; totalLabel: string }) {
  return (
    <Table colCount={FIGURE_NAMES.length + 1} rowCount={REPORT_KINDS.length + 2} aria-label={caption}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{kindLabel}</Typography>
          </Th>
          {FIGURE_NAMES.map((name) => (
            <Th key={name}>
              <Typography variant="sigma">{FIGURE_LABELS[name]}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {REPORT_KINDS.map((kind) => (
          <Tr key={kind}>
            <Td>
              <Typography>{REPORT_KIND_LABELS[kind]}</Typography>
            </Td>
            {FIGURE_NAMES.map((name) => (
              <Td key={name}>
                <Typography>{data.total.byKind[kind][name]}</Typography>
              </Td>
            ))}
          </Tr>
        ))}
        <Tr>
          <Td>
            <Typography fontWeight="bold">{totalLabel}</Typography>
          </Td>
          {FIGURE_NAMES.map((name) => (
            <Td key={name}>
              <Typography fontWeight="bold">{data.total.total[name]}</Typography>
            </Td>
          ))}
        </Tr>
      </Tbody>
    </Table>
  );
}

type Translate = (id: string, values?: Record<string, string | number>) => string;

/** The site's visits of the scope (the commune, or the province's sum): in the period, this year, in total. */
function VisitsTable({ data, caption, t }: { data: ReportData; caption: string; t: Translate }) {
  const labels = visitLabels(data);
  return (
    <Table colCount={2} rowCount={VISIT_FIGURE_NAMES.length + 1} aria-label={caption}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{caption}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('report.visits.count')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {VISIT_FIGURE_NAMES.map((name) => (
          <Tr key={name}>
            <Td>
              <Typography>{labels[name]}</Typography>
            </Td>
            <Td>
              <Typography data-visits={name}>{formatCount(data.totalVisits[name])}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

/** Publishing figures and visits of one commune (or of the province, for the total row). */
const communeValues = (report: Pick<CommuneReport, 'figures' | 'visits'>): number[] => [
  report.figures.total.received,
  report.figures.byKind.tin.published,
  report.figures.byKind.bai.published,
  report.figures.total.published,
  report.figures.total.returnedItems,
  report.figures.total.returns,
  report.figures.total.rejected,
  report.figures.articlePhotos,
  report.figures.documentsPosted,
  ...VISIT_FIGURE_NAMES.map((name) => report.visits[name]),
];

function CommuneTable({ data, caption, t }: { data: ReportData; caption: string; t: Translate }) {
  const columns = [
    'received',
    'publishedTin',
    'publishedBai',
    'published',
    'returnedItems',
    'returns',
    'rejected',
    'articlePhotos',
    'documentsPosted',
  ];
  const labels = visitLabels(data);
  const headers = [
    t('report.column.commune'),
    ...columns.map((column) => t(`report.column.${column}`)),
    ...VISIT_FIGURE_NAMES.map((name) => labels[name]),
  ];
  const row = (key: string, name: string, values: number[], bold: boolean) => (
    <Tr key={key}>
      <Td>
        <Typography fontWeight="bold">{name}</Typography>
      </Td>
      {values.map((value, index) => (
        <Td key={headers[index + 1]}>
          <Typography fontWeight={bold ? 'bold' : undefined}>{formatCount(value)}</Typography>
        </Td>
      ))}
    </Tr>
  );
  return (
    <Table colCount={headers.length} rowCount={data.communes.length + 2} aria-label={caption}>
      <Thead>
        <Tr>
          {headers.map((header) => (
            <Th key={header}>
              <Typography variant="sigma">{header}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {data.communes.map((report) => row(report.commune.documentId, report.commune.name, communeValues(report), false))}
        {row('province', t('report.provinceTotal'), communeValues({ figures: data.total, visits: data.totalVisits }), true)}
      </Tbody>
    </Table>
  );
}

function AuthorTable({ report, caption, t }: { report: CommuneReport; caption: string; t: Translate }) {
  if (report.authors.length === 0) return <Typography textColor="neutral600">{t('report.authors.none')}</Typography>;
  const otherKinds = REPORT_KINDS.filter((kind) => !ARTICLE_KINDS.includes(kind));
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta" tag="h3">
        {caption}
      </Typography>
      <Table colCount={5} rowCount={report.authors.length + 1} aria-label={caption}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('report.column.author')}</Typography>
            </Th>
            {ARTICLE_KINDS.map((kind) => (
              <Th key={kind}>
                <Typography variant="sigma">{REPORT_KIND_LABELS[kind]}</Typography>
              </Th>
            ))}
            <Th>
              <Typography variant="sigma">{t('report.column.otherKinds')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('report.column.photos')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {report.authors.map((author) => (
            <Tr key={author.authorName}>
              <Td>
                <Typography>{author.authorName || t('report.authors.unknown')}</Typography>
              </Td>
              {ARTICLE_KINDS.map((kind) => (
                <Td key={kind}>
                  <Typography>{author.published[kind]}</Typography>
                </Td>
              ))}
              <Td>
                <Typography>{otherKinds.reduce((sum, kind) => sum + author.published[kind], 0)}</Typography>
              </Td>
              <Td>
                <Typography>{author.photos}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
}
