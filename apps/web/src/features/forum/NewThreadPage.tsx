import { threadSchema } from '@sim-se/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TextAreaField, TextField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { ForumCategoryDocument, StartThreadDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import { useForm } from '../../lib/use-form';
import { usePageTitle } from '../../lib/use-page-title';
import { localized } from './localized';

export function NewThreadPage() {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const [result] = useQuery({ query: ForumCategoryDocument, variables: { slug } });
  const category = result.data?.forumCategory;
  const notFound = result.data && !category;
  usePageTitle(t(notFound ? 'forum.categoryNotFound' : 'forum.newThread'));

  if (notFound) return <h1>{t('forum.categoryNotFound')}</h1>;

  return (
    <section>
      {category && (
        <p className="meta">
          <Link to="/forum">{t('forum.title')}</Link> ›{' '}
          <Link to={`/forum/${category.slug}`}>
            {localized(language, category.nameId, category.nameEn)}
          </Link>
        </p>
      )}
      <h1>{t('forum.newThread')}</h1>
      <RequireRole>
        {() => (
          <QueryState fetching={result.fetching} error={result.error} data={category}>
            {(found) => <NewThreadForm categoryId={found.id} />}
          </QueryState>
        )}
      </RequireRole>
    </section>
  );
}

function NewThreadForm({ categoryId }: { categoryId: string }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const form = useForm({ title: '', body: '' });
  const [{ fetching }, startThread] = useMutation(StartThreadDocument);

  async function handleSubmit() {
    const check = checkForm(threadSchema, { ...form.values, categoryId }, language);
    const started = await form.submit(check, (input) => startThread({ input }));
    if (started) await navigate(`/forum/t/${started.startThread.id}`);
  }

  return (
    <Form label={t('forum.newThread')} error={form.formError} onSubmit={handleSubmit}>
      <TextField label={t('forum.threadTitle')} {...form.field('title')} required />
      <TextAreaField
        label={t('forum.threadBody')}
        hint={t('common.markdownHint')}
        {...form.field('body')}
        rows={10}
        required
      />
      <SubmitButton
        busy={fetching}
        label={t('forum.startThread')}
        busyLabel={t('forum.starting')}
      />
    </Form>
  );
}
