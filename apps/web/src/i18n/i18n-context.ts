import { createContext, useContext } from 'react';
import type { Language } from '@sim-se/shared';
import type { MessageKey, TranslateVars } from './translate';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, vars?: TranslateVars) => string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}

/** The translate function for the current language: `t('nav.home')`. */
export function useT(): I18n['t'] {
  return useI18n().t;
}
