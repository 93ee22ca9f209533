import type { Ref } from 'preact';

export interface EmptyScreenProps {
  id: string;
  title: string;
  empty: string;
  hint: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** A main screen that has nothing to list yet: says so, and says why. */
export function EmptyScreen({ id, title, empty, hint, headingRef }: EmptyScreenProps) {
  return (
    <section class="screen" id={`screen-${id}`} aria-labelledby={`title-${id}`}>
      <h1 id={`title-${id}`} tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <div class="empty-state">
        <p class="empty-title">{empty}</p>
        <p class="empty-hint">{hint}</p>
      </div>
    </section>
  );
}
