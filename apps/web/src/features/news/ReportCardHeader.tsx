import { Link } from 'react-router';
import type { ReportStatus } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { REPORT_STATUS_LABELS } from './report-status';

/** The id of a report card's title, for buttons and links that act on that report. */
export function reportTitleId(reportId: string): string {
  return `report-${reportId}`;
}

interface ReportCardHeaderProps {
  report: { id: string; title: string; status: ReportStatus };
  /** Where the title leads, when the report can be read somewhere. */
  href?: string;
  showStatus?: boolean;
  /** Facts under the title (author, kelurahan, when sent), in the order given. */
  meta: (string | null | undefined)[];
}

/** Status, title and facts at the top of a report card, in My reports and the review queue. */
export function ReportCardHeader({
  report,
  href,
  showStatus = false,
  meta,
}: ReportCardHeaderProps) {
  const t = useT();
  return (
    <>
      {showStatus && (
        <span className={`badge badge-${report.status.toLowerCase()}`}>
          {t(REPORT_STATUS_LABELS[report.status])}
        </span>
      )}
      <h2 className="card-title" id={reportTitleId(report.id)}>
        {href ? <Link to={href}>{report.title}</Link> : report.title}
      </h2>
      <p className="meta">{meta.filter(Boolean).join(' · ')}</p>
    </>
  );
}
