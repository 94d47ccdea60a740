/** A minimal vCard reader (unfolds lines, unescapes text) to check what the kit writes. */
export function parseVCard(text: string): Record<string, string> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const fields: Record<string, string> = {};
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const value = line.slice(colon + 1).replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    fields[line.slice(0, colon)] = value;
  }
  return fields;
}
