/** An sRGB color with alpha, as getComputedStyle writes it ("rgb(27, 27, 27)", "rgba(0, 0, 0, 0)"). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed color; throws on anything else, so a test never compares a color it misread. */
export function parseColor(text: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
  if (!match) throw new Error(`not a computed color: ${text}`);
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** WCAG 2 relative luminance. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colors, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** "rgb(255, 255, 255) 0px 0px 0px 2px" → the color and spread of the first shadow, or undefined for none. */
export function parseShadow(text: string): { color: Rgba; spread: number } | undefined {
  if (!text || text === 'none') return undefined;
  const color = /rgba?\([^)]*\)/.exec(text)?.[0];
  const lengths = text.replace(/rgba?\([^)]*\)/, '').trim().split(/\s+/).map(parseFloat);
  if (!color) return undefined;
  return { color: parseColor(color), spread: lengths[3] ?? 0 };
}
