import type { Ref } from 'preact';

import { useT } from '../services';

export function NotFound({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useT();
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
