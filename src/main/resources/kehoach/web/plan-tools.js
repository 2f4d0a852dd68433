// The plan's tools beside editing: downloads, history (view, restore), compare (with another
// plan, an earlier version or an uploaded file; the redline), and tables to and from Excel. Each
// works on the saved plan, so unsaved text is saved first.
import { api, planPath, notify, el, saveBlob, when } from "./api.js";
import { diffView } from "./diff-view.js";

const $ = (id) => document.getElementById(id);

/**
 * `plan` is the editor's side: name(), version(), model() (the parsed text), dirty(), ready() (saves
 * unsaved text; false when that failed), take(text, version) (shows a text the server now holds)
 * and failed(error) (shows a refusal: a conflict, a message).
 */
export function createPlanTools(plan) {
  function baseName() {
    return plan.name().replace(/\.(ya?ml|json)$/i, "");
  }

  function downloadPath(format) {
    return planPath(plan.name(), "/download?format=" + format);
  }

  /** Saves first, so that what is downloaded is what is on screen. */
  async function download(format) {
    if (!(await plan.ready())) return;
    try {
      saveBlob(await api(downloadPath(format)), baseName() + "." + format);
    } catch (e) {
      notify(e.status === 422 ? "Chưa tải được: kế hoạch còn lỗi (xem danh sách lỗi)." : e.message, "error");
    }
  }

  async function showHistory() {
    const list = $("history-list");
    $("history-text").hidden = true;
    let versions = [];
    try {
      versions = (await api(planPath(plan.name(), "/history"))).versions;
    } catch (e) {
      return notify(e.message, "error");
    }
    list.replaceChildren(...(versions.length ? versions.map((v) => el("li", { dataset: { id: v.id } },
      el("span", {}, "Lưu lúc " + when(v.saved), el("span", { className: "muted small" }, ` (${v.size} byte)`)),
      el("button", { onclick: () => viewVersion(v) }, "Xem"),
      el("button", { className: "restore", onclick: () => restoreVersion(v) }, "Khôi phục bản này")))
      : [el("li", { className: "muted" }, "Chưa có lần lưu nào trước đây.")]));
    if (!$("history-dialog").open) $("history-dialog").showModal();
  }

  async function viewVersion(v) {
    try {
      const { text } = await api(planPath(plan.name(), "/history/" + encodeURIComponent(v.id)));
      $("history-text").textContent = text;
      $("history-text").hidden = false;
    } catch (e) {
      notify(e.message, "error");
    }
  }

  async function restoreVersion(v) {
    if (plan.dirty() && !confirm("Bỏ các thay đổi chưa lưu và khôi phục bản lưu lúc " + when(v.saved) + "?")) return;
    try {
      await api(planPath(plan.name(), "/history/" + encodeURIComponent(v.id) + "/restore"), { method: "POST", json: { version: plan.version() } });
      const restored = await api(planPath(plan.name()));
      plan.take(restored.text, restored.version);
      $("history-dialog").close();
      notify("Đã khôi phục bản lưu lúc " + when(v.saved) + "; bản trước đó vẫn còn trong Lịch sử.");
    } catch (e) {
      plan.failed(e);
    }
  }

  async function showCompare() {
    const select = $("compare-form").elements.other;
    $("compare-result").replaceChildren();
    try {
      const [plans, history] = await Promise.all([api("/api/plans"), api(planPath(plan.name(), "/history"))]);
      select.replaceChildren(
        el("optgroup", { label: "Các bản đã lưu của kế hoạch này" },
          history.versions.map((v) => el("option", { value: "history:" + v.id }, "Bản lưu lúc " + when(v.saved)))),
        el("optgroup", { label: "Kế hoạch khác" },
          plans.plans.filter((p) => p.name !== plan.name()).map((p) => el("option", { value: p.name }, (p.title || p.name) + " (" + p.name + ")"))));
    } catch (e) {
      notify(e.message, "error");
    }
    $("compare-dialog").showModal();
  }

  async function compare(format) {
    if (!(await plan.ready())) return;
    const f = $("compare-form").elements;
    const body = new FormData();
    if (f.with.value === "file") {
      if (!f.file.files.length) return notify("Hãy chọn một tệp để so sánh.", "error");
      body.append("file", f.file.files[0]);
    } else {
      body.append("other", f.other.value);
    }
    try {
      const result = await api(planPath(plan.name(), "/compare?format=" + format), { method: "POST", body });
      if (format === "redline") saveBlob(result, baseName() + "-thay-doi.docx");
      else $("compare-result").replaceChildren(diffView(result));
    } catch (e) {
      const problems = (e.data && e.data.problems) || [];
      $("compare-result").replaceChildren(el("p", { className: "error" }, e.message),
        el("ul", {}, problems.map((p) => el("li", {}, p.message))));
    }
  }

  /** The plan's tables in document order (sections, then appendices), as export-table numbers them. */
  function tables() {
    const out = [];
    const walk = (blocks, where) => {
      if (!Array.isArray(blocks)) return;
      for (const b of blocks) {
        if (b && typeof b === "object") {
          if (b.table || b.budget) out.push({ ref: String(out.length + 1), label: (b.budget ? "Bảng kinh phí" : "Bảng") + (where ? " – " + where : "") });
          walk(b.content, where);
        }
      }
    };
    const m = plan.model() || {};
    (m.sections || []).forEach((s) => walk(s && s.content, ""));
    (m.appendices || []).forEach((a) => walk(a && a.content, a && (a.label || "Phụ lục") + ": " + (a.title || a.id)));
    return out;
  }

  function showTables() {
    const list = tables();
    $("tables-list").replaceChildren(...(list.length ? list.map((t) => el("li", {},
      el("span", {}, t.ref + ". " + t.label),
      el("button", { onclick: () => exportTable(t) }, "Xuất ra Excel"),
      el("label", { className: "button" }, "Nhập từ Excel…",
        el("input", { type: "file", accept: ".xlsx,.csv", hidden: true, onchange: (e) => importTable(t, e.target) }))))
      : [el("li", { className: "muted" }, "Kế hoạch này chưa có bảng nào.")]));
    $("tables-dialog").showModal();
  }

  async function exportTable(t) {
    if (!(await plan.ready())) return;
    try {
      saveBlob(await api(planPath(plan.name(), "/tables/" + encodeURIComponent(t.ref) + ".xlsx")), baseName() + "-bang-" + t.ref + ".xlsx");
    } catch (e) {
      notify(e.message, "error");
    }
  }

  async function importTable(t, input) {
    if (!input.files.length) return;
    if (!(await plan.ready())) return;
    try {
      const query = "?version=" + encodeURIComponent(plan.version());
      const result = await api(planPath(plan.name(), "/tables/" + encodeURIComponent(t.ref) + query), {
        method: "POST", body: input.files[0], type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      plan.take(result.text, result.version);
      $("tables-dialog").close();
      notify("Đã nhập bảng từ " + input.files[0].name);
    } catch (e) {
      $("tables-dialog").close();
      plan.failed(e);
    }
    input.value = "";
  }

  return { downloadPath, download, showHistory, showCompare, compare, showTables };
}
