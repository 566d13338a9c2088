/**
 * The few Markdown pieces the job summary needs, with escaping done once here: GitHub
 * renders summaries as GFM with sanitized HTML, so text from packages and policies
 * (which may contain `|`, `<`, backticks or newlines) must not break a table or a tag.
 */

/** Text for a table cell: pipes escaped, HTML neutralized, newlines as <br>. */
export function escapeCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code safe inside a table cell (HTML <code>, because backticks may occur in names). */
export function renderCode(text: string): string {
  return `<code>${escapeCell(text)}</code>`;
}

export function renderLink(text: string, url: string | undefined): string {
  // Parentheses and spaces would end a Markdown link target early.
  return url ? `[${text}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : text;
}

/** A GFM table; `align` per column, `r` for numbers. Cells must already be escaped. */
export function renderTable(headers: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const sep = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** A collapsed section; blank lines around the body let GitHub render Markdown inside. */
export function renderDetails(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
