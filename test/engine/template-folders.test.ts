// Template folders: the core Templates plugin's and Templater's folders, read from their settings files, hold
// templates, never interview notes.
import { describe, expect, it } from "vitest";
import { isInTemplateFolder, templateFolders } from "../../src/engine/template-folders";

describe("templateFolders", () => {
	it("reads the core Templates plugin's folder and Templater's", () => {
		expect(
			templateFolders({ templates: '{"folder":"Templates"}', templater: '{"templates_folder":"Meta/Templater","trigger_on_file_creation":true}' }),
		).toEqual(["Templates", "Meta/Templater"]);
	});

	it("names a folder given by both once, tidied of slashes", () => {
		expect(templateFolders({ templates: '{"folder":"/Templates/"}', templater: '{"templates_folder":"Templates"}' })).toEqual(["Templates"]);
	});

	it("gives none for missing files, text that is not JSON, a wrong type or the vault root", () => {
		expect(templateFolders({})).toEqual([]);
		expect(templateFolders({ templates: null, templater: null })).toEqual([]);
		expect(templateFolders({ templates: "{not json", templater: "[]" })).toEqual([]);
		expect(templateFolders({ templates: '{"folder":42}', templater: '{"templates_folder":null}' })).toEqual([]);
		// Templater writes "/" until a folder is chosen: that is no folder, not the whole vault.
		expect(templateFolders({ templates: '{"folder":""}', templater: '{"templates_folder":"/"}' })).toEqual([]);
	});
});

describe("isInTemplateFolder", () => {
	it("finds a note inside a template folder or one of its subfolders", () => {
		expect(isInTemplateFolder("Templates/Interview.md", ["Templates"])).toBe(true);
		expect(isInTemplateFolder("Templates/Work/Interview.md", ["Templates"])).toBe(true);
		expect(isInTemplateFolder("templates/Interview.md", ["Templates"])).toBe(true);
	});

	it("leaves notes elsewhere, and folders that only start with the same letters, alone", () => {
		expect(isInTemplateFolder("Interviews/Acme.md", ["Templates"])).toBe(false);
		expect(isInTemplateFolder("Templates archive/Acme.md", ["Templates"])).toBe(false);
		expect(isInTemplateFolder("Templates.md", ["Templates"])).toBe(false);
		expect(isInTemplateFolder("Interviews/Acme.md", [])).toBe(false);
	});
});
