import type { Ref } from 'preact';

import type { Translate } from '../i18n';

export function NotFound({ t, headingRef }: { t: Translate; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section class="screen" id="screen-not-found">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('not-found-title')}
      </h1>
      <p>
        <a href="#/personnes">{t('not-found-back')}</a>
      </p>
    </section>
  );
}
