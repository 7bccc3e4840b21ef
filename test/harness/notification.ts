// A stand-in for the web Notification API (desktop Obsidian has it; Obsidian on mobile does not), installed on the
// window by a test and removed after it, so the plugin's system-notification path and its absence can both be seen.

export interface ShownNotification {
	title: string;
	body: string | undefined;
}

export interface FakeNotificationControl {
	/** Every notification shown, oldest first. */
	shown: ShownNotification[];
	/** How often the plugin asked for permission. */
	requests: number;
	setPermission(permission: NotificationPermission): void;
	/** Puts the window back as it was (no Notification, or the one it had). */
	uninstall(): void;
}

/** Installs a fake `Notification` whose permission is `permission`; `requestPermission` answers `answer`. */
export function installFakeNotification(permission: NotificationPermission, answer: NotificationPermission = "granted"): FakeNotificationControl {
	const target = window as unknown as { Notification?: unknown };
	const had = Object.prototype.hasOwnProperty.call(target, "Notification");
	const previous = target.Notification;
	const control: FakeNotificationControl = {
		shown: [],
		requests: 0,
		setPermission: (next) => {
			FakeNotification.permission = next;
		},
		uninstall: () => {
			if (had) target.Notification = previous;
			else delete target.Notification;
		},
	};
	class FakeNotification {
		static permission: NotificationPermission = permission;
		static requestPermission(): Promise<NotificationPermission> {
			control.requests++;
			FakeNotification.permission = answer;
			return Promise.resolve(answer);
		}
		constructor(title: string, options?: NotificationOptions) {
			control.shown.push({ title, body: options?.body });
		}
	}
	target.Notification = FakeNotification;
	return control;
}

/** Takes the Notification API away, as on mobile, until `restore` is called. */
export function removeNotification(): () => void {
	const target = window as unknown as { Notification?: unknown };
	const had = Object.prototype.hasOwnProperty.call(target, "Notification");
	const previous = target.Notification;
	delete target.Notification;
	return () => {
		if (had) target.Notification = previous;
	};
}
