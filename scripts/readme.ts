import { MESSAGES } from "../src/embed/messages";
import { URL_OPTIONS } from "../src/state/urlOptions";
import { SHORTCUTS } from "../src/state/shortcuts";
import { STORY_LIMITS } from "../src/story/limits";

/**
 * The README's reference tables are generated from the tables the code reads, between markers
 * `<!-- generated:name -->` and `<!-- /generated:name -->`; `npm run docs` rewrites them and a
 * test fails when they drift.
 */

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function urlOptionsTable(group: "app" | "embed"): string {
  const rows = URL_OPTIONS.filter((option) => option.group === group).map((option) =>
    `| \`${cell(`${option.in === "hash" ? "#" : "?"}${option.name}=${option.value}`)}\` | \`${cell(option.example)}\` | ${cell(option.description)} |`);
  return ["| option | example | what it does |", "|---|---|---|", ...rows].join("\n");
}

function messagesTable(): string {
  const rows = MESSAGES.map((message) =>
    `| ${message.direction === "in" ? "host → map" : "map → host"} | \`${message.type}\` | ${message.fields ? `\`${cell(message.fields)}\`` : "—"} | ${cell(message.description)} |`);
  return ["| direction | type | fields | meaning |", "|---|---|---|---|", ...rows].join("\n");
}

function shortcutsTable(): string {
  const rows = SHORTCUTS.map((shortcut) => `| ${cell(shortcut.keys)} | ${cell(shortcut.where)} | ${cell(shortcut.action)} |`);
  return ["| keys | where | what it does |", "|---|---|---|", ...rows].join("\n");
}

function limitsTable(): string {
  const rows = Object.values(STORY_LIMITS).map((limit) => `| ${limit.name} | ${limit.value.toLocaleString("en")} ${limit.unit} | ${cell(limit.why)} |`);
  return ["| limit | at most | why |", "|---|---|---|", ...rows].join("\n");
}

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(", ");
  if (schema.anyOf || schema.oneOf) return "see RFC 7946";
  if (schema.type === "array") return schema.prefixItems ? "tuple" : `array of ${schema.items ? typeOf(schema.items) : "any"}`;
  return Array.isArray(schema.type) ? schema.type.join(" or ") : schema.type ?? "any";
}

function storyFieldRows(schema: JsonSchema, path: string, required: boolean, rows: string[]): void {
  if (path && schema.description) {
    rows.push(`| \`${path}\` | ${typeOf(schema)} | ${required ? "yes" : "no"} | ${cell(schema.description)} |`);
  }
  const properties = schema.properties ?? schema.items?.properties;
  const requiredNames = schema.required ?? schema.items?.required ?? [];
  const prefix = schema.items?.properties ? `${path}[]` : path;
  for (const [name, child] of Object.entries(properties ?? {})) {
    storyFieldRows(child, prefix ? `${prefix}.${name}` : name, requiredNames.includes(name), rows);
  }
}

function storyFieldsTable(schema: JsonSchema): string {
  const rows: string[] = [];
  storyFieldRows(schema, "", true, rows);
  return ["| field | type | required | meaning |", "|---|---|---|---|", ...rows].join("\n");
}

/**
 * Regenerates every generated section of a README.
 * @param readme - the README's text
 * @param storySchema - the story JSON Schema, parsed
 * @returns the README with fresh tables; unchanged text when nothing drifted
 */
export function updateReadme(readme: string, storySchema: JsonSchema): string {
  const sections: Record<string, string> = {
    "url-options": urlOptionsTable("app"),
    "embed-options": urlOptionsTable("embed"),
    messages: messagesTable(),
    shortcuts: shortcutsTable(),
    "story-fields": storyFieldsTable(storySchema),
    limits: limitsTable(),
  };
  let text = readme;
  for (const [name, content] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(text)) throw new Error(`README.md has no generated:${name} section`);
    text = text.replace(pattern, (_, start: string, end: string) => `${start}\n${content}\n${end}`);
  }
  return text;
}
