// Type-checked with the app, never bundled: what React apps pass to a kyr tag (TS2322 before).
import { useRef } from 'react';
import type { KyrHotlineCard } from 'kyr-widgets';
import { kyrProps } from 'kyr-widgets/react';

export function Accepted() {
  const card = useRef<KyrHotlineCard>(null);
  const untyped = useRef(null);
  return (
    <>
      <kyr-hotline-card ref={card} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
      <kyr-hotline-card ref={untyped} />
      <kyr-hotline-card ref={(element) => () => element?.remove()} />
    </>
  );
}

export const refused = (
  <>
    {/* @ts-expect-error: hotline is a string */}
    <kyr-hotline-card ref={kyrProps<KyrHotlineCard>({ hotline: 311 })} />
    {/* @ts-expect-error: no such event */}
    <kyr-hotline-card ref={kyrProps({ 'onkyr-click': () => undefined })} />
    <kyr-language-picker
      ref={kyrProps({
        'onkyr-locale-change': (e) => {
          // @ts-expect-error: the detail is typed (locale is a LocaleCode)
          const wrong: number = e.detail.locale;
          return wrong;
        },
      })}
    />
  </>
);
