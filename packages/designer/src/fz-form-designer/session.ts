import { mergePatch, type SchemaObject } from '@fazhi/core';
import { applyOperation, diffMergePatch, type Operation } from '@fazhi/core/edit';

/** An undoable step: the operation's inverse and what to select and focus when it is undone or redone. */
interface Entry {
  undo: Operation;
  redo: Operation;
  /** The row selected once the operation is done, and the one to select when it is undone. */
  select: string;
  undoSelect: string;
  control?: string;
  /** Keystrokes in one setting join one entry, so undo takes back the word, not the last letter. */
  typing?: string;
}

/** Where to go after an undo or redo, and what to tell the screen reader. */
export interface Step {
  label: string;
  select: string;
  control?: string;
}

/**
 * The document being edited and its history. Overlay mode keeps the locked base beside it and
 * writes only the difference; whole-form mode writes the document itself.
 */
export class DesignSession {
  private past: Entry[] = [];
  private future: Entry[] = [];
  /** The document before the current run of keystrokes, so its label says what the word was. */
  runStart?: SchemaObject;
  /** Set when the work differs from the last file opened or downloaded. */
  unsaved = false;

  constructor(
    readonly base: SchemaObject | undefined,
    public doc: SchemaObject,
  ) {}

  static withOverlay(base: SchemaObject, overlay: unknown): DesignSession {
    return new DesignSession(base, { ...(mergePatch(base, overlay) as SchemaObject), $id: base.$id });
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoLabel(): string | undefined {
    return this.past.at(-1)?.undo.label;
  }
  get redoLabel(): string | undefined {
    return this.future.at(-1)?.redo.label;
  }

  /** Applies an operation; false when it changed nothing. */
  apply(operation: Operation, select: string, control?: string, typing?: string, undoSelect = select): boolean {
    if (!operation.edits.length) return false;
    const before = this.doc;
    const { doc, undo } = applyOperation(this.doc, operation);
    this.doc = doc;
    const last = this.past.at(-1);
    if (typing && last?.typing === typing && !this.future.length) {
      // Later keystrokes are undone first, then the earlier ones: exact whatever each one did.
      last.redo = { label: operation.label, edits: [...last.redo.edits, ...operation.edits] };
      last.undo = { label: operation.label, edits: [...undo.edits, ...last.undo.edits] };
    } else {
      this.runStart = typing ? before : undefined;
      this.past.push({ undo, redo: operation, select, undoSelect, control, typing });
    }
    this.future = [];
    this.unsaved = true;
    return true;
  }

  /** The document a keystroke's label speaks of: as it was before the run of keystrokes it joins. */
  labelBase(typing: string): SchemaObject {
    return this.past.at(-1)?.typing === typing && this.runStart ? this.runStart : this.doc;
  }

  /** Ends the current run of keystrokes: the next one starts a new undo step. */
  settle(): void {
    const last = this.past.at(-1);
    if (last) last.typing = undefined;
    this.runStart = undefined;
  }

  undo(): Step | undefined {
    const entry = this.past.pop();
    if (!entry) return undefined;
    this.doc = applyOperation(this.doc, entry.undo).doc;
    entry.typing = undefined;
    this.future.push(entry);
    this.unsaved = true;
    return { label: `已撤销：${entry.undo.label}`, select: entry.undoSelect, control: entry.control };
  }

  redo(): Step | undefined {
    const entry = this.future.pop();
    if (!entry) return undefined;
    const { doc, undo } = applyOperation(this.doc, entry.redo);
    this.doc = doc;
    this.past.push({ ...entry, undo });
    this.unsaved = true;
    return { label: `已重做：${entry.redo.label}`, select: entry.select, control: entry.control };
  }

  /** The file to download: the county's overlay (overlay mode) or the whole form, same edits same bytes. */
  get fileText(): string {
    const value = this.base ? diffMergePatch(this.base, this.doc) : this.doc;
    return `${JSON.stringify(value, null, 2)}\n`;
  }
}
