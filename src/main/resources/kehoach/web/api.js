// Calls to kehoach serve's API. When the page was opened with ?token=…, the token is kept in
// sessionStorage (so it leaves the address bar and survives a reload) and sent on every call.

const TOKEN_KEY = "kehoach.token";

/** Takes a ?token=… from the address into sessionStorage and removes it from the address bar. */
export function keepToken() {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
}

function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: "Bearer " + token } : {};
}

/** An answer other than 2xx: its status and its JSON body ({message} or {problems}). */
export class ApiError extends Error {
  constructor(status, data) {
    super(data && data.message ? data.message : describeStatus(status));
    this.status = status;
    this.data = data || {};
  }
}

function describeStatus(status) {
  switch (status) {
    case 401: return "Cần mã truy cập: hãy mở trang bằng đường dẫn có ?token=…";
    case 404: return "Không tìm thấy kế hoạch.";
    case 409: return "Kế hoạch đã được lưu ở nơi khác.";
    case 413: return "Tệp quá lớn.";
    case 422: return "Kế hoạch có lỗi.";
    case 429: return "Máy chủ đang bận, xin thử lại sau giây lát.";
    case 503: return "Máy chủ xử lý quá lâu, xin thử lại.";
    default: return "Lỗi máy chủ (" + status + ").";
  }
}

/**
 * Calls the API. `json` is sent as JSON, `body` as is (text, FormData, Blob). Answers JSON as an
 * object, anything else (a file) as a Blob.
 */
export async function api(path, { method = "GET", json, body, type, signal } = {}) {
  const headers = authHeaders();
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (type) {
    headers["Content-Type"] = type;
  }
  const response = await fetch(path, { method, headers, body, signal });
  const contentType = response.headers.get("Content-Type") || "";
  const data = contentType.includes("json") ? await response.json() : await response.blob();
  if (!response.ok) {
    throw new ApiError(response.status, contentType.includes("json") ? data : null);
  }
  return data;
}

/** The path of a plan's routes. */
export function planPath(name, rest = "") {
  return "/api/plans/" + encodeURIComponent(name) + rest;
}

/** Saves a Blob under a file name, as a download would. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Runs `fn` once `ms` have passed without another call; the latest arguments win. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Shows a short message in the header. */
export function notify(message, kind = "info") {
  const el = document.getElementById("notice");
  el.textContent = message;
  el.className = "notice " + kind;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => (el.textContent = ""), kind === "error" ? 12000 : 4000);
}

/** Creates an element with attributes and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key in node && key !== "list") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** Formats an ISO instant in Vietnamese: 14:05 07/05/2024. */
export function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
