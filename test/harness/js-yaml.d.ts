// Types for the parts of js-yaml 3 the Obsidian double uses (the package ships none).
declare module "js-yaml" {
	namespace jsYaml {
		interface Schema {
			readonly __schema?: never;
		}
		interface LoadOptions {
			filename?: string;
			schema?: Schema;
			json?: boolean;
		}
		interface DumpOptions {
			indent?: number;
			noArrayIndent?: boolean;
			skipInvalid?: boolean;
			lineWidth?: number;
			noRefs?: boolean;
			noCompatMode?: boolean;
			schema?: Schema;
			sortKeys?: boolean;
		}
		const CORE_SCHEMA: Schema;
		const JSON_SCHEMA: Schema;
		const FAILSAFE_SCHEMA: Schema;
		const DEFAULT_SAFE_SCHEMA: Schema;
		function load(text: string, options?: LoadOptions): unknown;
		function safeLoad(text: string, options?: LoadOptions): unknown;
		function dump(value: unknown, options?: DumpOptions): string;
		function safeDump(value: unknown, options?: DumpOptions): string;
		class YAMLException extends Error {
			reason: string;
		}
	}
	export = jsYaml;
}
