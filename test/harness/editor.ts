// An Editor over a string, with one selection, undo and redo: what the plugin's inserts go through.
// Browser-safe. Each replaceSelection, replaceRange, setValue or transaction is one undo step, as in CodeMirror.
import type * as Real from "obsidian";

type Pos = Real.EditorPosition;

interface Snapshot {
	text: string;
	anchor: number;
	head: number;
}

export class Editor implements Real.Editor {
	private text: string;
	private anchor = 0;
	private head = 0;
	private readonly undoStack: { before: Snapshot; after: Snapshot }[] = [];
	private readonly redoStack: { before: Snapshot; after: Snapshot }[] = [];
	private focused = false;
	/** Called after every change to the text (the MarkdownView saves, the workspace fires 'editor-change'). */
	onChange: ((editor: Editor) => void) | null = null;

	constructor(text = "") {
		this.text = text;
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.change(() => {
			const head = Math.min(this.head, content.length);
			this.text = content;
			this.anchor = head;
			this.head = head;
		});
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		const [from, to] = this.ordered();
		return this.text.slice(from, to);
	}

	somethingSelected(): boolean {
		return this.anchor !== this.head;
	}

	getRange(from: Pos, to: Pos): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this.text.slice(Math.min(a, b), Math.max(a, b));
	}

	/** Replaces the selection; the cursor ends up after the inserted text. */
	replaceSelection(replacement: string, _origin?: string): void {
		const [from, to] = this.ordered();
		this.change(() => {
			this.text = this.text.slice(0, from) + replacement + this.text.slice(to);
			this.anchor = from + replacement.length;
			this.head = this.anchor;
		});
	}

	/**
	 * Replaces a range. The cursor is mapped as CodeMirror maps it: a cursor at the insertion point stays before
	 * the inserted text, one after the range moves with the text.
	 */
	replaceRange(replacement: string, from: Pos, to?: Pos, _origin?: string): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const start = Math.min(a, b);
		const end = Math.max(a, b);
		this.change(() => {
			this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
			this.anchor = mapOffset(this.anchor, start, end, replacement.length);
			this.head = mapOffset(this.head, start, end, replacement.length);
		});
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): Pos {
		const [from, to] = this.ordered();
		const offset = side === "from" ? from : side === "to" ? to : side === "anchor" ? this.anchor : this.head;
		return this.offsetToPos(offset);
	}

	listSelections(): Real.EditorSelection[] {
		return [{ anchor: this.offsetToPos(this.anchor), head: this.offsetToPos(this.head) }];
	}

	setCursor(pos: Pos | number, ch?: number): void {
		const target = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.posToOffset(target);
		this.head = this.anchor;
	}

	setSelection(anchor: Pos, head?: Pos): void {
		this.anchor = this.posToOffset(anchor);
		this.head = head ? this.posToOffset(head) : this.anchor;
	}

	/** Only the main selection is kept: the double has one cursor. */
	setSelections(ranges: Real.EditorSelectionOrCaret[], main = 0): void {
		const range = ranges[main] ?? ranges[0];
		if (range) this.setSelection(range.anchor, range.head);
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(_x?: number | null, _y?: number | null): void {}

	scrollIntoView(_range: Real.EditorRange, _center?: boolean): void {}

	undo(): void {
		const step = this.undoStack.pop();
		if (!step) return;
		this.redoStack.push(step);
		this.restore(step.before);
	}

	redo(): void {
		const step = this.redoStack.pop();
		if (!step) return;
		this.undoStack.push(step);
		this.restore(step.after);
	}

	/** Test helper: how many steps `undo` can take back. */
	undoDepth(): number {
		return this.undoStack.length;
	}

	exec(command: Real.EditorCommandName): void {
		const pos = this.getCursor();
		switch (command) {
			case "goStart":
				this.setCursor({ line: 0, ch: 0 });
				break;
			case "goEnd":
				this.setCursor(this.offsetToPos(this.text.length));
				break;
			case "goLeft":
				this.setCursor(this.offsetToPos(Math.max(0, this.head - 1)));
				break;
			case "goRight":
				this.setCursor(this.offsetToPos(Math.min(this.text.length, this.head + 1)));
				break;
			case "goUp":
				this.setCursor({ line: Math.max(0, pos.line - 1), ch: pos.ch });
				break;
			case "goDown":
				this.setCursor({ line: Math.min(this.lastLine(), pos.line + 1), ch: pos.ch });
				break;
			case "newlineAndIndent":
				this.replaceSelection("\n");
				break;
			case "deleteLine":
				this.replaceRange(
					"",
					{ line: pos.line, ch: 0 },
					pos.line < this.lastLine() ? { line: pos.line + 1, ch: 0 } : { line: pos.line, ch: this.getLine(pos.line).length },
				);
				break;
			default:
				// Folding, indenting and swapping lines have no effect on the double.
				break;
		}
	}

	/**
	 * Applies several changes as one undo step. As in CodeMirror, every change's positions refer to the text as it
	 * was before the transaction.
	 */
	transaction(tx: Real.EditorTransaction, _origin?: string): void {
		this.change(() => {
			const changes = (tx.changes ?? []).map((c) => {
				const a = this.posToOffset(c.from);
				const b = c.to ? this.posToOffset(c.to) : a;
				return { from: Math.min(a, b), to: Math.max(a, b), text: c.text };
			});
			if (tx.replaceSelection !== undefined) {
				const [from, to] = this.ordered();
				changes.push({ from, to, text: tx.replaceSelection });
			}
			changes.sort((x, y) => y.from - x.from);
			let anchor = this.anchor;
			let head = this.head;
			for (const c of changes) {
				this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
				anchor = mapOffset(anchor, c.from, c.to, c.text.length);
				head = mapOffset(head, c.from, c.to, c.text.length);
			}
			const selection = tx.selection ?? tx.selections?.[0];
			if (selection) {
				// Selection positions given with a transaction refer to the text after it.
				this.anchor = this.posToOffset(selection.from);
				this.head = selection.to ? this.posToOffset(selection.to) : this.anchor;
			} else if (tx.replaceSelection !== undefined && changes.length === 1) {
				this.anchor = (changes[0]?.from ?? 0) + tx.replaceSelection.length;
				this.head = this.anchor;
			} else {
				this.anchor = anchor;
				this.head = head;
			}
		});
	}

	wordAt(pos: Pos): Real.EditorRange | null {
		const line = this.getLine(pos.line);
		const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
		let start = pos.ch;
		let end = pos.ch;
		while (start > 0 && isWord(line[start - 1])) start--;
		while (end < line.length && isWord(line[end])) end++;
		if (start === end) return null;
		return { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
	}

	posToOffset(pos: Pos): number {
		return offsetInText(this.text, pos);
	}

	offsetToPos(offset: number): Pos {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => Real.EditorChange | void,
		ignoreEmpty = true,
	): void {
		const changes: Real.EditorChange[] = [];
		const lines = this.lines();
		lines.forEach((text, line) => {
			if (ignoreEmpty && text.trim() === "") return;
			const value = read(line, text);
			const change = write(line, text, value);
			if (change) changes.push(change);
		});
		if (changes.length > 0) this.transaction({ changes });
	}

	/**
	 * Replaces the whole text from outside (the file changed on disk while open). Recorded as an undo step:
	 * not sure Obsidian's editor keeps such a reload in its history.
	 */
	syncFromDisk(text: string): void {
		if (text === this.text) return;
		this.change(() => {
			this.text = text;
			this.anchor = Math.min(this.anchor, text.length);
			this.head = Math.min(this.head, text.length);
		});
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	private ordered(): [number, number] {
		return [Math.min(this.anchor, this.head), Math.max(this.anchor, this.head)];
	}

	private snapshot(): Snapshot {
		return { text: this.text, anchor: this.anchor, head: this.head };
	}

	private restore(s: Snapshot): void {
		this.text = s.text;
		this.anchor = s.anchor;
		this.head = s.head;
		this.onChange?.(this);
	}

	private change(apply: () => void): void {
		const before = this.snapshot();
		apply();
		if (this.text === before.text) return;
		this.undoStack.push({ before, after: this.snapshot() });
		this.redoStack.length = 0;
		this.onChange?.(this);
	}
}

function offsetInText(text: string, pos: Pos): number {
	const lines = text.split("\n");
	const line = Math.max(0, Math.min(pos.line, lines.length - 1));
	let offset = 0;
	for (let i = 0; i < line; i++) offset += (lines[i] ?? "").length + 1;
	return offset + Math.max(0, Math.min(pos.ch, (lines[line] ?? "").length));
}

/** Where an offset lands after [from, to) is replaced by `inserted` characters (CodeMirror's default mapping). */
function mapOffset(offset: number, from: number, to: number, inserted: number): number {
	if (offset <= from) return offset;
	if (offset >= to) return offset + inserted - (to - from);
	return from;
}
