import type { LocaleCode } from 'kyr-widgets';
import Widgets from './widgets';

/** Prerendered at build, one page per language: /en and /es. */
export const dynamicParams = false;
export function generateStaticParams(): Array<{ lang: LocaleCode }> {
  return [{ lang: 'en' }, { lang: 'es' }];
}

export default async function Page({ params }: { params: Promise<{ lang: LocaleCode }> }) {
  const { lang } = await params;
  return <Widgets locale={lang} />;
}
