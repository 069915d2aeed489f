import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { isLanguage, LANGUAGES } from '../i18n/language-store';

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(option === 'id' ? 'language.id' : 'language.en')}
          </option>
        ))}
      </select>
    </div>
  );
}
