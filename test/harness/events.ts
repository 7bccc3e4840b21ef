// Obsidian's Events (on/off/offref/trigger) and Component (load/unload and everything registered with it).
// Browser-safe. Both keep counts, so a test can assert that nothing is left listening after an unload.
import type * as Real from "obsidian";

type Listener = (...data: unknown[]) => unknown;

/** What `on` returns. Obsidian's EventRef is opaque; this one remembers where it came from so `offref` can find it. */
export interface HarnessEventRef extends Real.EventRef {
	readonly events: Events;
	readonly name: string;
	readonly callback: Listener;
	readonly ctx: unknown;
}

function isHarnessRef(ref: Real.EventRef): ref is HarnessEventRef {
	return typeof ref === "object" && ref !== null && "events" in ref && "name" in ref;
}

export class Events implements Real.Events {
	private readonly listeners = new Map<string, HarnessEventRef[]>();

	// Subclasses narrow `callback` per event name as obsidian.d.ts does; here any function is accepted.
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Real.EventRef {
		const ref: HarnessEventRef = { events: this, name, callback: callback as Listener, ctx };
		const list = this.listeners.get(name) ?? [];
		list.push(ref);
		this.listeners.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.listeners.get(name);
		if (!list) return;
		this.listeners.set(
			name,
			list.filter((ref) => ref.callback !== callback),
		);
	}

	offref(ref: Real.EventRef): void {
		if (!isHarnessRef(ref) || ref.events !== this) return;
		const list = this.listeners.get(ref.name);
		if (!list) return;
		const index = list.indexOf(ref);
		if (index !== -1) list.splice(index, 1);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy, so a listener that unsubscribes while running does not make the next one skip.
		for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	/**
	 * Obsidian catches a listener's error and logs it, so one bad listener cannot stop the others. The double
	 * does the same, then rethrows it on a later tick, which a test runner reports as an unhandled error:
	 * a listener that throws is a bug a test should not miss.
	 */
	tryTrigger(evt: Real.EventRef, args: unknown[]): void {
		if (!isHarnessRef(evt)) return;
		try {
			evt.callback.apply(evt.ctx, args);
		} catch (error) {
			queueMicrotask(() => {
				throw error;
			});
		}
	}

	/** Test helper: how many listeners are attached, for one event name or for all. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.listeners.get(name)?.length ?? 0;
		let count = 0;
		for (const list of this.listeners.values()) count += list.length;
		return count;
	}
}

type DomTarget = Window | Document | HTMLElement;

/** Live DOM listeners and intervals registered through any Component, so tests can see leaks across the app. */
export const componentResources = {
	domListeners: 0,
	intervals: new Set<number>(),
};

export class Component implements Real.Component {
	/** Test-visible state: whether `load` ran without a matching `unload`. */
	_loaded = false;
	private readonly children: Component[] = [];
	private readonly cleanups: (() => unknown)[] = [];
	/** The promise an async `onload` returned (a Plugin's), so `loadPlugin` can wait for it. */
	loading: Promise<unknown> = Promise.resolve();

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		// A Plugin's onload may be async; keep its promise so `loadPlugin` can wait for it.
		const result: unknown = this.onload();
		if (result instanceof Promise) this.loading = result;
		for (const child of this.children) child.load();
	}

	onload(): void {}

	/** As in Obsidian: children first, then everything registered (last first), then `onunload`. */
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this.children.length > 0) this.children.pop()?.unload();
		while (this.cleanups.length > 0) this.cleanups.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Real.Component>(component: T): T {
		const child = component as unknown as Component;
		this.children.push(child);
		if (this._loaded) child.load();
		return component;
	}

	removeChild<T extends Real.Component>(component: T): T {
		const index = this.children.indexOf(component as unknown as Component);
		if (index !== -1) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: Real.EventRef): void {
		this.register(() => {
			if (isHarnessRef(eventRef)) eventRef.events.offref(eventRef);
		});
	}

	registerDomEvent<K extends keyof WindowEventMap>(
		el: Window,
		type: K,
		callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void;
	registerDomEvent<K extends keyof DocumentEventMap>(
		el: Document,
		type: K,
		callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(
		el: HTMLElement,
		type: K,
		callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void;
	registerDomEvent(el: DomTarget, type: string, callback: (this: HTMLElement, ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		const listener: EventListener = callback;
		el.addEventListener(type, listener, options);
		componentResources.domListeners++;
		this.register(() => {
			el.removeEventListener(type, listener, options);
			componentResources.domListeners--;
		});
	}

	registerInterval(id: number): number {
		componentResources.intervals.add(id);
		this.register(() => {
			clearInterval(id);
			componentResources.intervals.delete(id);
		});
		return id;
	}

	/** Test helper: how many cleanups and children this component still holds. */
	registeredCount(): number {
		return this.cleanups.length + this.children.length;
	}
}
