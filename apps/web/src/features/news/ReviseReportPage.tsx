import { formatDateTime } from '@sim-se/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { ReportDocument, ReviseReportDocument, type ReportQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorReasonOf } from '../../lib/errors';
import { mediaFromUrl } from '../../lib/upload';
import { usePageTitle } from '../../lib/use-page-title';
import type { Viewer } from '../auth/use-viewer';
import { ReportForm } from './ReportForm';

type ReportToRevise = ReportQuery['report'];

/** What My reports shows after a revision went back to the editors. */
export interface RevisedNotice {
  revisedTitle: string;
}

export function ReviseReportPage() {
  const { t } = useI18n();
  usePageTitle(t('report.reviseTitle'));
  return (
    <section>
      <h1>{t('report.reviseTitle')}</h1>
      <RequireRole>{(viewer) => <LoadedReport viewer={viewer} />}</RequireRole>
    </section>
  );
}

function LoadedReport({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [result] = useQuery({
    query: ReportDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });

  if (errorReasonOf(result.error) === 'NOT_FOUND') {
    return <p className="alert alert-error">{t('report.notFound')}</p>;
  }

  return (
    <QueryState fetching={result.fetching} error={result.error} data={result.data?.report}>
      {(report) => <Revision report={report} isAuthor={report.author.id === viewer.id} />}
    </QueryState>
  );
}

function Revision({ report, isAuthor }: { report: ReportToRevise; isAuthor: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [{ fetching }, reviseReport] = useMutation(ReviseReportDocument);
  // Judged once: the resubmitted report turns SUBMITTED in the cache just before we leave.
  const [editable] = useState(report.status === 'CHANGES_REQUESTED');

  if (!isAuthor) return <p className="alert alert-error">{t('common.forbidden')}</p>;
  if (!editable) {
    return (
      <p className="alert">
        {t('report.notEditable')} <Link to="/laporan-saya">{t('report.mine')}</Link>
      </p>
    );
  }

  return (
    <>
      <p>{t('report.reviseIntro')}</p>
      <EditorComments comments={report.comments} />
      <ReportForm
        initial={{
          title: report.title,
          body: report.body,
          regionCode: report.kelurahan?.code ?? '',
          photo: mediaFromUrl(report.photoUrl),
        }}
        label={t('report.reviseTitle')}
        submitLabel={t('report.resubmit')}
        fetching={fetching}
        send={(input) => reviseReport({ id: report.id, input })}
        onSent={(input) => {
          const notice: RevisedNotice = { revisedTitle: input.title };
          return navigate('/laporan-saya', { state: notice });
        }}
      />
    </>
  );
}

function EditorComments({ comments }: { comments: ReportToRevise['comments'] }) {
  const { t, language } = useI18n();
  if (comments.length === 0) return null;

  return (
    <section aria-labelledby="editor-comments" className="panel">
      <h2 id="editor-comments">{t('report.editorComments')}</h2>
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p>{comment.comment}</p>
            <p className="meta">
              {t('report.commentBy', {
                editor: comment.editor.name,
                date: formatDateTime(comment.createdAt, language),
              })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
