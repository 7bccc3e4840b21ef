// The small dialogs the commands ask through: pick one of a few choices, confirm a step, describe a new interview.
// Each returns a promise that settles once, with null (or false) when the user closes it without choosing.
import { App, Modal, Setting, SuggestModal } from "obsidian";
import { parseNoteTime } from "../engine/dates";

/** One line of a suggester: what the user sees, an optional second line, and the value it stands for. */
export interface Choice<T> {
	label: string;
	detail?: string;
	value: T;
}

export class ChoiceModal<T> extends SuggestModal<Choice<T>> {
	private settle: (value: T | null) => void;

	constructor(
		app: App,
		private readonly choices: Choice<T>[],
		placeholder: string,
		resolve: (value: T | null) => void,
	) {
		super(app);
		let settled = false;
		this.settle = (value) => {
			if (settled) return;
			settled = true;
			resolve(value);
		};
		this.setPlaceholder(placeholder);
		this.emptyStateText = "Nothing matches.";
	}

	getSuggestions(query: string): Choice<T>[] {
		const words = query
			.toLowerCase()
			.split(/\s+/)
			.filter((word) => word !== "");
		return this.choices.filter((choice) => {
			const text = `${choice.label} ${choice.detail ?? ""}`.toLowerCase();
			return words.every((word) => text.includes(word));
		});
	}

	renderSuggestion(choice: Choice<T>, el: HTMLElement): void {
		el.createDiv({ text: choice.label });
		if (choice.detail) el.createEl("small", { text: choice.detail, cls: "ifu-choice-detail" });
	}

	onChooseSuggestion(choice: Choice<T>): void {
		this.settle(choice.value);
	}

	override onClose(): void {
		// A suggester closes before it reports the choice, so "closed without choosing" waits one tick
		// to let a choice arrive first.
		window.setTimeout(() => this.settle(null), 0);
	}
}

/** Asks the user to pick one choice; null when they close the list. A single choice still asks, so nothing happens unasked. */
export function chooseOne<T>(app: App, choices: Choice<T>[], placeholder: string): Promise<T | null> {
	return new Promise((resolve) => {
		new ChoiceModal(app, choices, placeholder, resolve).open();
	});
}

export interface ConfirmQuestion {
	title: string;
	/** Paragraphs of explanation, each shown as its own line. */
	explanation: string[];
	confirmText: string;
	cancelText: string;
}

export class ConfirmModal extends Modal {
	private confirmed = false;

	constructor(
		app: App,
		private readonly question: ConfirmQuestion,
		private readonly resolve: (confirmed: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.question.title);
		for (const paragraph of this.question.explanation) this.contentEl.createEl("p", { text: paragraph });
		const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
		const cancel = buttons.createEl("button", { text: this.question.cancelText });
		cancel.addEventListener("click", () => this.close());
		const confirm = buttons.createEl("button", { text: this.question.confirmText, cls: "mod-cta" });
		confirm.addEventListener("click", () => {
			this.confirmed = true;
			this.close();
		});
		// The safe answer has the focus, so a reflexive Enter does not do the thing the dialog warns about.
		cancel.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.resolve(this.confirmed);
	}
}

/** Asks a yes/no question; true only when the user presses the confirm button (Escape and Cancel answer no). */
export function confirm(app: App, question: ConfirmQuestion): Promise<boolean> {
	return new Promise((resolve) => {
		new ConfirmModal(app, question, resolve).open();
	});
}

/** What the user typed into the new interview dialog, checked and trimmed. */
export interface NewInterviewInput {
	company: string;
	role: string;
	/** YYYY-MM-DD, as a date input gives it. */
	date: string;
	/** HH:mm, or "" when the user left the time open. */
	time: string;
	durationMinutes: number;
	interviewers: string[];
}

/** The dialog's fields as typed; kept apart from the DOM so the checks can be tested on their own. */
export interface NewInterviewForm {
	company: string;
	role: string;
	date: string;
	time: string;
	duration: string;
	interviewers: string;
}

export type FormCheck = { ok: true; input: NewInterviewInput } | { ok: false; errors: string[] };

/** Checks the new interview form; every message says what to fix. */
export function checkNewInterviewForm(form: NewInterviewForm): FormCheck {
	const errors: string[] = [];
	const company = form.company.trim();
	if (company === "") errors.push("Enter the company you interviewed with.");
	const date = form.date.trim();
	if (date === "") errors.push("Enter the day of the interview.");
	else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseNoteTime(date).ok) errors.push("Enter the day of the interview as a real date, YYYY-MM-DD.");
	const time = form.time.trim();
	if (time !== "" && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.push("Enter the time as HH:MM, or leave it empty.");
	const durationText = form.duration.trim();
	const durationMinutes = durationText === "" ? 60 : Number(durationText);
	if (!Number.isInteger(durationMinutes) || durationMinutes <= 0 || durationMinutes > 24 * 60) {
		errors.push("Enter the length of the interview in whole minutes (for example 60).");
	}
	if (errors.length > 0) return { ok: false, errors };
	// Commas or line breaks separate names, so "Jane Doe, Sam Lee" and one name per line both work.
	const interviewers = form.interviewers
		.split(/[,\n]/)
		.map((name) => name.trim())
		.filter((name) => name !== "");
	return { ok: true, input: { company, role: form.role.trim(), date, time, durationMinutes, interviewers } };
}

export class NewInterviewModal extends Modal {
	private result: NewInterviewInput | null = null;
	private errorsEl: HTMLElement | null = null;
	/** The fields' elements, read when the form is submitted (so typed, pasted and filled-in values all count). */
	private readonly fields = new Map<keyof NewInterviewForm, HTMLInputElement | HTMLTextAreaElement>();

	constructor(
		app: App,
		private readonly initialDate: string,
		private readonly resolve: (input: NewInterviewInput | null) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New interview note");
		const { contentEl } = this;
		contentEl.addClass("ifu-new-interview");
		this.addField("company", "Company", "The employer; required.", "text");
		this.addField("role", "Role", "The position you interviewed for.", "text");
		this.addField("date", "Date", "The day of the interview; required.", "date", this.initialDate);
		this.addField("time", "Time", "When it starts; leave empty when you only know the day.", "time");
		this.addField("duration", "Duration", "In minutes; the 30-minute thank-you block starts when the interview ends.", "number", "60");
		new Setting(contentEl)
			.setName("Interviewers")
			.setDesc("Separated by commas or one per line; each gets their own thank-you.")
			.addTextArea((area) => {
				this.fields.set("interviewers", area.inputEl);
				area.inputEl.setAttr("aria-label", "Interviewers");
				// Enter starts a new name here; Ctrl or Cmd + Enter creates the note from any field.
				area.inputEl.addEventListener("keydown", (event) => {
					if (event.key === "Enter" && !(event.ctrlKey || event.metaKey)) event.stopPropagation();
				});
			});
		this.errorsEl = contentEl.createDiv({ cls: "ifu-form-errors", attr: { role: "alert" } });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
		buttons.createEl("button", { text: "Create note", cls: "mod-cta" }).addEventListener("click", () => this.submit());
		contentEl.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing && !(event.target instanceof HTMLButtonElement)) {
				event.preventDefault();
				this.submit();
			}
		});
		this.fields.get("company")?.focus();
	}

	private addField(key: keyof NewInterviewForm, name: string, desc: string, type: string, value = ""): void {
		new Setting(this.contentEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) => {
				text.inputEl.type = type;
				text.inputEl.setAttr("aria-label", name);
				text.setValue(value);
				this.fields.set(key, text.inputEl);
			});
	}

	/** The form as typed right now. */
	readForm(): NewInterviewForm {
		const value = (key: keyof NewInterviewForm): string => this.fields.get(key)?.value ?? "";
		return {
			company: value("company"),
			role: value("role"),
			date: value("date"),
			time: value("time"),
			duration: value("duration"),
			interviewers: value("interviewers"),
		};
	}

	submit(): void {
		const check = checkNewInterviewForm(this.readForm());
		if (!check.ok) {
			this.errorsEl?.empty();
			for (const error of check.errors) this.errorsEl?.createEl("p", { text: error });
			return;
		}
		this.result = check.input;
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.resolve(this.result);
	}
}

/** Asks for a new interview's company, role, time and interviewers; null when the user cancels. */
export function askNewInterview(app: App, initialDate: string): Promise<NewInterviewInput | null> {
	return new Promise((resolve) => {
		new NewInterviewModal(app, initialDate, resolve).open();
	});
}
