// The text of `--help`: every command and flag, with what it does and what it defaults to.
import type { HelpTopic } from "./args";

/** The one rule for exit statuses, shown by every help page and quoted word for word by the README. */
export const EXIT_STATUS = `Exit status: 0 when the report or the draft was printed, even when some files were skipped (they are
listed with the reason) or a warning was given; 1 when the note or template given to draft exists but
cannot be used (a pipe or device, unreadable, not valid YAML, no interviewers to thank), or something
unexpected went wrong; 2 when the command was misused: an unknown command or flag, a missing or bad
value, a vault, folder, note or template that does not exist, a folder where a note was meant, an
interviewer not in the note. Misuse is explained on stderr.
`;

const MAIN = `interview-follow-up: what to do after each interview, from the interview notes in an Obsidian vault

Usage:
  interview-follow-up status [VAULT_DIR] [flags]    the follow-up report, grouped by stage
  interview-follow-up draft KIND NOTE [flags]       print a thank-you, follow-up or gracious draft
  interview-follow-up remind [VAULT_DIR] [flags]    the reminders due now and the next one coming
  interview-follow-up help [status|draft]           this help, or a command's help
  interview-follow-up --version                     the version

Run "interview-follow-up status --help" or "interview-follow-up draft --help" for each command's flags.
The report only reads the vault; it never changes a file.

${EXIT_STATUS}`;

const STATUS = `Usage: interview-follow-up status [VAULT_DIR] [flags]

Reads every *.md note under VAULT_DIR (default: the current folder), skipping .obsidian/, .trash/, other
dot-folders, node_modules/ and the vault's template folders (the Templates and Templater plugins' folders,
as set in .obsidian/), and prints the interview notes grouped by stage (act now, waiting, upcoming, closed)
with each open check and any problems in the notes. It never changes a file.

Flags:
  --json              print one JSON object instead of text: { now, interviews, skipped }
  --now ISO           the moment to judge from, instead of the clock: 2026-11-20T16:00 (local time),
                      2026-11-20T16:00-08:00 or ...Z (with an offset), or 2026-11-20 (local midnight)
  --tag T             the tag that marks an interview note (default: interview; #interview/onsite counts too);
                      a note with type: interview counts always, whatever the tag
  --folder F          only notes in folder F of the vault, and below it (default: the whole vault); F is a
                      path from the vault (Interviews/2026) or a full path to a folder inside the vault
  --window-hours N    hours after the interview's start within which a thank-you is on time
                      (default: 24; more than 0, up to 720)
  --wait-days N       whole days to wait before following up when no timeline was agreed
                      (default: 7; 1 to 365)
  -h, --help          this help

Colour is used on a terminal; set NO_COLOR to turn it off, or FORCE_COLOR to keep it when piping.

${EXIT_STATUS}`;

const DRAFT = `Usage: interview-follow-up draft thank-you|follow-up|gracious NOTE [flags]

Prints the text that the matching command in Obsidian would insert into NOTE (a path to the note file),
so that templates can be tried in a terminal. Nothing is written to the note. A note that is not an
interview note, or a gracious reply for a note whose outcome is not rejected, is warned about on stderr
and the draft is still printed.

Kinds:
  thank-you           a thank-you note to each interviewer (or to the one named with --to)
  follow-up           the follow-up email, naming the agreed timeline when the note has next_steps_date
  gracious            the reply after a rejection

Flags:
  --to NAME           thank-you only: the interviewer to thank, as named in the note
  --my-name NAME      your name, as in the plugin's settings
  --signature TEXT    your signature (default: your name); write \\n for a line break
  --template FILE     a template file to use instead of the built-in template, with {{placeholders}}
                      such as {{first_name}}, {{company}}, {{role}}, {{topics}} and {{signature}}
  -h, --help          this help

${EXIT_STATUS}`;

const REMIND = `Usage: interview-follow-up remind [VAULT_DIR] [flags]

Prints the reminders the plugin gives at the moment judged from (--now, or the clock), for a cron job or a
shell prompt: "now" lists every reminder whose moment has come and that is still worth giving (the thank-you
block until its 30 minutes are over, a thank-you reminder until its deadline, a morning reminder until that
day ends), for checks that are still open; "next" lists the reminders at the next moment after that.
Reminders come at the interview's end (the 30-minute thank-you block), 3 hours before a thank-you deadline,
and at 09:00 on the morning a follow-up falls due or after a rejection was first seen; when the vault has the
plugin's data (.obsidian/plugins/interview-follow-up/data.json) its reminder settings are used instead.
It never changes a file, and it does not know which reminders the plugin has already shown.

Flags: the same as status (--json, --now, --tag, --folder, --window-hours, --wait-days, -h).
  --json              print one JSON object instead of text: { now, due, next }, each reminder
                      { kind, path, subject, at, until, key, message }

Exit status: 0 when the reminders were printed; 2 when the command was misused.
`;

export function helpText(topic: HelpTopic): string {
	switch (topic) {
		case "remind":
			return REMIND;
		case "status":
			return STATUS;
		case "draft":
			return DRAFT;
		case "main":
			return MAIN;
	}
}
