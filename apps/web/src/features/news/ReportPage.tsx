import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { RequireRole } from '../../components/RequireRole';
import { SubmitReportDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportForm } from './ReportForm';

export function ReportPage() {
  const t = useI18n().t;
  usePageTitle(t('report.title'));
  return (
    <section>
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      <RequireRole role="MEMBER">
        {(viewer) => <NewReport defaultRegion={viewer.kelurahan?.code ?? ''} />}
      </RequireRole>
    </section>
  );
}

function NewReport({ defaultRegion }: { defaultRegion: string }) {
  const { t } = useI18n();
  // Each sent report starts a fresh form (the photo input too), keeping the last kelurahan.
  const [round, setRound] = useState({ count: 0, regionCode: defaultRegion, sent: false });
  const [{ fetching }, submitReport] = useMutation(SubmitReportDocument);

  return (
    <>
      {round.sent && (
        <p className="alert alert-success" role="status">
          {t('report.sent')} <Link to="/laporan-saya">{t('report.mine')}</Link>
        </p>
      )}
      <ReportForm
        key={round.count}
        initial={{ title: '', body: '', regionCode: round.regionCode, photo: null }}
        label={t('report.title')}
        submitLabel={t('report.submit')}
        fetching={fetching}
        send={(input) => submitReport({ input })}
        onSent={(input) =>
          setRound({ count: round.count + 1, regionCode: input.regionCode, sent: true })
        }
      />
    </>
  );
}
