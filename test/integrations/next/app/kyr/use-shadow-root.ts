import { use } from 'react';

/** Attributes as the server writes them: `true` bare (`compact`), `false` left out. */
export type Attributes = Record<string, string | number | boolean>;

const rendered = new Map<string, Promise<string>>(); // one per language and set of attributes
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A kyr element's shadow root as declarative shadow DOM (`<template shadowrootmode="open">…`),
 * rendered by the kit on the server in `locale`, for the element's `dangerouslySetInnerHTML`.
 * In the browser it is '': the shadow root is in the page already, and the kit takes it over.
 * Used in a client component, not a Server Component, so the markup is in the HTML once, not a
 * second time in the RSC payload.
 */
export function useShadowRoot(tag: `kyr-${string}`, attributes: Attributes, locale: string): string {
  if (typeof window !== 'undefined') return '';
  const written = Object.entries(attributes).filter(([, value]) => value !== false);
  const source = `<${tag}${written.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`)).join('')}></${tag}>`;
  const key = `${locale} ${source}`;
  let html = rendered.get(key);
  if (!html) {
    // Node imports the kit's renderer at run time: it is no part of the browser bundle.
    html = import(/* turbopackIgnore: true */ 'kyr-widgets/ssr.js')
      .then(({ renderToString }) => renderToString(source, { locale }))
      .then((element) => element.slice(element.indexOf('<template'), element.lastIndexOf(`</${tag}>`)));
    rendered.set(key, html);
  }
  return use(html);
}
