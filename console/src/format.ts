import type { Money } from './api/types';

// Dates and times as the browser's locale writes them; amounts kept as the API's decimal strings.
export function dateTime(value: string | undefined | null): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime())
    ? value
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function date(value: string | undefined | null): string {
  if (!value) return '';
  const d = new Date(value.length === 10 ? value + 'T00:00:00Z' : value);
  return Number.isNaN(d.getTime())
    ? value
    : d.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: value.length === 10 ? 'UTC' : undefined });
}

export function money(value: Money | undefined | null): string {
  return value ? `${value.amount} ${value.currency}` : '';
}

/** A CSV file from rows, RFC 4180 quoting. */
export function toCsv(rows: (string | number | undefined | null)[][]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const s = cell === undefined || cell === null ? '' : String(cell);
          return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(','),
    )
    .join('\r\n');
}

export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
