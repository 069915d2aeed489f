import { formatDateTime, reviewCommentSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert, TextAreaField } from '../../components/fields';
import { PagedList, type PageProps } from '../../components/PagedList';
import { PagedQuery } from '../../components/PagedQuery';
import { RequireRole } from '../../components/RequireRole';
import {
  PublishReportDocument,
  RequestChangesDocument,
  ReviewQueueDocument,
  type ReviewQueueQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportCardHeader, reportTitleId } from './ReportCardHeader';

type QueuedReport = ReviewQueueQuery['reviewQueue']['nodes'][number];

export function ReviewQueuePage() {
  const { t } = useI18n();
  usePageTitle(t('review.title'));
  // Kept above the list: a reviewed report leaves the queue, and its card with it.
  const [notice, setNotice] = useState<string>();
  return (
    <section>
      <h1>{t('review.title')}</h1>
      <FormAlert message={notice} tone="success" />
      <RequireRole role="EDITOR">
        {() => (
          <PagedList renderPage={(page) => <QueuePage page={page} onReviewed={setNotice} />} />
        )}
      </RequireRole>
    </section>
  );
}

interface QueuePageProps {
  page: PageProps;
  onReviewed: (notice: string) => void;
}

function QueuePage({ page, onReviewed }: QueuePageProps) {
  const { t } = useI18n();

  return (
    <PagedQuery
      query={ReviewQueueDocument}
      page={page}
      connection={(data) => data.reviewQueue}
      empty={t('review.empty')}
    >
      {(queue) => (
        <ul className="card-list">
          {queue.nodes.map((report) => (
            <QueuedReportCard key={report.id} report={report} onReviewed={onReviewed} />
          ))}
        </ul>
      )}
    </PagedQuery>
  );
}

interface QueuedReportCardProps {
  report: QueuedReport;
  onReviewed: (notice: string) => void;
}

function QueuedReportCard({ report, onReviewed }: QueuedReportCardProps) {
  const { t, language } = useI18n();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [publishState, publish] = useMutation(PublishReportDocument);
  const [changesState, requestChanges] = useMutation(RequestChangesDocument);
  const busy = publishState.fetching || changesState.fetching;
  const failure = publishState.error ?? changesState.error;

  async function handlePublish() {
    const result = await publish({ id: report.id });
    if (!result.error) onReviewed(t('review.published', { title: report.title }));
  }

  async function handleRequestChanges(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(reviewCommentSchema, comment, language);
    if (!check.ok) {
      setCommentError(Object.values(check.errors)[0]);
      return;
    }
    setCommentError(undefined);

    const result = await requestChanges({ id: report.id, comment: check.data });
    if (result.error) {
      setCommentError(fieldErrorsOf(result.error).comment);
      return;
    }
    onReviewed(t('review.changesRequested', { title: report.title }));
  }

  return (
    <li className="card">
      <article aria-labelledby={reportTitleId(report.id)}>
        <ReportCardHeader
          report={report}
          meta={[
            t('common.by', { name: report.author.name }),
            report.kelurahan?.name,
            t('report.submittedAt', { date: formatDateTime(report.submittedAt, language) }),
          ]}
        />
        {report.latestComment && (
          <p className="alert review-resubmitted">
            {t('review.resubmitted', { comment: report.latestComment.comment })}
          </p>
        )}
        {report.photoUrl && (
          <img src={report.photoUrl} alt="" width={480} height={270} loading="lazy" />
        )}
        {/* Sanitised by the server. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: report.bodyHtml }} />
      </article>
      <FormAlert message={failure ? errorMessageOf(failure) : undefined} />
      <div className="review-actions">
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-describedby={reportTitleId(report.id)}
            onClick={() => void handlePublish()}
          >
            {t('review.publish')}
          </button>
        </div>
        <form
          className="form review-changes"
          noValidate
          aria-label={`${t('review.requestChanges')}: ${report.title}`}
          onSubmit={(event) => void handleRequestChanges(event)}
        >
          <TextAreaField
            label={t('review.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={commentError}
            rows={3}
          />
          <div className="actions">
            <button
              type="submit"
              className="button button-secondary"
              disabled={busy}
              aria-describedby={reportTitleId(report.id)}
            >
              {t('review.requestChanges')}
            </button>
          </div>
        </form>
      </div>
    </li>
  );
}
