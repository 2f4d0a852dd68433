// The live preview: the pages kehoach lays out from the current text, as they will print.
// By default they come as SVG (POST /api/pages): the same pages, text at the same places in the
// same bundled font as the PDF, drawn by the browser itself, so a keystroke's update costs the
// server's layout and a few milliseconds of drawing; only the pages that changed are replaced.
// "Tệp PDF" shows the PDF file itself instead (POST /api/render?format=pdf), drawn with pdf.js.
// The pages on screen stay until the next ones are ready, the scroll position is kept, and a
// render refused for problems shows them instead of a blank page.
// data-renders on the preview counts the renders shown, for tests and for the curious.
import { api, el } from "./api.js";

// pdf.js is loaded only when the PDF itself is asked for.
let pdfjs = null;
// One worker for every PDF shown: without it pdf.js starts a new worker (and loads and compiles
// its megabyte of script again) for each document.
let worker = null;

export function createPreview(element, stateElement, modeElement) {
  let latest = 0;
  let controller = null;
  let shown = []; // the SVG of each page on screen, to keep the pages that did not change
  let last = null; // the last text and name asked for, to show again when the mode changes

  modeElement?.addEventListener("change", () => {
    shown = [];
    if (last) update(last.text, last.name);
  });

  async function update(text, name) {
    const run = ++latest;
    if (controller) controller.abort();
    controller = new AbortController();
    last = { text, name };
    stateElement.textContent = "đang cập nhật…";
    const pdf = modeElement?.value === "pdf";
    const query = (pdf ? "?format=pdf" : "") + (name ? (pdf ? "&" : "?") + "name=" + encodeURIComponent(name) : "");
    let answer;
    try {
      answer = await api((pdf ? "/api/render" : "/api/pages") + query, { method: "POST", body: text, type: "text/plain; charset=utf-8", signal: controller.signal });
    } catch (e) {
      if (e.name === "AbortError" || run !== latest) return;
      showFailure(e);
      return;
    }
    let count;
    if (pdf) {
      const canvases = await draw(await answer.arrayBuffer(), element.clientWidth);
      if (run !== latest) return;
      shown = [];
      keepScroll(() => element.replaceChildren(...canvases));
      count = canvases.length;
    } else {
      keepScroll(() => showSheets(answer.pages));
      count = answer.pages.length;
    }
    element.querySelector(".preview-problems")?.remove();
    element.dataset.renders = String(Number(element.dataset.renders || 0) + 1);
    element.classList.remove("stale");
    stateElement.textContent = count + " trang";
  }

  function keepScroll(change) {
    const scroll = element.scrollTop;
    change();
    element.scrollTop = scroll;
  }

  /** Shows the SVG pages, replacing only those whose drawing changed. */
  function showSheets(pages) {
    element.querySelectorAll("canvas.page").forEach((c) => c.remove());
    const sheets = [...element.querySelectorAll(".sheet-page")];
    pages.forEach((page, i) => {
      if (shown[i] === page.svg && sheets[i]) return;
      const sheet = el("div", { className: "sheet-page" });
      sheet.innerHTML = page.svg; // kehoach's own SVG: text escaped, attributes numbers
      sheet.setAttribute("aria-label", "Trang " + (i + 1));
      sheet.dataset.page = String(i + 1);
      if (sheets[i]) sheets[i].replaceWith(sheet);
      else element.append(sheet);
    });
    sheets.slice(pages.length).forEach((s) => s.remove());
    shown = pages.map((p) => p.svg);
  }

  function showFailure(e) {
    element.classList.add("stale");
    const problems = (e.data && e.data.problems) || [];
    const box = el("div", { className: "preview-problems" },
      el("strong", {}, problems.length ? "Chưa in được: kế hoạch còn " + problems.length + " lỗi" : "Chưa in được: " + e.message),
      el("ul", {}, problems.slice(0, 20).map((p) => el("li", {}, (p.line ? "Dòng " + p.line + ": " : "") + p.message))));
    element.querySelector(".preview-problems")?.remove();
    element.prepend(box);
    stateElement.textContent = "";
  }

  return { update };
}

/**
 * The pages of the PDF file drawn into canvases, at the preview's width in device pixels (no more: the
 * drawing is most of the preview's delay, and pixels the screen cannot show only add to it), all
 * pages at once so that pdf.js's worker reads the next page while this thread draws one.
 */
async function draw(data, width) {
  if (!pdfjs) {
    pdfjs = await import("/webjars/pdfjs-dist/5.4.624/build/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "/webjars/pdfjs-dist/5.4.624/build/pdf.worker.min.mjs";
  }
  worker ??= new pdfjs.PDFWorker();
  const pdf = await pdfjs.getDocument({ data, isEvalSupported: false, worker }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) pages.push(drawPage(pdf, i, width));
  const canvases = await Promise.all(pages);
  pdf.destroy();
  return canvases;
}

const MAX_WIDTH = 820; // .preview canvas.page's max-width in app.css
const PADDING = 24;

async function drawPage(pdf, number, width) {
  const page = await pdf.getPage(number);
  const shown = Math.min(MAX_WIDTH, Math.max(200, width - PADDING));
  const scale = (shown * (window.devicePixelRatio || 1)) / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const canvas = el("canvas", { className: "page", width: Math.floor(viewport.width), height: Math.floor(viewport.height) });
  canvas.setAttribute("aria-label", "Trang " + number);
  await page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
  return canvas;
}
