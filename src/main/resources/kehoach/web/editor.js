// Editing one plan: its text (the YAML view) and its form are two views of one model. Typing in
// the YAML view changes the text, saved with the Save button or Ctrl+S (PUT with the version last
// read); form edits go to the server as edits of single fields (POST …/edit), which saves them.
// After each change, debounced, the server checks and computes the text (the problems and the
// budget's figures) and renders the preview.
import { load, FAILSAFE_SCHEMA } from "/webjars/js-yaml/4.1.0/dist/js-yaml.mjs";
import { api, planPath, debounce, notify, el, ApiError } from "./api.js";
import { createYamlEditor } from "./yaml-editor.js";
import { createForm } from "./form.js";
import { createPreview } from "./preview.js";
import { createPlanTools } from "./plan-tools.js";

const CHECK_DELAY = 300;
const RENDER_DELAY = 300; // with the render and drawing, about half a second after a pause (docs/performance.md)
const EDIT_DELAY = 300;
const PREVIEW_FIRST = 250; // the longest the other views wait for the preview (see take)

const $ = (id) => document.getElementById(id);

export function createEditor() {
  const state = { name: null, version: null, savedText: "", text: "", model: null, pending: [], editing: null, conflict: null };
  const yaml = createYamlEditor($("yaml-editor"), typed, save);
  const form = createForm($("form"), queueEdit);
  const preview = createPreview($("preview"), $("preview-state"), $("preview-mode"));
  const tools = createPlanTools({
    name: () => state.name,
    version: () => state.version,
    model: () => state.model,
    dirty,
    ready: async () => !dirty() || save(),
    take: (text, version) => take(text, version),
    failed: (e) => failed(e),
  });

  const scheduleCompute = debounce(compute, CHECK_DELAY);
  const scheduleRender = debounce(() => preview.update(state.text, state.name), RENDER_DELAY);
  const scheduleEdits = debounce(() => flushEdits(), EDIT_DELAY);

  wireToolbar();

  // ---- opening, typing, saving ----

  async function open(name) {
    state.name = name;
    $("plan-name").textContent = name;
    $("conflict").hidden = true;
    $("preview").replaceChildren();
    $("preview").dataset.renders = "0";
    for (const format of ["docx", "pdf", "txt"]) $("download-" + format).href = tools.downloadPath(format);
    try {
      const plan = await api(planPath(name));
      take(plan.text, plan.version);
    } catch (e) {
      notify(e.message, "error");
    }
  }

  /** Takes a text the server holds (read, saved, edited) as the current one. */
  function take(text, version) {
    state.version = version;
    state.savedText = text;
    state.text = text;
    showSaveState();
    // The preview first: a text from the server is not typing, there is no pause to wait for. The
    // other views (the YAML text, the form redrawn, the figures computed) follow once the pages
    // are shown, or after PREVIEW_FIRST at most, so that redrawing them does not hold up the
    // pages on this thread; the form already shows what the clerk typed.
    const shown = preview.update(text, state.name);
    const rest = () => {
      if (state.text !== text) return; // a newer text has been taken meanwhile
      yaml.setText(text);
      reparse();
      compute();
    };
    let done = false;
    const once = () => { if (!done) { done = true; rest(); } };
    shown.finally(once);
    setTimeout(once, PREVIEW_FIRST);
  }

  function typed(text) {
    state.text = text;
    showSaveState();
    reparse();
    scheduleCompute();
    scheduleRender();
  }

  function dirty() {
    return state.text !== state.savedText;
  }

  function showSaveState(message) {
    $("save-state").textContent = message || (dirty() ? "Có thay đổi chưa lưu" : "Đã lưu");
    $("save").disabled = !dirty() && !state.conflict;
  }

  /** Saves the text; resolves true when saved, false on a conflict (then shown) or an error. */
  async function save() {
    if (!state.name) return false;
    const text = state.text;
    showSaveState("Đang lưu…");
    try {
      const saved = await api(planPath(state.name), { method: "PUT", json: { text, version: state.version } });
      state.version = saved.version;
      state.savedText = text;
      state.conflict = null;
      $("conflict").hidden = true;
      showSaveState();
      return true;
    } catch (e) {
      failed(e);
      return false;
    }
  }

  function failed(e, path) {
    showSaveState();
    if (e instanceof ApiError && e.status === 409 && e.data.current) {
      showConflict(e.data.current);
    } else if (e instanceof ApiError && e.status === 422 && path && form.showFieldError(path, e.message)) {
      notify("Chưa lưu được thay đổi: " + e.message, "error");
    } else {
      notify(e.message, "error");
    }
  }

  // ---- form edits ----

  function queueEdit(edit) {
    if (!edit.op) {
      state.pending = state.pending.filter((p) => p.op || p.path !== edit.path);
      state.pending.push(edit);
      showSaveState("Đang sửa…");
      scheduleEdits();
    } else {
      state.pending.push(edit);
      flushEdits();
    }
  }

  /** Sends the edits waiting, one request at a time; unsaved typing in YAML is saved first. */
  async function flushEdits() {
    if (state.editing) {
      await state.editing;
      if (state.pending.length) scheduleEdits();
      return;
    }
    if (!state.pending.length || !state.name) return;
    const edits = state.pending;
    const name = state.name;
    state.pending = [];
    state.editing = (async () => {
      if (dirty() && !(await save())) return;
      try {
        const result = await api(planPath(name, "/edit"), { method: "POST", json: { version: state.version, edits } });
        if (state.name !== name) return; // the clerk has left the plan; the edit is saved
        if (state.pending.length === 0) {
          take(result.text, result.version);
        } else {
          state.version = result.version;
          state.savedText = state.text = result.text;
          yaml.setText(result.text);
        }
      } catch (e) {
        failed(e, edits[edits.length - 1].path);
      }
    })();
    await state.editing;
    state.editing = null;
    if (state.pending.length) scheduleEdits();
  }

  // ---- checking and computing ----

  function reparse() {
    try {
      // Every scalar as the string it is written as: "20.000" stays 20.000, not the float 20.
      state.model = load(state.text, { schema: FAILSAFE_SCHEMA });
    } catch {
      state.model = null;
    }
  }

  async function compute() {
    const text = state.text;
    let result;
    try {
      result = await api(computePath(), { method: "POST", body: text, type: contentType() });
    } catch (e) {
      notify(e.message, "error");
      return;
    }
    if (text !== state.text) return; // a newer text is on its way
    form.update(state.model, result.plan);
    showProblems(result.problems);
  }

  function computePath() {
    return "/api/compute?name=" + encodeURIComponent(state.name || "plan.yaml");
  }

  function contentType() {
    return /\.json$/i.test(state.name || "") ? "application/json" : "text/plain; charset=utf-8";
  }

  function showProblems(problems) {
    yaml.setProblems(problems);
    form.setProblems(problems);
    const badge = $("problem-count");
    badge.textContent = problems.length ? problems.length + " lỗi" : "Không có lỗi";
    badge.className = "badge " + (problems.length ? "bad" : "ok");
    $("problems").replaceChildren(...problems.map((p) =>
      el("li", { onclick: () => { showTab("yaml"); yaml.goTo(p.line, p.column); } },
        el("span", { className: "where" }, p.line ? "Dòng " + p.line : ""), " ", p.message,
        p.field ? el("span", { className: "muted small" }, " (" + p.field + ")") : null)));
  }

  // ---- conflict ----

  function showConflict(current) {
    state.conflict = current;
    $("conflict").hidden = false;
    $("conflict-text").hidden = true;
    $("conflict-text").textContent = current.text;
    showSaveState("Chưa lưu");
  }

  function wireConflict() {
    $("conflict-view").onclick = () => ($("conflict-text").hidden = !$("conflict-text").hidden);
    $("conflict-take").onclick = () => {
      const current = state.conflict;
      state.conflict = null;
      $("conflict").hidden = true;
      take(current.text, current.version);
      notify("Đã lấy bản mới hơn.");
    };
    $("conflict-keep").onclick = async () => {
      state.version = state.conflict.version;
      state.savedText = state.conflict.text;
      if (await save()) notify("Đã lưu bản của bạn; bản kia vẫn còn trong Lịch sử.");
    };
  }

  // ---- toolbar ----

  function wireToolbar() {
    $("save").onclick = save;
    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s" && state.name && !$("editor-view").hidden) {
        e.preventDefault();
        save();
      }
    });
    window.addEventListener("beforeunload", (e) => {
      if (state.name && (dirty() || state.pending.length)) e.preventDefault();
    });
    $("tab-form").onclick = () => showTab("form");
    $("tab-yaml").onclick = () => showTab("yaml");
    const menu = $("download-menu").nextElementSibling;
    $("download-menu").onclick = () => (menu.hidden = !menu.hidden);
    for (const format of ["docx", "pdf", "txt"]) {
      $("download-" + format).onclick = (e) => {
        e.preventDefault();
        menu.hidden = true;
        tools.download(format);
      };
    }
    $("show-history").onclick = tools.showHistory;
    $("show-compare").onclick = tools.showCompare;
    $("show-tables").onclick = tools.showTables;
    $("compare-form").onsubmit = (e) => {
      e.preventDefault();
      tools.compare("json");
    };
    $("compare-redline").onclick = () => tools.compare("redline");
    document.querySelectorAll("dialog [data-close]").forEach((b) => (b.onclick = () => b.closest("dialog").close()));
    wireConflict();
  }

  function showTab(which) {
    $("tab-form").classList.toggle("active", which === "form");
    $("tab-yaml").classList.toggle("active", which === "yaml");
    $("form").hidden = which !== "form";
    $("yaml-pane").hidden = which !== "yaml";
    if (which === "yaml") yaml.resize();
  }

  /** Leaves the plan; form edits still waiting are sent first. */
  function close() {
    if (state.pending.length) flushEdits();
    state.name = null;
  }

  return { open, close, isDirty: () => Boolean(state.name && dirty()) };
}
