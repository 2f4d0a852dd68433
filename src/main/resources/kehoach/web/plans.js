// The plans list: every model in the workspace, with open, copy, rename, delete (to the bin),
// restore from the bin, and new plans from a starter or as a copy.
import { api, planPath, el, notify, when } from "./api.js";

let plans = [];

/** Loads and shows the list. */
export async function showPlans() {
  try {
    plans = (await api("/api/plans")).plans;
  } catch (e) {
    notify(e.message, "error");
    return;
  }
  const body = document.getElementById("plans-body");
  body.replaceChildren(...plans.map(row));
  document.getElementById("plans-empty").hidden = plans.length > 0;
}

function row(plan) {
  const open = "#/plan/" + encodeURIComponent(plan.name);
  const status = plan.problems === 0
    ? el("span", { className: "ok" }, "Không có lỗi")
    : el("span", { className: "bad" }, plan.problems + " lỗi");
  return el("tr", { dataset: { name: plan.name } },
    el("td", {}, el("a", { href: open, className: "title" }, plan.title || plan.name),
      el("div", { className: "muted small" }, plan.name)),
    el("td", {}, plan.number || "—"),
    el("td", {}, plan.date || ""),
    el("td", {}, status),
    el("td", { className: "num" }, plan.total ? plan.total + " đồng" : "—"),
    el("td", { className: "small" }, when(plan.modified)),
    el("td", { className: "row-actions" },
      el("a", { href: open, className: "button" }, "Mở"),
      el("button", { onclick: () => copyPlan(plan.name) }, "Sao chép"),
      el("button", { onclick: () => renamePlan(plan.name) }, "Đổi tên"),
      el("button", { className: "danger", onclick: () => deletePlan(plan.name) }, "Xóa")));
}

/** Asks for a file name in the name dialog; resolves to it, or null when cancelled. */
export function askName(title, proposal, submit) {
  const dialog = document.getElementById("name-dialog");
  const form = dialog.querySelector("form");
  dialog.querySelector("[data-title]").textContent = title;
  form.elements.name.value = proposal;
  const error = dialog.querySelector("[data-error]");
  error.textContent = "";
  form.onsubmit = async (event) => {
    if (event.submitter && event.submitter.value === "cancel") return;
    event.preventDefault();
    try {
      await submit(withExtension(form.elements.name.value.trim()));
      dialog.close();
    } catch (e) {
      error.textContent = e.message;
    }
  };
  dialog.showModal();
}

/** A name without .yaml/.yml/.json gets .yaml, so the clerk need not know about extensions. */
function withExtension(name) {
  return /\.(ya?ml|json)$/i.test(name) ? name : name + ".yaml";
}

function copyName(name) {
  return name.replace(/(\.[^.]+)$/, "-ban-sao$1");
}

function copyPlan(name) {
  askName("Sao chép “" + name + "”", copyName(name), async (to) => {
    await api("/api/plans", { method: "POST", json: { name: to, copyOf: name } });
    notify("Đã tạo bản sao " + to);
    showPlans();
  });
}

function renamePlan(name) {
  askName("Đổi tên “" + name + "”", name, async (to) => {
    await api(planPath(name, "/rename"), { method: "POST", json: { to } });
    notify("Đã đổi tên thành " + to);
    showPlans();
  });
}

async function deletePlan(name) {
  if (!confirm("Chuyển “" + name + "” vào thùng rác? Có thể khôi phục lại từ Thùng rác.")) return;
  try {
    await api(planPath(name), { method: "DELETE" });
    notify("Đã chuyển " + name + " vào thùng rác.");
    showPlans();
  } catch (e) {
    notify(e.message, "error");
  }
}

/** The bin: deleted plans, each restorable. */
export async function showBin() {
  const dialog = document.getElementById("bin-dialog");
  const list = document.getElementById("bin-list");
  let items = [];
  try {
    items = (await api("/api/bin")).items;
  } catch (e) {
    notify(e.message, "error");
    return;
  }
  list.replaceChildren(...(items.length ? items.map((item) =>
    el("li", {},
      el("span", {}, item.name, " ", el("span", { className: "muted small" }, "đã xóa " + when(item.deleted))),
      el("button", { onclick: () => restore(item) }, "Khôi phục")))
    : [el("li", { className: "muted" }, "Thùng rác trống.")]));
  if (!dialog.open) dialog.showModal();
}

async function restore(item) {
  try {
    const restored = await api("/api/bin/" + encodeURIComponent(item.id) + "/restore", { method: "POST" });
    notify("Đã khôi phục " + restored.name);
    showBin();
    showPlans();
  } catch (e) {
    notify(e.message, "error");
  }
}

/** New plan: from a starter, or as a copy of an existing plan (last year's). */
export async function newPlan() {
  const dialog = document.getElementById("new-dialog");
  const form = document.getElementById("new-form");
  const error = dialog.querySelector("[data-error]");
  error.textContent = "";
  try {
    const starters = (await api("/api/starters")).starters;
    form.elements.starter.replaceChildren(...starters.map((s) => el("option", { value: s.id }, s.title)));
  } catch (e) {
    error.textContent = e.message;
  }
  form.elements.copyOf.replaceChildren(...plans.map((p) => el("option", { value: p.name }, (p.title || p.name) + " (" + p.name + ")")));
  form.elements.starter.onfocus = () => (form.elements.from.value = "starter");
  form.elements.copyOf.onfocus = () => (form.elements.from.value = "copy");
  form.onsubmit = async (event) => {
    if (event.submitter && event.submitter.value === "cancel") return;
    event.preventDefault();
    const name = withExtension(form.elements.name.value.trim());
    const request = form.elements.from.value === "copy"
      ? { name, copyOf: form.elements.copyOf.value }
      : { name, starter: form.elements.starter.value };
    try {
      const created = await api("/api/plans", { method: "POST", json: request });
      dialog.close();
      location.hash = "#/plan/" + encodeURIComponent(created.name);
    } catch (e) {
      error.textContent = e.status === 409 ? "Đã có kế hoạch tên “" + name + "”." : e.message;
    }
  };
  dialog.showModal();
}
