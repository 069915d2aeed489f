import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ErrorReason,
  type Language,
  ReportStatus,
  reportSchema,
  reviewCommentSchema,
  Role,
  slugify,
} from '@sim-se/shared';
import {
  DataSource,
  type EntityManager,
  In,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { z } from 'zod';
import { hasRole } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors/app-error.js';
import { validate } from '../../common/errors/validate.js';
import {
  isUuid,
  keysetCursor,
  pageSize,
  takePage,
  timestampKey,
} from '../../common/graphql/keyset-cursor.js';
import type { PageInfoModel } from '../../common/graphql/page-info.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { SearchService } from '../search/search.service.js';
import { SearchKind } from '../search/search.types.js';
import type { ArticleConnectionModel, ArticleModel } from './dto/article.model.js';
import type { PageArgs } from '../../common/graphql/page.args.js';
import type { ReportConnectionModel, ReportModel } from './dto/report.model.js';
import { ReportCommentEntity } from './entities/report-comment.entity.js';
import { ReportEntity } from './entities/report.entity.js';
import { newsSearchSource } from './news-search-source.js';
import { toArticleModel, toReportModel } from './report-mapper.js';

const commentSchema = z.object({ comment: reviewCommentSchema });
type ReportValues = z.output<typeof reportSchema>;
type PublishedReport = ReportEntity & { publishedAt: Date };

/** Lists of reports are sorted by a time and then by id. */
const positionCursor = keysetCursor('timestamp', 'uuid');
const TIME_COLUMNS = { submittedAt: 'submitted_at', publishedAt: 'published_at' } as const;

/** Citizen reports on their way from a KIM member, through the editors, to the public. */
@Injectable()
export class NewsroomService implements OnModuleInit {
  constructor(
    @InjectRepository(ReportEntity) private readonly reports: Repository<ReportEntity>,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RegionsService) private readonly regions: RegionsService,
    @Inject(SearchService) private readonly search: SearchService,
  ) {}

  onModuleInit(): void {
    this.search.register(newsSearchSource);
  }

  /** A member sends a report to the editors' queue. */
  async submit(author: Viewer, input: unknown, language: Language): Promise<ReportModel> {
    const values = await this.checkReport(author, input, language);

    const id = await retryOnSlugClash(() =>
      this.dataSource.transaction(async (manager) => {
        const report = manager.create(ReportEntity, {
          ...reportFields(values),
          authorId: author.id,
          status: ReportStatus.SUBMITTED,
          slug: await freeSlug(manager, values.title, null),
          submittedAt: new Date(),
          publishedAt: null,
        });
        return (await manager.save(report)).id;
      }),
    );

    return this.loadReportModel(id);
  }

  /** The author answers an editor's comments and sends the report back to the queue. */
  async revise(
    author: Viewer,
    id: string,
    input: unknown,
    language: Language,
  ): Promise<ReportModel> {
    const values = await this.checkReport(author, input, language);

    await retryOnSlugClash(() =>
      this.dataSource.transaction(async (manager) => {
        const report = await lockReport(manager, id);
        if (report.authorId !== author.id) {
          throw new AppError(
            hasRole(author, Role.EDITOR) ? ErrorReason.MissingRole : ErrorReason.NotFound,
          );
        }
        if (report.status !== ReportStatus.CHANGES_REQUESTED) {
          throw new AppError(ErrorReason.ReportNotEditable);
        }

        // Nobody can link to an unpublished report yet, so its address may follow the new title.
        const slug =
          report.title === values.title
            ? report.slug
            : await freeSlug(manager, values.title, report.id);
        await manager.update(
          ReportEntity,
          { id },
          {
            ...reportFields(values),
            slug,
            status: ReportStatus.SUBMITTED,
            submittedAt: new Date(),
          },
        );
      }),
    );

    return this.loadReportModel(id);
  }

  /** An editor makes a submitted report public and findable. */
  async publish(id: string): Promise<ReportModel> {
    await this.dataSource.transaction(async (manager) => {
      const report = await lockReport(manager, id);
      if (report.status !== ReportStatus.SUBMITTED)
        throw new AppError(ErrorReason.ReportNotReviewable);

      await manager.update(
        ReportEntity,
        { id },
        {
          status: ReportStatus.PUBLISHED,
          publishedAt: new Date(),
        },
      );
      await this.search.enqueue(manager, SearchKind.NEWS, id);
    });

    return this.loadReportModel(id);
  }

  /** An editor sends a submitted report back to its author with what to change. */
  async requestChanges(
    editor: Viewer,
    id: string,
    comment: unknown,
    language: Language,
  ): Promise<ReportModel> {
    const values = validate(commentSchema, { comment }, language);

    await this.dataSource.transaction(async (manager) => {
      const report = await lockReport(manager, id);
      if (report.status !== ReportStatus.SUBMITTED)
        throw new AppError(ErrorReason.ReportNotReviewable);

      await manager.insert(ReportCommentEntity, {
        reportId: id,
        editorId: editor.id,
        comment: values.comment,
      });
      await manager.update(ReportEntity, { id }, { status: ReportStatus.CHANGES_REQUESTED });
    });

    return this.loadReportModel(id);
  }

  /** A report at any stage, for its author and editors; anyone else learns nothing of it. */
  async reportFor(viewer: Viewer, id: string): Promise<ReportModel> {
    const report = isUuid(id) ? await this.findWithComments(id) : null;
    if (!report || (report.authorId !== viewer.id && !hasRole(viewer, Role.EDITOR))) {
      throw new AppError(ErrorReason.NotFound);
    }
    return toReportModel(report, this.regions);
  }

  /** The viewer's own reports, most recently submitted first. */
  async myReports(viewer: Viewer, args: PageArgs): Promise<ReportConnectionModel> {
    const page = await this.page(
      (query) => query.where('report.authorId = :authorId', { authorId: viewer.id }),
      'submittedAt',
      'DESC',
      args,
    );
    return this.reportConnection(page);
  }

  /** Reports waiting for an editor, the longest waiting first. */
  async reviewQueue(args: PageArgs): Promise<ReportConnectionModel> {
    const page = await this.page(
      (query) => query.where('report.status = :status', { status: ReportStatus.SUBMITTED }),
      'submittedAt',
      'ASC',
      args,
    );
    return this.reportConnection(page);
  }

  /** Published articles, newest first. */
  async news(args: PageArgs): Promise<ArticleConnectionModel> {
    const page = await this.page(
      (query) => query.where('report.status = :status', { status: ReportStatus.PUBLISHED }),
      'publishedAt',
      'DESC',
      args,
    );
    const nodes = await Promise.all(
      page.items.map((report) => toArticleModel(report as PublishedReport, this.regions)),
    );
    return { nodes, pageInfo: page.pageInfo };
  }

  async article(slug: string): Promise<ArticleModel> {
    const report = await this.reports.findOne({
      where: { slug, status: ReportStatus.PUBLISHED },
      relations: { author: true },
    });
    if (!report?.publishedAt) throw new AppError(ErrorReason.NotFound);
    return toArticleModel(report as PublishedReport, this.regions);
  }

  private async checkReport(
    author: Viewer,
    input: unknown,
    language: Language,
  ): Promise<ReportValues> {
    const values = validate(reportSchema, input, language);
    if (!(await this.regions.isKelurahan(values.regionCode))) {
      throw new AppError(ErrorReason.UnknownRegion);
    }
    if (values.photoId) {
      // Only the author's own upload: a media id seen elsewhere must not be borrowed.
      const owned: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM media WHERE id = $1 AND owner_id = $2`,
        [values.photoId, author.id],
      );
      if (owned.length === 0) throw new AppError(ErrorReason.UnknownMedia);
    }
    return values;
  }

  private findWithComments(id: string): Promise<ReportEntity | null> {
    return this.reports.findOne({
      where: { id },
      relations: { author: true, comments: { editor: true } },
    });
  }

  private async loadReportModel(id: string): Promise<ReportModel> {
    const report = await this.findWithComments(id);
    if (!report) throw new AppError(ErrorReason.NotFound);
    return toReportModel(report, this.regions);
  }

  /** One keyset page ordered by a time column and then by id. */
  private async page(
    filter: (query: SelectQueryBuilder<ReportEntity>) => void,
    column: 'submittedAt' | 'publishedAt',
    direction: 'ASC' | 'DESC',
    args: PageArgs,
  ): Promise<{ items: ReportEntity[]; pageInfo: PageInfoModel }> {
    const size = pageSize(args.first);
    const after = args.after ? positionCursor.decode(args.after) : null;

    const query = this.reports
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.author', 'author')
      .addSelect(timestampKey(`report.${TIME_COLUMNS[column]}`), 'position_key');
    filter(query);
    if (after) {
      const [at, id] = after;
      const comparison = direction === 'ASC' ? '>' : '<';
      query.andWhere(
        `(report.${column}, report.id) ${comparison} (CAST(:at AS timestamptz), CAST(:id AS uuid))`,
        { at, id },
      );
    }
    const { entities, raw } = await query
      .orderBy(`report.${column}`, direction)
      .addOrderBy('report.id', direction)
      .limit(size + 1)
      .getRawAndEntities<{ report_id: string; position_key: string }>();

    const keys = new Map(raw.map((row) => [row.report_id, row.position_key]));
    return takePage(entities, size, (last) => positionCursor.encode([keys.get(last.id)!, last.id]));
  }

  private async reportConnection(page: {
    items: ReportEntity[];
    pageInfo: PageInfoModel;
  }): Promise<ReportConnectionModel> {
    const ids = page.items.map((report) => report.id);
    const comments =
      ids.length === 0
        ? []
        : await this.dataSource.manager.find(ReportCommentEntity, {
            where: { reportId: In(ids) },
            relations: { editor: true },
          });
    for (const report of page.items) {
      report.comments = comments.filter((comment) => comment.reportId === report.id);
    }
    const nodes = await Promise.all(
      page.items.map((report) => toReportModel(report, this.regions)),
    );
    return { nodes, pageInfo: page.pageInfo };
  }
}

function reportFields(values: ReportValues) {
  return {
    title: values.title,
    body: values.body,
    regionCode: values.regionCode,
    photoId: values.photoId ?? null,
  };
}

/** The report, locked until the transaction ends; an id that is not ours is simply not found. */
async function lockReport(manager: EntityManager, id: string): Promise<ReportEntity> {
  const report = isUuid(id)
    ? await manager.findOne(ReportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!report) throw new AppError(ErrorReason.NotFound);
  return report;
}

/** The title's slug, or with a short random suffix when another report already has it. */
async function freeSlug(
  manager: EntityManager,
  title: string,
  exceptId: string | null,
): Promise<string> {
  const base = slugify(title);
  for (let candidate = base; ; candidate = `${base}-${randomBytes(3).toString('hex')}`) {
    const taken: unknown[] = await manager.query(
      `SELECT 1 FROM reports WHERE slug = $1 AND id IS DISTINCT FROM $2::uuid`,
      [candidate, exceptId],
    );
    if (taken.length === 0) return candidate;
  }
}

/** Two reports with one title sent at the same instant: the loser picks another suffix. */
async function retryOnSlugClash<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (attempts > 1 && isSlugClash(error)) return retryOnSlugClash(write, attempts - 1);
    throw error;
  }
}

function isSlugClash(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'constraint' in error &&
    error.constraint === 'reports_slug_unique'
  );
}
