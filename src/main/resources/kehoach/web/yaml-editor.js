// The YAML view: Ace with YAML mode, the checker's problems as annotations at their line, and
// completion of field names from the plan schema (GET /api/schema), found by the YAML path of the
// cursor, which is worked out from the indentation of the lines above.
import { api } from "./api.js";

const ACE_BASE = "/webjars/ace-builds/1.41.0/src-min-noconflict";
let schema = null;

/** Creates the editor in `element`; `onChange(text)` is called on every change made by the user. */
export function createYamlEditor(element, onChange, onSave) {
  const ace = window.ace;
  ace.config.set("basePath", ACE_BASE);
  ace.require("ace/ext/language_tools");
  const editor = ace.edit(element, {
    mode: "ace/mode/yaml",
    tabSize: 2,
    useSoftTabs: true,
    useWorker: false, // problems come from kehoach's checker, not Ace's
    enableBasicAutocompletion: true,
    enableLiveAutocompletion: true,
    showPrintMargin: false,
    fontSize: "14px",
    // Monospace fonts with every precomposed Vietnamese letter (U+1EA0–1EF9); with Ace's default
    // list a browser may fall back to one that draws "ế" as "ê" and a loose accent.
    fontFamily: "Consolas, 'Liberation Mono', 'Courier New', monospace",
    wrap: true,
  });
  editor.completers = [{ getCompletions: completions, identifierRegexps: [/[a-zA-Z_$]/] }];
  let settingText = false;
  editor.session.on("change", () => {
    if (!settingText) onChange(editor.getValue());
  });
  editor.commands.addCommand({
    name: "save",
    bindKey: { win: "Ctrl-S", mac: "Command-S" },
    exec: () => onSave(),
  });
  api("/api/schema").then((s) => (schema = s)).catch(() => {});
  return {
    ace: editor,
    /** Puts a text that came from the server, keeping the cursor's place. */
    setText(text) {
      if (text === editor.getValue()) return;
      const cursor = editor.getCursorPosition();
      const top = editor.session.getScrollTop();
      settingText = true;
      editor.session.setValue(text);
      settingText = false;
      editor.moveCursorToPosition(cursor);
      editor.clearSelection();
      editor.session.setScrollTop(top);
    },
    text: () => editor.getValue(),
    /** Shows the problems at their lines. */
    setProblems(problems) {
      editor.session.setAnnotations(problems.map((p) => ({
        row: Math.max(0, (p.line || 1) - 1),
        column: Math.max(0, (p.column || 1) - 1),
        text: (p.field ? p.field + ": " : "") + p.message,
        type: "error",
      })));
    },
    goTo(line, column) {
      editor.gotoLine(line || 1, Math.max(0, (column || 1) - 1), true);
      editor.focus();
    },
    resize: () => editor.resize(),
  };
}

function completions(editor, session, position, prefix, callback) {
  if (!schema) return callback(null, []);
  const line = session.getLine(position.row);
  if (line.slice(0, position.column).includes(":")) return callback(null, []); // a value, not a key
  const path = yamlPath(session.getLines(0, position.row), position.column);
  const keys = propertiesAt(schema, path);
  callback(null, Object.entries(keys).map(([key, sub]) => ({
    caption: key,
    value: key + ": ",
    meta: "trường",
    score: 1000,
    docText: resolve(schema, sub).description || "",
  })));
}

/**
 * The path (keys, and "[]" for a list item) of the mapping the cursor's key belongs to, from the
 * lines above: each line that starts further left than the cursor's key holds its parent key or
 * the list items it is in.
 */
export function yamlPath(lines, cursorColumn) {
  const current = parseLine(lines[lines.length - 1].slice(0, cursorColumn));
  const path = current.dashes.map(() => "[]");
  let indent = current.dashes.length ? current.dashes[0] : current.start;
  for (let r = lines.length - 2; r >= 0 && indent > 0; r--) {
    const line = parseLine(lines[r]);
    if (line.blank || line.start >= indent) continue;
    const parents = [];
    for (const dash of line.dashes) if (dash < indent) parents.push("[]");
    if (line.key && line.keyColumn < indent) parents.push(line.key);
    path.unshift(...parents);
    indent = line.start;
  }
  return path;
}

function parseLine(text) {
  if (/^\s*(#.*)?$/.test(text)) {
    return { blank: text.trim().startsWith("#") || text.length === 0, start: text.length, dashes: [] };
  }
  let i = text.search(/\S/);
  const start = i;
  const dashes = [];
  while (text[i] === "-" && (text[i + 1] === " " || i + 1 === text.length)) {
    dashes.push(i);
    i += 1;
    while (text[i] === " ") i++;
  }
  const key = /^([A-Za-z_$][\w$]*)\s*:/.exec(text.slice(i));
  return { blank: false, start, dashes, key: key ? key[1] : null, keyColumn: i };
}

/** The properties the schema allows at `path`, merged over its alternatives. */
function propertiesAt(root, path) {
  let nodes = [root];
  for (const step of path) {
    const next = [];
    for (const node of nodes.flatMap((n) => alternatives(root, n))) {
      if (step === "[]" && node.items) next.push(node.items);
      else if (node.properties && node.properties[step]) next.push(node.properties[step]);
    }
    nodes = next;
  }
  const props = {};
  for (const node of nodes.flatMap((n) => alternatives(root, n))) Object.assign(props, node.properties || {});
  return props;
}

function resolve(root, node) {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i++) {
    n = n.$ref.replace(/^#\//, "").split("/").reduce((o, k) => o && o[k], root);
  }
  return n || {};
}

/** A schema and the schemas it may be (oneOf, anyOf, allOf, $ref), resolved. */
function alternatives(root, node, depth = 0) {
  const n = resolve(root, node);
  const out = [n];
  if (depth > 6) return out;
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    for (const alt of n[key] || []) out.push(...alternatives(root, alt, depth + 1));
  }
  return out;
}
