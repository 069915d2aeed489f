import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@sim-se/shared';
import { I18nContext } from './i18n-context';
import { storeLanguage, storedLanguage } from './language-store';
import { translate, type MessageKey, type TranslateVars } from './translate';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo(
    () => ({
      language,
      setLanguage,
      t: (key: MessageKey, vars?: TranslateVars) => translate(language, key, vars),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
