// The Obsidian APIs the plugin uses, found with the TypeScript checker, each with the version it appeared in (the
// `@since` tag in obsidian.d.ts). A use inside `if (requireApiVersion("x"))` needs only the version the guard checks.
import { join } from "node:path";
import ts from "typescript";

export interface ApiUse {
	/** `Workspace.revealLeaf`, `Plugin.registerEvent`, `normalizePath`. */
	api: string;
	/** The version it appeared in, from its `@since` tag ("0.9.7" when the tag is missing: it is older than the tags). */
	since: string;
	/** The version a `requireApiVersion` guard around every use of it checks, when there is one. */
	guardedBy: string | null;
	/** Where it is used, `file:line`, first use. */
	at: string;
}

/** Obsidian's first tagged version: APIs without a tag predate the tags. */
const UNTAGGED = "0.9.7";

export function compareVersions(a: string, b: string): number {
	const left = a.split(".").map(Number);
	const right = b.split(".").map(Number);
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

/** Every Obsidian API the plugin's source files use, with its version, sorted by name. */
export function obsidianApisUsed(repo: string, files: readonly string[]): ApiUse[] {
	const program = ts.createProgram(
		files.map((file) => join(repo, file)),
		{
			target: ts.ScriptTarget.ES2018,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			strict: true,
			skipLibCheck: true,
			noEmit: true,
			types: [],
		},
	);
	const checker = program.getTypeChecker();
	const uses = new Map<string, ApiUse>();
	for (const file of files) {
		const source = program.getSourceFile(join(repo, file));
		if (!source) throw new Error(`${file} was not compiled`);
		const visit = (node: ts.Node): void => {
			if (ts.isIdentifier(node)) record(node, source, file);
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return [...uses.values()].sort((a, b) => a.api.localeCompare(b.api));

	function record(node: ts.Identifier, source: ts.SourceFile, file: string): void {
		let symbol = checker.getSymbolAtLocation(node);
		if (!symbol) return;
		if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
		const declaration = symbol.declarations?.[0];
		if (!declaration || !declaration.getSourceFile().fileName.replace(/\\/g, "/").endsWith("node_modules/obsidian/obsidian.d.ts")) return;
		// Types and interfaces cost nothing at run time; only what the plugin calls, reads or extends counts.
		if (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration) || ts.isModuleDeclaration(declaration)) return;
		const owner =
			declaration.parent && (ts.isClassDeclaration(declaration.parent) || ts.isInterfaceDeclaration(declaration.parent))
				? declaration.parent.name?.text
				: undefined;
		const api = owner ? `${owner}.${symbol.name}` : symbol.name;
		const since =
			symbol
				.getJsDocTags(checker)
				.find((tag) => tag.name === "since")
				?.text?.map((part) => part.text)
				.join("")
				.trim() ?? UNTAGGED;
		const guard = guardAround(node);
		const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
		const known = uses.get(api);
		if (!known) {
			uses.set(api, { api, since, guardedBy: guard, at: `${file}:${line}` });
			return;
		}
		// One unguarded use is enough to need the version everywhere.
		if (known.guardedBy !== null && (guard === null || compareVersions(guard, known.guardedBy) < 0)) known.guardedBy = guard;
	}
}

/** The version of a `requireApiVersion("x")` test whose true branch holds `node`, or null. */
function guardAround(node: ts.Node): string | null {
	let child: ts.Node = node;
	for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
		if (ts.isIfStatement(parent) && parent.thenStatement === child) {
			const match = /requireApiVersion\(\s*["'](\d+(?:\.\d+)*)["']\s*\)/.exec(parent.expression.getText());
			if (match?.[1]) return match[1];
		}
	}
	return null;
}
