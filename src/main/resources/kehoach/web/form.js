// The form view of a plan: header fields, căn cứ, the sections' outline, nơi nhận, the signature
// and the budget grids. It reads the model (parsed from the YAML text) and the figures the server
// computed (POST /api/compute); it does no arithmetic. Each change becomes an edit of the API
// ({path, value} or a list operation), so only that field changes in the file.
import { el } from "./api.js";

/**
 * Creates the form in `root`. `onEdit(edit)` receives one edit: {path, value} for a field (called
 * as the user types; the editor sends them debounced) or {path, op, index, value} for a list.
 */
export function createForm(root, onEdit) {
  let model = null;
  let summary = null;
  let problems = [];
  let stale = false;

  function render() {
    const focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement : null;
    const focus = focused && focused.dataset.path
      ? { path: focused.dataset.path, start: focused.selectionStart, end: focused.selectionEnd, value: focused.value }
      : null;
    const scroll = root.scrollTop;
    if (!model || typeof model !== "object") {
      root.replaceChildren(el("p", { className: "muted" },
        "Văn bản YAML chưa đọc được thành kế hoạch; hãy sửa lỗi ở thẻ “Văn bản YAML”."));
    } else {
      root.replaceChildren(header(), bases(), ...budgets(), outline(), appendices(), ending());
    }
    markProblems();
    root.scrollTop = scroll;
    if (focus) {
      const again = root.querySelector(`[data-path="${CSS.escape(focus.path)}"]`);
      if (again) {
        again.value = focus.value;
        again.focus();
        try { again.setSelectionRange(focus.start, focus.end); } catch { /* not a text field */ }
      }
    }
  }

  // ---- fields ----

  /** A labelled text field bound to a path; its value is sent as the user types. */
  function field(label, path, value, { multiline = false, hint = "", className = "" } = {}) {
    const input = multiline
      ? el("textarea", { rows: Math.min(8, Math.max(2, Math.ceil(String(value ?? "").length / 70))) })
      : el("input", { type: "text" });
    input.value = value === undefined || value === null ? "" : String(value);
    input.dataset.path = path;
    input.placeholder = hint;
    input.addEventListener("input", () => onEdit({ path, value: input.value }));
    return el("label", { className: "field " + className }, el("span", { className: "label" }, label), input);
  }

  /**
   * Up, down and delete buttons for item `index` of the list at `path`, and the item's text; an
   * item of the outline (`list` given, the items beside it) also gets indent and outdent buttons.
   */
  function listItem(path, index, length, content, list = null) {
    const op = (name) => () => onEdit({ path, op: name, index });
    const outlineButtons = list ? [
      el("button", { type: "button", title: "Thụt vào (thành mục con của mục trên)", className: "indent",
        disabled: index === 0 || !isHeading(list[index - 1]), onclick: op("indent") }, "→"),
      el("button", { type: "button", title: "Lùi ra (ngang cấp với mục cha)", className: "outdent",
        disabled: !/\]\.content$/.test(path), onclick: op("outdent") }, "←"),
    ] : [];
    return el("div", { className: "list-item" }, content,
      el("span", { className: "item-actions" },
        el("button", { type: "button", title: "Lên trên", disabled: index === 0, onclick: op("moveUp") }, "↑"),
        el("button", { type: "button", title: "Xuống dưới", disabled: index === length - 1, onclick: op("moveDown") }, "↓"),
        ...outlineButtons,
        el("button", { type: "button", title: "Xóa", className: "danger", onclick: () => confirm("Xóa mục này?") && op("delete")() }, "✕")));
  }

  function addButton(label, path, index, value) {
    return el("button", { type: "button", className: "add", onclick: () => onEdit({ path, op: "insert", index, value }) }, label);
  }

  function group(title, ...children) {
    return el("fieldset", { className: "group" }, el("legend", {}, title), ...children);
  }

  // ---- parts of the plan ----

  function header() {
    const issuer = model.issuer || {};
    const doc = model.document || {};
    return group("Thông tin chung",
      el("div", { className: "row" },
        field("Cơ quan ban hành", "issuer.name", issuer.name, { className: "wide" })),
      el("div", { className: "row" },
        field("Số", "document.number", doc.number, { hint: "để trống khi chưa có số" }),
        field("Địa danh", "document.place", doc.place),
        field("Ngày", "document.date", doc.date, { hint: "2024-05-07" })),
      field("Trích yếu (tên kế hoạch)", "title", model.title, { multiline: true }));
  }

  function bases() {
    const b = model.bases;
    const path = Array.isArray(b) || b === undefined ? "bases" : "bases.items";
    const items = (Array.isArray(b) ? b : (b && b.items)) || [];
    return group("Căn cứ",
      ...items.map((item, i) => listItem(path, i, items.length, basis(`${path}[${i}]`, item))),
      addButton("+ Thêm căn cứ", path, items.length, "Căn cứ …"),
      b && b.closing !== undefined ? field("Câu dẫn sau căn cứ", "bases.closing", b.closing, { multiline: true }) : null);
  }

  function basis(path, item) {
    if (typeof item !== "object" || item === null) return field("Căn cứ", path, item, { multiline: true });
    return el("div", { className: "basis" },
      el("div", { className: "row" },
        field("Từ dẫn", path + ".verb", item.verb, { hint: "Căn cứ" }),
        field("Loại văn bản", path + ".type", item.type),
        field("Số, ký hiệu", path + ".number", item.number),
        field("Ngày", path + ".date", item.date)),
      item.text !== undefined ? field("Nội dung", path + ".text", item.text, { multiline: true }) : null,
      field("Cơ quan ban hành", path + ".issuer", item.issuer),
      field("Trích yếu", path + ".subject", item.subject, { multiline: true }));
  }

  function outline() {
    const sections = model.sections || [];
    return group("Nội dung (các mục)",
      el("ol", { className: "outline" }, sections.map((s, i) =>
        el("li", {}, listItem("sections", i, sections.length, heading(`sections[${i}]`, s), sections)))),
      addButton("+ Thêm mục", "sections", sections.length, "{title: Mục mới}"));
  }

  /** A heading (mục, khoản, điểm): its title, its text and its content, recursively. */
  function heading(path, h) {
    return el("div", { className: "heading" },
      field("Tiêu đề", path + ".title", h.title, { className: "heading-title" }),
      h.text !== undefined ? field("Đoạn sau tiêu đề", path + ".text", h.text, { multiline: true }) : null,
      content(path + ".content", h.content));
  }

  function content(path, c) {
    if (c === undefined) return null;
    if (typeof c === "string") return field("Đoạn văn", path, c, { multiline: true });
    return el("div", { className: "content" },
      c.map((block, i) => listItem(path, i, c.length, blockView(`${path}[${i}]`, block), isHeading(block) ? c : null)),
      el("div", { className: "adds" },
        addButton("+ Đoạn văn", path, c.length, "Đoạn văn mới."),
        addButton("+ Tiểu mục", path, c.length, "{title: Tiểu mục mới}")));
  }

  function blockView(path, block) {
    if (typeof block === "string") return field("Đoạn văn", path, block, { multiline: true });
    if (block === null || typeof block !== "object") return field("Đoạn văn", path, block);
    if (block.bullets !== undefined) {
      return el("div", {}, el("span", { className: "label" }, "Các gạch đầu dòng"), bullets(path + ".bullets", block.bullets));
    }
    if (block.budget) return el("p", { className: "muted" }, "Bảng kinh phí: sửa ở phần “Kinh phí” phía trên.");
    if (block.table) return tableGrid(path + ".table", block.table);
    if (block.align !== undefined || block.indent !== undefined || block.note !== undefined) return field("Đoạn văn", path + ".text", block.text, { multiline: true });
    return heading(path, block);
  }

  /** Whether a block of content is a heading (mục, khoản), the only kind the outline nests. */
  function isHeading(block) {
    return block !== null && typeof block === "object" && !Array.isArray(block)
      && block.bullets === undefined && !block.budget && !block.table
      && block.align === undefined && block.indent === undefined && block.note === undefined;
  }

  /** The appendices: their titles and content, where their task tables are edited as grids. */
  function appendices() {
    const list = model.appendices || [];
    if (!Array.isArray(list) || list.length === 0) return null;
    return group("Phụ lục", ...list.map((a, i) => el("div", { className: "appendix" },
      field(`Tên phụ lục ${i + 1}`, `appendices[${i}].title`, a.title, { className: "heading-title" }),
      content(`appendices[${i}].content`, a.content))));
  }

  // ---- task tables ----

  /** Default headers of the columns a data table knows by key (as kehoach prints them). */
  const TABLE_HEADERS = {
    stt: "STT", content: "Nội dung", lead: "Đơn vị chủ trì", partners: "Đơn vị phối hợp",
    time: "Thời gian thực hiện", result: "Kết quả đạt được", note: "Ghi chú",
  };

  /**
   * A task table as a grid: its headers, a text field per cell, merged cells ({text, span, rows})
   * drawn merged, group rows in bold; rows added and deleted through the edit API.
   */
  function tableGrid(path, table) {
    const columns = (table.columns || []).map((c) => typeof c === "object" && c !== null
      ? { key: c.key, header: c.header || TABLE_HEADERS[c.key] || c.key }
      : { key: c, header: TABLE_HEADERS[c] || c });
    const firstText = (columns.find((c) => c.key !== "stt") || { key: "content" }).key;
    const newRow = `${firstText}: Nội dung mới`;
    const body = [];
    tableRows(path + ".rows", table.rows || [], columns, body, newRow);
    return el("div", { className: "task-table", dataset: { path } },
      el("table", { className: "grid tasks" },
        el("thead", {}, el("tr", {}, columns.map((c) => el("th", {}, c.header)), el("th", { className: "row-tools" }))),
        el("tbody", {}, body)),
      el("div", { className: "adds" },
        addButton("+ Thêm dòng", path + ".rows", (table.rows || []).length, newRow),
        addButton("+ Thêm nhóm", path + ".rows", (table.rows || []).length, `group: Nhóm mới\nrows:\n  - ${newRow}`)));
  }

  /** The rows of one level of a table (the table's or a group's) appended to `body`. */
  function tableRows(path, rows, columns, body, newRow) {
    const covered = new Set();
    rows.forEach((row, i) => {
      const rowPath = `${path}[${i}]`;
      const remove = el("button", { type: "button", title: "Xóa dòng", className: "danger",
        onclick: () => confirm("Xóa dòng này?") && onEdit({ path, op: "delete", index: i }) }, "✕");
      if (row && typeof row === "object" && row.group !== undefined) {
        const children = Array.isArray(row.rows) ? row.rows : [];
        body.push(el("tr", { className: "kind-group", dataset: { path: rowPath } },
          el("td", { colSpan: columns.length },
            el("span", { className: "stt-label", title: "Số thứ tự kehoach đánh" }, rowNumber(rowPath)),
            cellInput(rowPath + ".group", row.group)),
          el("td", { className: "row-tools" },
            addButton("+ dòng", rowPath + ".rows", children.length, newRow), remove)));
        tableRows(rowPath + ".rows", children, columns, body, newRow);
        return;
      }
      const cells = [];
      columns.forEach((c, j) => {
        if (covered.has(`${i}:${j}`)) return;
        const cell = row ? row[c.key] : undefined;
        const merged = cell !== null && typeof cell === "object" && !Array.isArray(cell);
        const span = merged ? Math.max(1, Number(cell.span) || 1) : 1;
        const down = merged ? Math.max(1, Number(cell.rows) || 1) : 1;
        for (let r = 0; r < down; r++) {
          for (let k = 0; k < span; k++) if (r || k) covered.add(`${i + r}:${j + k}`);
        }
        const cellPath = `${rowPath}.${c.key}` + (merged ? ".text" : "");
        const input = cellInput(cellPath, merged ? cell.text : cell, c.key === "stt" ? rowNumber(rowPath) : "");
        cells.push(el("td", { className: (c.key === "stt" ? "stt" : "") + (merged && (span > 1 || down > 1) ? " merged" : ""),
          colSpan: span, rowSpan: down }, input));
      });
      body.push(el("tr", { dataset: { path: rowPath } }, cells, el("td", { className: "row-tools" }, remove)));
    });
  }

  /** The STT kehoach prints for a row of a task table (I, 1, a …), as the server numbered it. */
  function rowNumber(rowPath) {
    return (summary && summary.rowNumbers && summary.rowNumbers[rowPath]) || "";
  }

  /** A cell's text field: grows with its text; sent as the user types. */
  function cellInput(path, value, hint = "") {
    const text = value === undefined || value === null ? "" : String(value);
    const input = el("textarea", { rows: 1 });
    input.value = text;
    input.placeholder = hint;
    input.dataset.path = path;
    const fit = () => { input.style.height = "auto"; input.style.height = input.scrollHeight + 2 + "px"; };
    input.addEventListener("input", () => { fit(); onEdit({ path, value: input.value }); });
    requestAnimationFrame(fit); // once in the page, where its width is known
    return input;
  }

  function bullets(path, list) {
    if (typeof list === "string") return field("Gạch đầu dòng", path, list, { multiline: true });
    return el("div", { className: "bullets" },
      list.map((b, i) => listItem(path, i, list.length, typeof b === "object" && b !== null
        ? el("div", {}, field("–", `${path}[${i}].text`, b.text, { multiline: true }), b.bullets ? bullets(`${path}[${i}].bullets`, b.bullets) : null)
        : field("–", `${path}[${i}]`, b, { multiline: true }))),
      addButton("+ Gạch đầu dòng", path, list.length, "Nội dung mới."));
  }

  function ending() {
    const recipients = model.recipients || [];
    const sig = model.signature || {};
    const authority = sig.authority;
    return group("Nơi nhận và chữ ký",
      el("h4", {}, "Nơi nhận"),
      ...recipients.map((r, i) => listItem("recipients", i, recipients.length,
        typeof r === "object" && r !== null
          ? el("div", { className: "row" }, field("Nơi nhận", `recipients[${i}].name`, r.name), field("Ghi chú", `recipients[${i}].note`, r.note))
          : field("Nơi nhận", `recipients[${i}]`, r))),
      addButton("+ Thêm nơi nhận", "recipients", recipients.length, "Nơi nhận mới"),
      textOrList("Lưu", "archive", model.archive),
      el("h4", {}, "Chữ ký"),
      textOrList("Quyền hạn ký (TM., KT. …)", "signature.authority", authority),
      el("div", { className: "row" },
        field("Chức vụ", "signature.title", sig.title),
        field("Họ và tên người ký", "signature.name", sig.name)));
  }

  function textOrList(label, path, value) {
    if (Array.isArray(value)) {
      return el("div", { className: "row" }, value.map((v, i) => field(i === 0 ? label : "", `${path}[${i}]`, v)));
    }
    return field(label, path, value);
  }

  /** The budget grids, with the figures computed by the server. */
  function budgets() {
    if (!summary || !summary.budgets || summary.budgets.length === 0) return [];
    const note = stale
      ? el("p", { className: "stale-note" }, "Số liệu dưới đây chưa được tính lại: kế hoạch còn lỗi (xem danh sách lỗi).")
      : null;
    return [group("Kinh phí", note, ...summary.budgets.map(budgetGrid))];
  }

  function budgetGrid(b) {
    const first = b.rows[0] && b.rows[0].path;
    const budgetPath = first && first.slice(0, first.lastIndexOf(".budget.") + ".budget".length);
    const rows = b.rows.map((r) => {
      const editable = r.kind === "line";
      const cell = (key, value) => editable
        ? el("td", { className: "num" }, gridInput(r.path + "." + key, value))
        : el("td", { className: "num" }, value || "");
      return el("tr", { className: "kind-" + r.kind + " level-" + r.level, dataset: { path: r.path } },
        el("td", { className: "stt" }, r.stt),
        el("td", { className: "label-cell" }, gridInput(r.path + ".content", r.label, "text")),
        cell("quantity", r.quantity),
        cell("price", r.price),
        el("td", { className: "num amount" }, r.amount, statedAmount(r)),
        el("td", { className: "row-tools" }, budgetRowActions(r)));
    });
    return el("div", { className: "budget", dataset: { id: b.id } },
      el("h4", {}, b.title || b.id, el("span", { className: "muted small" }, " (Đơn vị tính: " + b.unit + ")")),
      el("table", { className: "grid" },
        el("thead", {}, el("tr", {}, ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền", ""].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows),
        el("tfoot", {}, el("tr", { className: "total" },
          el("td", {}), el("td", { colSpan: 3 }, b.totalLabel), el("td", { className: "num grand-total" }, b.total), el("td", {})))),
      budgetPath ? el("div", { className: "adds" },
        addButton("+ Thêm dòng", budgetPath + ".rows", listLength(budgetPath + ".rows"), NEW_LINE),
        addButton("+ Thêm nhóm", budgetPath + ".rows", listLength(budgetPath + ".rows"), NEW_GROUP)) : null,
      el("p", { className: "words" }, "Bằng chữ: ", el("em", { className: "total-words" }, b.totalInWords)),
      statedTotal(b));
  }

  /** A new budget line, and a new group with one line, as the model's YAML. */
  const NEW_LINE = "content: Khoản chi mới\nquantity: 1\nprice: 0";
  const NEW_GROUP = "content: Nhóm chi mới\nrows:\n  - content: Khoản chi mới\n    quantity: 1\n    price: 0";

  /** A group's "+ dòng" (a line added at its end) and every row's delete button. */
  function budgetRowActions(r) {
    const cut = r.path.lastIndexOf("[");
    const list = r.path.slice(0, cut);
    const index = Number(r.path.slice(cut + 1, -1));
    return [
      r.kind === "group"
        ? el("button", { type: "button", className: "add-line", title: "Thêm dòng vào nhóm này",
          onclick: () => onEdit({ path: r.path + ".rows", op: "insert", index: listLength(r.path + ".rows"), value: NEW_LINE }) }, "+ dòng")
        : null,
      el("button", { type: "button", className: "danger", title: "Xóa dòng",
        onclick: () => confirm(r.kind === "group" ? "Xóa cả nhóm này?" : "Xóa dòng này?") && onEdit({ path: list, op: "delete", index }) }, "✕"),
    ];
  }

  function listLength(path) {
    const list = valueAt(model, path);
    return Array.isArray(list) ? list.length : 0;
  }

  /**
   * An amount written in the model beside a line or group (amount: 5.940.000) is checked against
   * the computed one; when there is one, it is shown under the computed amount to be corrected.
   */
  function statedAmount(r) {
    const stated = valueAt(model, r.path + ".amount");
    if (stated === undefined || stated === null || typeof stated === "object") return null;
    return el("label", { className: "stated" }, "ghi sẵn ", gridInput(r.path + ".amount", stated));
  }

  /**
   * A total written in the model (budget.total) must agree with the computed one; shown as a field
   * so that a clerk who changed a line can correct it where the problem is reported.
   */
  function statedTotal(b) {
    const first = b.rows[0] && b.rows[0].path;
    const budgetPath = first && first.slice(0, first.lastIndexOf(".budget.") + ".budget".length);
    const stated = budgetPath && valueAt(model, budgetPath + ".total");
    if (stated === undefined || stated === null) return null;
    return field("Tổng cộng ghi sẵn trong kế hoạch (phải bằng số tính ra: " + b.total + ")", budgetPath + ".total", stated);
  }

  function gridInput(path, value, kind = "number") {
    const input = el("input", { type: "text", className: kind === "number" ? "num" : "" });
    input.value = value ?? "";
    input.dataset.path = path;
    input.addEventListener("input", () => onEdit({ path, value: input.value }));
    return input;
  }

  /** The value at a checker's path ("a.b[2].c") in the parsed model, or undefined. */
  function valueAt(root, path) {
    let v = root;
    for (const step of path.match(/[^.[\]]+/g) || []) {
      if (v === null || typeof v !== "object") return undefined;
      v = v[step];
    }
    return v;
  }

  // ---- problems at their fields ----

  function markProblems() {
    root.querySelectorAll(".field-problem").forEach((p) => p.remove());
    root.querySelectorAll(".has-problem").forEach((p) => p.classList.remove("has-problem"));
    for (const p of problems) {
      const target = closestField(p.field || "");
      if (!target) continue;
      target.classList.add("has-problem");
      const holder = target.tagName === "TR" ? target.lastElementChild : target.closest("label, td") || target;
      holder.append(el("span", { className: "field-problem", role: "alert" }, p.message));
    }
  }

  /** The field of `path`, or of its nearest parent that the form shows. */
  function closestField(path) {
    let p = path;
    while (p) {
      const found = root.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (found) return found;
      const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      p = cut > 0 ? p.slice(0, cut) : "";
    }
    return null;
  }

  return {
    /**
     * Shows a model (parsed text) and the server's figures. Without figures (the server computes
     * none while the plan has problems) the last ones stay, marked as not recomputed.
     */
    update(newModel, newSummary) {
      model = newModel;
      stale = !newSummary;
      if (newSummary) summary = newSummary;
      render();
    },
    setProblems(list) {
      problems = list;
      markProblems();
    },
    /** Shows a message of the server (a refused edit) at its field; false when none is shown. */
    showFieldError(path, message) {
      if (!closestField(path)) return false;
      problems = problems.concat([{ field: path, message }]);
      markProblems();
      return true;
    },
  };
}
