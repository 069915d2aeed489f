import { formatDateTime } from '@sim-se/shared';
import { Link, useLocation } from 'react-router';
import { PagedList, type PageProps } from '../../components/PagedList';
import { PagedQuery } from '../../components/PagedQuery';
import { FormAlert } from '../../components/fields';
import { RequireRole } from '../../components/RequireRole';
import { MyReportsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportCardHeader, reportTitleId } from './ReportCardHeader';
import type { RevisedNotice } from './ReviseReportPage';

function isRevisedNotice(state: unknown): state is RevisedNotice {
  return typeof state === 'object' && state !== null && 'revisedTitle' in state;
}

export function MyReportsPage() {
  const { t } = useI18n();
  const location = useLocation();
  usePageTitle(t('report.mine'));
  const state: unknown = location.state;
  const notice = isRevisedNotice(state)
    ? t('report.revised', { title: state.revisedTitle })
    : undefined;

  return (
    <section>
      <h1>{t('report.mine')}</h1>
      <RequireRole>
        {() => (
          <>
            <p>
              <Link to="/lapor" className="button button-small">
                {t('news.report')}
              </Link>
            </p>
            <FormAlert message={notice} tone="success" />
            <PagedList renderPage={(page) => <MyReportsList page={page} />} />
          </>
        )}
      </RequireRole>
    </section>
  );
}

function MyReportsList({ page }: { page: PageProps }) {
  const { t, language } = useI18n();

  return (
    <PagedQuery
      query={MyReportsDocument}
      page={page}
      connection={(data) => data.myReports}
      empty={t('report.mineEmpty')}
    >
      {(reports) => (
        <ul className="card-list">
          {reports.nodes.map((report) => (
            <li key={report.id} className="card">
              <ReportCardHeader
                report={report}
                showStatus
                href={report.status === 'PUBLISHED' ? `/berita/${report.slug}` : undefined}
                meta={[
                  t('report.submittedAt', { date: formatDateTime(report.submittedAt, language) }),
                  report.kelurahan?.name,
                ]}
              />
              {/* Once resent or published the note is settled, so it is shown only while it waits. */}
              {report.status === 'CHANGES_REQUESTED' && report.latestComment && (
                <p className="alert">
                  {t('report.editorComment', { comment: report.latestComment.comment })}
                </p>
              )}
              {report.status === 'CHANGES_REQUESTED' && (
                <Link
                  to={`/laporan-saya/${report.id}/ubah`}
                  className="button button-small"
                  aria-describedby={reportTitleId(report.id)}
                >
                  {t('report.revise')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </PagedQuery>
  );
}
