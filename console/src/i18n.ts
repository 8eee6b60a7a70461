import en from './messages/en.json';

// Every text the user reads comes from a message file looked up by key: another language is
// another file (src/messages/<lang>.json), not a fork of the pages.
type Messages = Record<string, string>;
const catalogues: Record<string, Messages> = { en };
let current: Messages = en;

export function setLanguage(lang: string): void {
  current = catalogues[lang] ?? en;
}

/** The message for `key` with `{name}` placeholders filled in; the key itself when none exists. */
export function t(key: string, params?: Record<string, string | number>): string {
  const text = current[key] ?? en[key as keyof typeof en] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A domain code (status, action, asset type...) in words, or the code when no message names it. */
export function label(group: string, code: string | undefined | null): string {
  if (code === undefined || code === null) return '';
  const key = `${group}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}
