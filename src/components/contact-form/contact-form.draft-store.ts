/**
 * Keeps the unsent message in `sessionStorage` (this tab only, gone when the
 * tab closes), Lit-free: saved as the visitor types, restored after a reload or
 * a failed send, cleared only once the message is sent. Storage may be
 * unavailable (privacy modes, quotas): the form then simply works without it.
 */

export interface Draft {
  /** The visitor's entries by field name (never the honeypot). */
  readonly values: Readonly<Record<string, string>>;
  /** When the form was first opened for this message (epoch ms), for `elapsedMs`. */
  readonly startedAt: number;
  /** The key of a send that did not finish, so a retry after a reload is de-duplicated. */
  readonly idempotencyKey?: string;
}

const PREFIX = 'coe-contact-form:draft:';

/** One key per form instance: its `id`, else its `action`, else the page path. */
export function draftKey(id: string | null | undefined, action: string | null | undefined): string {
  const name = id?.trim() || action?.trim() || (typeof location === 'undefined' ? '' : location.pathname);
  return `${PREFIX}${name}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): Draft | undefined {
  let parsed: unknown;
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { values, startedAt, idempotencyKey } = parsed as Record<string, unknown>;
  if (!values || typeof values !== 'object') return undefined;
  const strings = Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return {
    values: Object.fromEntries(strings),
    startedAt: typeof startedAt === 'number' && Number.isFinite(startedAt) ? startedAt : Date.now(),
    idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
  };
}

/** Saves the draft; a draft with nothing typed in is removed instead. */
export function saveDraft(key: string, draft: Draft): void {
  if (Object.values(draft.values).every((value) => value.trim() === '')) {
    clearDraft(key);
    return;
  }
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or forbidden storage: the message stays on the page, only a reload would lose it.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
