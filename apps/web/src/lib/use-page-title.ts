import { useEffect } from 'react';

/** Names the browser tab after the page, so history and screen readers say where one is. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · SIM-SE` : 'SIM-SE · KIM Kota Serang';
  }, [title]);
}
