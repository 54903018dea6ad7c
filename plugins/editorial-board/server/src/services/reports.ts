/**
 * Report figures from the board's event log (never from the content rows: Strapi re-creates rows
 * on publish, so counting rows counts republishing twice). What each figure means is written
 * down in shared/reports.ts; the counting-once rests on the event's `firstTime` flag, which the
 * store sets in the same transaction as the event.
 *
 * Two aggregate queries per report, whatever the size: one for the figures by commune and kind,
 * one for the authors. Both read the (commune_id, created_at) index for one commune, and scan
 * the period's events once for the whole province.
 *
 * Who may ask: anyone on a commune's board (any board role) or its commune admin, for that
 * commune; province IT (super admin) and the province viewer, for any commune or the whole
 * province. A commune the user does not belong to is "not found", as everywhere else.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { emptyReportVisits, type CommuneReport, type ReportCommune, type ReportData, type ReportVisits } from '../../../shared';
import {
  authorsByCommune,
  emptyFigures,
  exportFileName,
  figuresByCommune,
  parsePeriod,
  PeriodError,
  sumFigures,
  sumVisits,
  visitsAsOf,
  type AuthorRow,
  type KindRow,
  type Period,
} from '../reports/figures';
import { reportWorkbook } from '../reports/workbook';
import { COMMUNE_UID, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

const EVENTS_TABLE = 'editorial_events';
/** The tenancy plugin's roles that see every commune (see commune-tenancy guard/actor.ts). */
const PROVINCE_ROLES = new Set(['strapi-super-admin', 'commune-province-viewer']);

/** Imports (the demo seed's direct publication) are not the board's work: not counted. */
const RECEIVED = ['submit', 'receive'];
const PUBLISHED = ['publish', 'force_publish'];
const COUNTED_ACTIONS = [...RECEIVED, ...PUBLISHED, 'return', 'reject'];

export interface ReportQuery {
  from?: unknown;
  to?: unknown;
  commune?: unknown;
}

/**
 * The site-stats plugin's visit counter, as far as the report uses it (another plugin's service,
 * so typed by its shape; its figures carry more fields than the report shows).
 */
interface VisitCounter {
  figuresOn(communeIds: readonly number[] | null, period: { from: string; to: string }, day: string): Promise<Map<number, ReportVisits>>;
}

type Access = { kind: 'province' } | { kind: 'member'; communeIds: number[]; selected: number | null };

interface CommuneRow {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  code: string;
  shortName: string | null;
  province: string;
}

const inList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const communes = () => strapi.db.query(COMMUNE_UID);

  async function accessOf(userId: number): Promise<Access> {
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } })) as {
      roles?: Array<{ code: string }>;
    } | null;
    if ((user?.roles ?? []).some((role) => PROVINCE_ROLES.has(role.code))) return { kind: 'province' };
    // Members of a suspended commune are locked out of it, its reports included.
    const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { adminUserId: userId, commune: { siteStatus: 'active' } },
      select: ['selected'],
      populate: { commune: { select: ['id'] } },
    })) as Array<{ selected: boolean | null; commune: { id: number } | null }>;
    const communeIds = [...new Set(memberships.flatMap((membership) => (membership.commune ? [membership.commune.id] : [])))];
    if (communeIds.length === 0)
      throw new errors.ForbiddenError('Chỉ Ban biên tập, quản trị xã, phường và cán bộ của tỉnh được xem số liệu báo cáo.');
    const selected = memberships.find((membership) => membership.selected === true)?.commune?.id ?? null;
    return { kind: 'member', communeIds, selected };
  }

  const publicCommune = (row: CommuneRow): ReportCommune => ({
    documentId: row.documentId,
    name: row.name,
    slug: row.slug,
    code: row.code,
    shortName: row.shortName ?? null,
    province: row.province,
  });
  const COMMUNE_FIELDS = ['id', 'documentId', 'name', 'slug', 'code', 'shortName', 'province'];

  /** The communes the report covers: one, or every commune of the province (scope 'province'). */
  async function scopeOf(userId: number, rawCommune: unknown): Promise<{ scope: ReportData['scope']; communes: CommuneRow[] }> {
    const access = await accessOf(userId);
    const wanted = Array.isArray(rawCommune) ? rawCommune[0] : rawCommune;
    if (wanted !== undefined && wanted !== null && wanted !== '') {
      if (typeof wanted !== 'string' || wanted.length > 64) throw new errors.ValidationError('Xã, phường không hợp lệ.');
      const row = (await communes().findOne({ where: { documentId: wanted }, select: COMMUNE_FIELDS })) as CommuneRow | null;
      // Another commune's existence is not revealed: it is "not found" like an unknown one.
      if (!row || (access.kind === 'member' && !access.communeIds.includes(row.id)))
        throw new errors.NotFoundError('Không tìm thấy xã, phường này.');
      return { scope: 'commune', communes: [row] };
    }
    if (access.kind === 'province') {
      const all = (await communes().findMany({ select: COMMUNE_FIELDS })) as CommuneRow[];
      const collator = new Intl.Collator('vi');
      return { scope: 'province', communes: all.sort((a, b) => collator.compare(a.name, b.name)) };
    }
    const communeId =
      access.communeIds.length === 1
        ? access.communeIds[0]
        : access.selected !== null && access.communeIds.includes(access.selected)
          ? access.selected
          : undefined;
    if (communeId === undefined)
      throw new errors.ValidationError(
        'Bạn thuộc nhiều xã, phường: hãy chọn xã đang làm việc (mục “Xã đang làm việc”) rồi xem lại báo cáo.',
      );
    const row = (await communes().findOne({ where: { id: communeId }, select: COMMUNE_FIELDS })) as CommuneRow | null;
    if (!row) throw new errors.NotFoundError('Không tìm thấy xã, phường này.');
    return { scope: 'commune', communes: [row] };
  }

  /** The period's counted events, for one commune or (null) every commune. */
  function eventsIn(period: Period, communeId: number | null): Knex.QueryBuilder {
    const query = knex()(EVENTS_TABLE)
      .where('created_at', '>=', period.start)
      .andWhere('created_at', '<', period.end)
      .whereIn('action', COUNTED_ACTIONS);
    return communeId === null ? query : query.andWhere('commune_id', communeId);
  }

  async function kindRows(period: Period, communeId: number | null): Promise<KindRow[]> {
    // The action lists are this file's constants, never user input; the period and commune are bound.
    const firstOf = (actions: readonly string[]) => `action IN (${inList(actions)}) AND first_time IS TRUE`;
    return (await eventsIn(period, communeId)
      .select({ communeId: 'commune_id', kind: 'kind' })
      .select(
        knex().raw(`COUNT(*) FILTER (WHERE ${firstOf(RECEIVED)}) AS "received"`),
        knex().raw(`COUNT(*) FILTER (WHERE ${firstOf(PUBLISHED)}) AS "published"`),
        knex().raw(`COUNT(*) FILTER (WHERE ${firstOf(['return'])}) AS "returnedItems"`),
        knex().raw(`COUNT(*) FILTER (WHERE action = 'return') AS "returns"`),
        knex().raw(`COUNT(*) FILTER (WHERE ${firstOf(['reject'])}) AS "rejected"`),
        knex().raw(`COALESCE(SUM(photos) FILTER (WHERE ${firstOf(PUBLISHED)}), 0) AS "photos"`),
      )
      .groupBy('commune_id', 'kind')) as KindRow[];
  }

  async function authorRows(period: Period, communeId: number | null): Promise<AuthorRow[]> {
    return (await eventsIn(period, communeId)
      .whereIn('action', PUBLISHED)
      .andWhere('first_time', true)
      .select({ communeId: 'commune_id', authorName: 'author_name', kind: 'kind' })
      .select(knex().raw('COUNT(*) AS "published"'), knex().raw('COALESCE(SUM(photos), 0) AS "photos"'))
      .groupBy('commune_id', 'author_name', 'kind')) as AuthorRow[];
  }

  /**
   * The covered communes' visits, counted up to the period's last day (shared/reports.ts says
   * why); only the three figures the report shows are kept.
   */
  async function visitsOf(period: Period, communeIds: number[]): Promise<Map<number, ReportVisits>> {
    const counter = strapi.plugin('site-stats').service('visits') as VisitCounter;
    const figures = await counter.figuresOn(communeIds, { from: period.from, to: period.to }, period.to);
    return new Map(
      [...figures].map(([communeId, visits]) => [communeId, { period: visits.period, year: visits.year, total: visits.total }]),
    );
  }

  return {
    /** The figures one user may see for the period and commune asked (see the file's comment). */
    async figures(userId: number, query: ReportQuery): Promise<ReportData> {
      let period: Period;
      try {
        period = parsePeriod(query.from, query.to);
      } catch (error) {
        if (error instanceof PeriodError) throw new errors.ValidationError(error.message);
        throw error;
      }
      const { scope, communes: covered } = await scopeOf(userId, query.commune);
      const only = scope === 'commune' ? (covered[0]?.id ?? null) : null;
      const now = new Date();
      const [kinds, authors, visits] = await Promise.all([
        kindRows(period, only),
        authorRows(period, only),
        visitsOf(
          period,
          covered.map((row) => row.id),
        ),
      ]);
      const figures = figuresByCommune(kinds);
      const people = authorsByCommune(authors);
      const reports: CommuneReport[] = covered.map((row) => ({
        commune: publicCommune(row),
        figures: figures.get(row.id) ?? emptyFigures(),
        visits: visits.get(row.id) ?? emptyReportVisits(),
        authors: people.get(row.id) ?? [],
      }));
      return {
        scope,
        period: { from: period.from, to: period.to },
        generatedAt: now.toISOString(),
        communes: reports,
        total: sumFigures(reports.map((report) => report.figures)),
        visitsAsOf: visitsAsOf(period, now),
        totalVisits: sumVisits(reports.map((report) => report.visits)),
      };
    },

    /** The same figures as an .xlsx file, with the name it is downloaded under. */
    async workbook(userId: number, query: ReportQuery): Promise<{ fileName: string; content: Buffer }> {
      const data = await this.figures(userId, query);
      const slug = data.scope === 'province' ? 'toan-tinh' : (data.communes[0]?.commune.slug ?? 'xa');
      return { fileName: exportFileName(slug, data.period), content: await reportWorkbook(data) };
    },
  };
};

export default reports;
export type ReportsService = ReturnType<typeof reports>;
