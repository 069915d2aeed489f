import { formatDateTime, postSchema } from '@sim-se/shared';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TextAreaField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { LoadMore, PagedList, type PageProps } from '../../components/PagedList';
import { QueryState } from '../../components/QueryState';
import { ForumThreadDocument, ReplyDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import { useForm } from '../../lib/use-form';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { localized } from './localized';

const POSTS_PER_PAGE = 20;

export function ThreadPage() {
  const { id = '' } = useParams();
  return <PagedList key={id} renderPage={(page) => <PostsPage threadId={id} page={page} />} />;
}

function PostsPage({ threadId, page }: { threadId: string; page: PageProps }) {
  const { t, language } = useI18n();
  const [result] = useQuery({
    query: ForumThreadDocument,
    variables: { id: threadId, first: POSTS_PER_PAGE, after: page.after },
  });
  const isFirst = page.after === null;
  const thread = result.data?.thread;
  const notFound = result.data && !thread;
  usePageTitle(
    isFirst ? (thread?.title ?? t(notFound ? 'forum.notFound' : 'forum.title')) : undefined,
  );

  if (notFound) return isFirst ? <h1>{t('forum.notFound')}</h1> : null;

  return (
    <QueryState fetching={result.fetching} error={result.error} data={thread}>
      {(found) => (
        <>
          {isFirst && (
            <>
              <p className="meta">
                <Link to="/forum">{t('forum.title')}</Link> ›{' '}
                <Link to={`/forum/${found.category.slug}`}>
                  {localized(language, found.category.nameId, found.category.nameEn)}
                </Link>
              </p>
              <h1>{found.title}</h1>
              {found.locked && <p className="alert">{t('forum.locked')}</p>}
            </>
          )}
          <ol className="card-list posts" aria-label={found.title}>
            {found.posts.nodes.map((post) => (
              <li key={post.id} className="card post">
                <p className="meta">
                  {t('forum.postedAt', {
                    author: post.author?.name ?? '—',
                    date: formatDateTime(post.createdAt, language),
                  })}
                </p>
                {/* Sanitised by the server. */}
                <div className="article-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
              </li>
            ))}
          </ol>
          <LoadMore page={page} pageInfo={found.posts.pageInfo} />
          {page.isLast && !found.locked && <ReplyForm threadId={found.id} />}
        </>
      )}
    </QueryState>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const { t, language } = useI18n();
  const location = useLocation();
  const { viewer } = useViewer();
  // A reply has one field, so its own error says enough without a line above the form.
  const form = useForm({ body: '' }, { summarise: false });
  const [{ fetching }, reply] = useMutation(ReplyDocument);

  if (!viewer) {
    return (
      <p className="alert">
        <Link to={`/masuk?next=${encodeURIComponent(location.pathname)}`}>
          {t('forum.logInToReply')}
        </Link>
      </p>
    );
  }

  async function handleSubmit() {
    const check = checkForm(postSchema, { threadId, body: form.values.body }, language);
    const sent = await form.submit(check, (input) => reply({ input }));
    if (sent) form.set('body', '');
  }

  return (
    <Form label={t('forum.sendReply')} error={form.formError} onSubmit={handleSubmit}>
      <TextAreaField
        label={t('forum.reply')}
        hint={t('common.markdownHint')}
        {...form.field('body')}
        rows={5}
      />
      <div className="actions">
        <SubmitButton busy={fetching} label={t('forum.sendReply')} busyLabel={t('forum.sending')} />
      </div>
    </Form>
  );
}
