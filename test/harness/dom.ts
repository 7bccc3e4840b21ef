// Obsidian's DOM helpers (createEl, empty, setText, addClass, …) installed on any window's prototypes.
// Browser-safe on purpose: no Node imports and nothing specific to happy-dom, so a bundle can use it in Chromium.
import type {} from "obsidian";

/** The window type the helpers are installed into: happy-dom's in tests, a real one in a browser page. */
export type DomWindow = Window & typeof globalThis;

type AttrValue = string | number | boolean | null;

/** Obsidian's `setAttr`: null removes the attribute, anything else is written as text. */
function writeAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

/**
 * Splits class names given as one string. Obsidian accepts `createDiv({ cls: "a b" })` and the element ends up
 * with both classes; a bare `classList.add("a b")` would throw, so split on whitespace first.
 */
function classNames(classes: readonly string[]): string[] {
	return classes.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

/** Writes text the way Obsidian does: always as text (`textContent`), never parsed as HTML. */
function writeText(el: Node, text: string | DocumentFragment): void {
	if (typeof text === "string") {
		el.textContent = text;
		return;
	}
	while (el.firstChild) el.removeChild(el.firstChild);
	el.appendChild(text);
}

function hasValue(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement | HTMLOptionElement {
	return "value" in el;
}

/** Applies a `DomElementInfo` (or a class string) to a fresh element, then places it under its parent. */
function applyInfo(el: HTMLElement | SVGElement, o: DomElementInfo | SvgElementInfo | string | undefined, parent: Node | undefined): void {
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.addClasses(classNames(Array.isArray(info.cls) ? info.cls : [info.cls]));
	if (info.text !== undefined) writeText(el, info.text);
	if (info.attr !== undefined) el.setAttrs(info.attr);
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.value !== undefined) {
		if (hasValue(el)) el.value = info.value;
		else el.setAttribute("value", info.value);
	}
	const target = parent ?? info.parent;
	if (target) {
		if (info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
}

function documentOf(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

/** Installs the helpers into `win`: its Node/Element/HTMLElement/Document prototypes and its global functions. */
export function installDomHelpers(win: DomWindow): void {
	const nodeProto = win.Node.prototype;
	const elementProto = win.Element.prototype;
	const htmlProto = win.HTMLElement.prototype;
	const fragmentProto = win.DocumentFragment.prototype;
	const documentProto = win.Document.prototype;
	if (Object.prototype.hasOwnProperty.call(nodeProto, "createEl")) return;

	function createEl<K extends keyof HTMLElementTagNameMap>(
		tag: K,
		o?: DomElementInfo | string,
		callback?: (el: HTMLElementTagNameMap[K]) => void,
	): HTMLElementTagNameMap[K] {
		const el = win.document.createElement(tag);
		applyInfo(el, o, undefined);
		callback?.(el);
		return el;
	}
	function createSvg<K extends keyof SVGElementTagNameMap>(
		tag: K,
		o?: SvgElementInfo | string,
		callback?: (el: SVGElementTagNameMap[K]) => void,
	): SVGElementTagNameMap[K] {
		const el = win.document.createElementNS("http://www.w3.org/2000/svg", tag);
		applyInfo(el, o, undefined);
		callback?.(el);
		return el;
	}

	// Node: creation under this node, emptying, detaching.
	nodeProto.createEl = function <K extends keyof HTMLElementTagNameMap>(
		this: Node,
		tag: K,
		o?: DomElementInfo | string,
		callback?: (el: HTMLElementTagNameMap[K]) => void,
	): HTMLElementTagNameMap[K] {
		const el = documentOf(this).createElement(tag);
		// On a node, the new element always goes under that node (an `o.parent` is ignored, as in Obsidian).
		applyInfo(el, o, this);
		callback?.(el);
		return el;
	};
	nodeProto.createDiv = function (this: Node, o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void): HTMLDivElement {
		return this.createEl("div", o, callback);
	};
	nodeProto.createSpan = function (this: Node, o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement {
		return this.createEl("span", o, callback);
	};
	nodeProto.createSvg = function <K extends keyof SVGElementTagNameMap>(
		this: Node,
		tag: K,
		o?: SvgElementInfo | string,
		callback?: (el: SVGElementTagNameMap[K]) => void,
	): SVGElementTagNameMap[K] {
		const el = documentOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
		applyInfo(el, o, this);
		callback?.(el);
		return el;
	};
	nodeProto.empty = function (this: Node): void {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.detach = function (this: Node): void {
		this.parentNode?.removeChild(this);
	};
	nodeProto.insertAfter = function <T extends Node>(this: Node, node: T, child: Node | null): T {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	};
	nodeProto.indexOf = function (this: Node, other: Node): number {
		return Array.prototype.indexOf.call(this.childNodes, other);
	};
	nodeProto.setChildrenInPlace = function (this: Node, children: Node[]): void {
		this.empty();
		for (const child of children) this.appendChild(child);
	};
	nodeProto.appendText = function (this: Node, val: string): void {
		this.appendChild(documentOf(this).createTextNode(val));
	};
	nodeProto.instanceOf = function <T>(this: Node, type: new () => T): boolean {
		return this instanceof type;
	} as Node["instanceOf"];
	Object.defineProperty(nodeProto, "doc", {
		configurable: true,
		get(this: Node): Document {
			return documentOf(this);
		},
	});
	Object.defineProperty(nodeProto, "win", {
		configurable: true,
		get(this: Node): Window {
			return documentOf(this).defaultView ?? win;
		},
	});
	Object.defineProperty(nodeProto, "constructorWin", {
		configurable: true,
		get(): Window {
			return win;
		},
	});

	// Element: text, classes, attributes, lookups.
	elementProto.getText = function (this: Element): string {
		return this.textContent ?? "";
	};
	elementProto.setText = function (this: Element, val: string | DocumentFragment): void {
		writeText(this, val);
	};
	elementProto.addClass = function (this: Element, ...classes: string[]): void {
		this.classList.add(...classNames(classes));
	};
	elementProto.addClasses = function (this: Element, classes: string[]): void {
		this.classList.add(...classNames(classes));
	};
	elementProto.removeClass = function (this: Element, ...classes: string[]): void {
		this.classList.remove(...classNames(classes));
	};
	elementProto.removeClasses = function (this: Element, classes: string[]): void {
		this.classList.remove(...classNames(classes));
	};
	elementProto.toggleClass = function (this: Element, classes: string | string[], value: boolean): void {
		for (const c of classNames(Array.isArray(classes) ? classes : [classes])) this.classList.toggle(c, value);
	};
	elementProto.hasClass = function (this: Element, cls: string): boolean {
		return this.classList.contains(cls);
	};
	elementProto.setAttr = function (this: Element, name: string, value: AttrValue): void {
		writeAttr(this, name, value);
	};
	elementProto.setAttrs = function (this: Element, obj: Record<string, AttrValue>): void {
		for (const [name, value] of Object.entries(obj)) writeAttr(this, name, value);
	};
	elementProto.getAttr = function (this: Element, name: string): string | null {
		return this.getAttribute(name);
	};
	elementProto.matchParent = function (this: Element, selector: string, lastParent?: Element): Element | null {
		if (this.matches(selector)) return this;
		for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) {
			if (el.matches(selector)) return el;
		}
		return null;
	};
	elementProto.isActiveElement = function (this: Element): boolean {
		return documentOf(this).activeElement === this;
	};
	elementProto.getCssPropertyValue = function (this: Element, property: string): string {
		return this instanceof win.HTMLElement ? this.style.getPropertyValue(property) : "";
	};
	// `find` returns null when nothing matches, although the declarations for HTMLElement say HTMLElement.
	elementProto.find = function (this: Element, selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector) as HTMLElement;
	};
	elementProto.findAll = function (this: Element, selector: string): HTMLElement[] {
		return Array.from(this.querySelectorAll<HTMLElement>(selector));
	};
	elementProto.findAllSelf = function (this: Element, selector: string): HTMLElement[] {
		const found = Array.from(this.querySelectorAll<HTMLElement>(selector));
		return this.matches(selector) && this instanceof win.HTMLElement ? [this, ...found] : found;
	};
	fragmentProto.find = function (this: DocumentFragment, selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector) as HTMLElement;
	};
	fragmentProto.findAll = function (this: DocumentFragment, selector: string): HTMLElement[] {
		return Array.from(this.querySelectorAll<HTMLElement>(selector));
	};

	// HTMLElement: visibility, styles, click and delegated events.
	htmlProto.show = function (this: HTMLElement): void {
		this.style.removeProperty("display");
	};
	htmlProto.hide = function (this: HTMLElement): void {
		this.style.setProperty("display", "none");
	};
	htmlProto.toggle = function (this: HTMLElement, show: boolean): void {
		if (show) this.show();
		else this.hide();
	};
	htmlProto.toggleVisibility = function (this: HTMLElement, visible: boolean): void {
		this.style.setProperty("visibility", visible ? "" : "hidden");
	};
	/**
	 * Obsidian decides from layout (offsetParent), which a page without layout cannot give; here an element is
	 * shown when neither it nor an ancestor has `display: none` and it is attached to the document.
	 */
	htmlProto.isShown = function (this: HTMLElement): boolean {
		if (!this.isConnected || this.style.display === "none") return false;
		for (let el = this.parentElement; el; el = el.parentElement) {
			if (el.style.display === "none") return false;
		}
		return true;
	};
	htmlProto.setCssStyles = function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>): void {
		Object.assign(this.style, styles);
	};
	htmlProto.setCssProps = function (this: HTMLElement, props: Record<string, string>): void {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	};
	htmlProto.onClickEvent = function (
		this: HTMLElement,
		listener: (this: HTMLElement, ev: MouseEvent) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		// Obsidian also routes middle clicks (auxclick) here; a test clicks with `el.click()`.
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	};
	htmlProto.trigger = function (this: HTMLElement, eventType: string): void {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	};

	type Delegated = (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
	const delegated = new WeakMap<EventTarget, { type: string; selector: string; listener: Delegated; wrapper: EventListener }[]>();
	function on(target: HTMLElement | Document, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		const wrapper: EventListener = (ev) => {
			const origin = ev.target;
			if (!(origin instanceof win.Element)) return;
			const match = origin.closest(selector);
			if (match instanceof win.HTMLElement && (target === match || target.contains(match))) listener.call(match, ev, match);
		};
		const list = delegated.get(target) ?? [];
		list.push({ type, selector, listener, wrapper });
		delegated.set(target, list);
		target.addEventListener(type, wrapper, options);
	}
	function off(target: HTMLElement | Document, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		const list = delegated.get(target) ?? [];
		const index = list.findIndex((d) => d.type === type && d.selector === selector && d.listener === listener);
		const found = list[index];
		if (!found) return;
		list.splice(index, 1);
		target.removeEventListener(type, found.wrapper, options);
	}
	htmlProto.on = function (this: HTMLElement, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		on(this, type, selector, listener, options);
	} as HTMLElement["on"];
	htmlProto.off = function (this: HTMLElement, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		off(this, type, selector, listener, options);
	} as HTMLElement["off"];
	documentProto.on = function (this: Document, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		on(this, type, selector, listener, options);
	} as unknown as Document["on"];
	documentProto.off = function (this: Document, type: string, selector: string, listener: Delegated, options?: boolean | AddEventListenerOptions): void {
		off(this, type, selector, listener, options);
	} as unknown as Document["off"];

	// Globals: detached elements, fragments, and the active window/document (there is only one window here).
	const globals = win as unknown as Record<string, unknown>;
	globals.createEl = createEl;
	globals.createDiv = (o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void): HTMLDivElement => createEl("div", o, callback);
	globals.createSpan = (o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement => createEl("span", o, callback);
	globals.createSvg = createSvg;
	globals.createFragment = (callback?: (el: DocumentFragment) => void): DocumentFragment => {
		const fragment = win.document.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	};
	globals.activeWindow = win;
	globals.activeDocument = win.document;
	globals.isBoolean = (obj: unknown): obj is boolean => typeof obj === "boolean";
	globals.fish = (selector: string): HTMLElement | null => win.document.querySelector<HTMLElement>(selector);
	globals.fishAll = (selector: string): HTMLElement[] => Array.from(win.document.querySelectorAll<HTMLElement>(selector));
	globals.sleep = (ms: number): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, ms));
	globals.nextFrame = (): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 16));
}
