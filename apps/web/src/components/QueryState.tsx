import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '../i18n/i18n-context';
import { errorMessageOf } from '../lib/errors';

interface QueryStateProps<T> {
  fetching: boolean;
  error?: CombinedError;
  data: T | undefined | null;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states every query shows the same way. */
export function QueryState<T>({
  fetching,
  error,
  data,
  isEmpty,
  empty,
  children,
}: QueryStateProps<T>) {
  const t = useT();

  if (data === undefined || data === null) {
    if (error) {
      return (
        <p className="alert alert-error" role="alert">
          {t('common.error', { message: errorMessageOf(error) })}
        </p>
      );
    }
    if (fetching) {
      return (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      );
    }
    return null;
  }
  if (isEmpty?.(data)) return <p className="empty">{empty}</p>;
  return <>{children(data)}</>;
}
