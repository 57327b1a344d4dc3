import { clearDraft, draftKey, loadDraft, saveDraft } from './contact-form.draft-store.js';
import { createIdempotencyKey } from './contact-form.send.js';

/** The form whose message this is: its `id` and `action` name the draft. */
type DraftOwner = Pick<HTMLElement, 'id'> & { readonly action: string | null };

/**
 * One message's life outside the fields: its draft in `sessionStorage` (key
 * per form: `id`, else `action`), when it was started (for `elapsedMs`), and
 * its Idempotency-Key, which stays the same for every retry of the same
 * message, across a reload, and changes as soon as the message is edited.
 */
export class MessageDraft {
  private readonly owner: DraftOwner;
  private key = '';
  private startedAt = Date.now();
  private idempotencyKey?: string;
  /** A saved draft was put back in the fields (the form says so). */
  isRestored = false;

  constructor(owner: DraftOwner) {
    this.owner = owner;
  }

  /**
   * The saved entries of an unsent message, if any. Read once, before the first render, when the
   * form's `id` and `action` are known (a framework may set them just after connecting the element).
   */
  restore(): Readonly<Record<string, string>> | undefined {
    this.key = draftKey(this.owner.id, this.owner.action);
    const draft = loadDraft(this.key);
    if (!draft) return undefined;
    this.startedAt = draft.startedAt;
    this.idempotencyKey = draft.idempotencyKey;
    this.isRestored = true;
    return draft.values;
  }

  /** Saves the entries as typed; an edit makes a new message, with a new key when it is sent. */
  edited(values: Readonly<Record<string, string>>): void {
    this.idempotencyKey = undefined;
    this.save(values);
  }

  /** The key for sending these entries: kept, and saved, so that retries and a reload reuse it. */
  keyForSending(values: Readonly<Record<string, string>>): string {
    this.idempotencyKey ??= createIdempotencyKey();
    this.save(values);
    return this.idempotencyKey;
  }

  /** How long the visitor has had this message open, in ms (sent so that a server can spot instant bots). */
  elapsedMs(): number {
    return Math.max(0, Date.now() - this.startedAt);
  }

  /** The message was sent: nothing is kept. */
  sent(): void {
    clearDraft(this.key);
    this.idempotencyKey = undefined;
    this.isRestored = false;
  }

  /** A new message starts now. */
  restart(): void {
    this.startedAt = Date.now();
  }

  private save(values: Readonly<Record<string, string>>): void {
    saveDraft(this.key, { values, startedAt: this.startedAt, idempotencyKey: this.idempotencyKey });
  }
}
