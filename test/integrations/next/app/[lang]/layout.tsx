import type { ReactNode } from 'react';

/** The page's language is the route's: the widgets start in it in the browser too (`<html lang>`). */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
