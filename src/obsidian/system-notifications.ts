// The desktop's system notifications, through the web `Notification` API: asking for permission when the user turns
// them on, and showing one once it is given. Missing on mobile, where reminders show as Notices only.
import { Platform } from "obsidian";

/**
 * A way to show a system notification, or null where there is none: on mobile, where the web `Notification` API is
 * missing, or when the user has not allowed it.
 */
export function systemNotifications(): ((message: string) => void) | null {
	if (!Platform.isDesktop || typeof window.Notification !== "function") return null;
	if (window.Notification.permission !== "granted") return null;
	return (message) => void new window.Notification("Interview follow-up", { body: message });
}

/** Asks for permission to show system notifications, when the user turns them on and has not yet answered. */
export function askForSystemNotifications(): void {
	if (!Platform.isDesktop || typeof window.Notification !== "function") return;
	if (window.Notification.permission !== "default") return;
	window.Notification.requestPermission().catch((error: unknown) => console.error("Interview Follow-up: could not ask to show notifications", error));
}
