// Setting and its components (text, toggle, button, dropdown, slider, …) and PluginSettingTab.
// Each value component has `simulateChange(value)`: what the user typing or clicking does, onChange included.
import type * as Real from "obsidian";
import type { App } from "./core";
import { newDiv } from "./need-dom";
import type { Plugin } from "./plugin";
import { setIcon, setTooltip } from "./ui";

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: E;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(inputEl: E) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	/** Sets the shown value without calling onChange (as in Obsidian). */
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.setAttribute("placeholder", placeholder);
		return this;
	}

	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Test helper: the user types `value` (an input event, so onChange runs). */
	simulateChange(value: string): void {
		this.inputEl.value = value;
		this.inputEl.dispatchEvent(new Event("input"));
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const wrapper = containerEl.createDiv({ cls: "search-input-container" });
		super(wrapper.createEl("input", { type: "search" }));
		this.clearButtonEl = wrapper.createDiv({ cls: "search-input-clear-button" });
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.createEl("input", { type: "checkbox" });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}

	getValue(): boolean {
		return this.on;
	}

	/** Sets the value; like Obsidian (as far as known), a real change also calls onChange. */
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		if (changed) void this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string, options?: Real.TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Test helper: the user clicks the toggle until it shows `value`. */
	simulateChange(value: boolean): void {
		if (value !== this.on) this.toggleEl.click();
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setDestructive(): this {
		this.buttonEl.addClass("mod-destructive");
		return this;
	}
	removeDestructive(): this {
		this.buttonEl.removeClass("mod-destructive");
		return this;
	}
	setTooltip(tooltip: string, options?: Real.TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: Real.IconName): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void callback(evt as MouseEvent));
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
	}
	setTooltip(tooltip: string, options?: Real.TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}
	setIcon(icon: Real.IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
	/** Test helper: the user picks the option with this value. */
	simulateChange(value: string): void {
		if (!Array.from(this.selectEl.options).some((o) => o.value === value)) throw new Error(`No option "${value}" in the dropdown`);
		this.selectEl.value = value;
		this.selectEl.dispatchEvent(new Event("change"));
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCallback: ((value: number) => unknown) | null = null;
	private format: (value: number) => string = String;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => void this.changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}
	setInstant(_instant: boolean): this {
		return this;
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return this.format(this.getValue());
	}
	setDisplayFormat(format: (value: number) => string): this {
		this.format = format;
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
	/** Test helper: the user drags the slider to `value`. */
	simulateChange(value: number): void {
		this.sliderEl.value = String(value);
		this.sliderEl.dispatchEvent(new Event("input"));
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setErrorMessage(message: string | null): this {
		if (message === null) {
			this.errorEl?.remove();
			this.errorEl = null;
		} else {
			this.errorEl ??= this.infoEl.createDiv({ cls: "setting-item-error" });
			this.errorEl.setText(message);
		}
		return this;
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string, options?: Real.TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	/** Test helper: the setting in `containerEl` whose name is `name`, with its components. */
	static find(containerEl: HTMLElement, name: string): { settingEl: HTMLElement; controlEl: HTMLElement } | null {
		for (const settingEl of Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item"))) {
			if (settingEl.querySelector(".setting-item-name")?.textContent === name) {
				const controlEl = settingEl.querySelector<HTMLElement>(".setting-item-control");
				if (controlEl) return { settingEl, controlEl };
			}
		}
		return null;
	}
}

export abstract class SettingTab {
	icon: Real.IconName = "";
	app: App;
	containerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = newDiv("vertical-tab-content");
	}

	abstract display(): void;

	/** Obsidian empties the tab when it is hidden. */
	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}

	/** Test helper: opens the tab as the settings window does (attached to the document, then `display`). */
	open(): void {
		document.body.appendChild(this.containerEl);
		this.display();
	}

	/** Test helper: closes it as the settings window does (`hide`, then detached). */
	close(): void {
		this.hide();
		this.containerEl.remove();
	}
}
