// The diff JSON (as `kehoach diff --format json`) shown as a reader wants it: each change at its
// place in the plan's numbering, budget lines with their figures before and after.
import { el } from "./api.js";

const TYPES = { changed: "Sửa", added: "Thêm", removed: "Bỏ", moved: "Chuyển chỗ" };

export function diffView(diff) {
  const budgets = (diff.budgets || []).filter((b) => b.lines.length || b.groups.length || b.total.length);
  if (!diff.changes.length && !budgets.length) {
    return el("p", { className: "ok" }, "Hai bản giống nhau.");
  }
  return el("div", {},
    el("p", { className: "muted" }, `Bản cũ: ${diff.oldName} · Bản mới: ${diff.newName} · ${diff.changes.length} thay đổi`),
    el("ul", { className: "changes" }, diff.changes.map(change)),
    budgets.map(budget));
}

function change(c) {
  const place = c.type === "moved" ? `${c.oldPlace} → ${c.place}` : c.place;
  return el("li", { className: "change " + c.type },
    el("span", { className: "tag" }, TYPES[c.type] || c.type), " ", el("strong", {}, place), " ",
    c.words ? words(c.words) : c.type === "removed" ? el("del", {}, c.oldText) : el("ins", {}, c.newText));
}

/** "[-removed-]{+added+}" marks as del and ins. */
function words(marked) {
  const out = [];
  const re = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;
  let last = 0;
  for (let m; (m = re.exec(marked)); last = re.lastIndex) {
    out.push(marked.slice(last, m.index));
    out.push(m[1] !== undefined ? el("del", {}, m[1]) : el("ins", {}, m[2]));
  }
  out.push(marked.slice(last));
  return el("span", {}, out);
}

function budget(b) {
  const fig = (oldV, newV) => (oldV === newV ? newV : el("span", {}, oldV ? el("del", {}, oldV) : "", " ", newV ? el("ins", {}, newV) : ""));
  return el("div", { className: "budget-diff" },
    el("h4", {}, `${b.table} (Đơn vị tính: ${b.unit})`),
    el("table", { className: "grid" },
      el("thead", {}, el("tr", {}, ["", "STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền", "Chênh lệch"].map((h) => el("th", {}, h)))),
      el("tbody", {},
        b.lines.map((l) => el("tr", { className: l.type },
          el("td", {}, TYPES[l.type] || l.type), el("td", {}, l.label), el("td", {}, l.content),
          el("td", { className: "num" }, fig(l.oldQuantity, l.newQuantity)),
          el("td", { className: "num" }, fig(l.oldPrice, l.newPrice)),
          el("td", { className: "num" }, fig(l.oldAmount, l.newAmount)),
          el("td", { className: "num" }, l.difference))),
        [...b.groups, ...b.total].map((g) => el("tr", { className: "total" },
          el("td", {}), el("td", { colSpan: 4 }, g.label), el("td", { className: "num" }, fig(g.oldAmount, g.newAmount)), el("td", { className: "num" }, g.difference))))),
    b.words ? el("p", {}, "Bằng chữ (mới): ", el("em", {}, b.words)) : null);
}
