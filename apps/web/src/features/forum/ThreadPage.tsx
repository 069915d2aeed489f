import { formatDateTime, postSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, TextAreaField } from '../../components/fields';
import { LoadMore, PagedList, type PageProps } from '../../components/PagedList';
import { QueryState } from '../../components/QueryState';
import { ForumThreadDocument, ReplyDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
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
  usePageTitle(isFirst ? (thread?.title ?? t('forum.title')) : undefined);

  if (result.data && !thread) {
    return isFirst ? <p className="alert alert-error">{t('forum.notFound')}</p> : null;
  }

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
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
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

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(postSchema, { threadId, body }, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(undefined);
      return;
    }

    const result = await reply({ input: check.data });
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setBody('');
  }

  return (
    <form
      className="form"
      noValidate
      aria-label={t('forum.sendReply')}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <FormAlert message={formError} />
      <TextAreaField
        label={t('forum.reply')}
        name="body"
        hint={t('common.markdownHint')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
        rows={5}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t('forum.sending') : t('forum.sendReply')}
        </button>
      </div>
    </form>
  );
}
