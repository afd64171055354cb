/** Small helpers for writing Markdown that renders the same on GitHub and in editors. */

export function code(text: string): string {
  return `\`${text}\``;
}

/** A table cell may not contain a pipe or a line break. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Joins blocks with one blank line between them and ends the document with a newline. */
export function document(blocks: string[]): string {
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
