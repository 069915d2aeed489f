import type { ReportStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/translate';

export const REPORT_STATUS_LABELS: Record<ReportStatus, MessageKey> = {
  SUBMITTED: 'report.status.SUBMITTED',
  CHANGES_REQUESTED: 'report.status.CHANGES_REQUESTED',
  PUBLISHED: 'report.status.PUBLISHED',
};
