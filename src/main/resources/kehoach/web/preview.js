// The live preview: the PDF kehoach renders from the current text (POST /api/render?format=pdf),
// drawn with pdf.js. The pages on screen stay until the next ones are drawn, the scroll position
// is kept, and a render refused for problems shows them instead of a blank page.
// data-renders on the preview counts the renders shown, for tests and for the curious.
import * as pdfjs from "/webjars/pdfjs-dist/5.4.624/build/pdf.min.mjs";
import { api, el } from "./api.js";

pdfjs.GlobalWorkerOptions.workerSrc = "/webjars/pdfjs-dist/5.4.624/build/pdf.worker.min.mjs";
// One worker for every preview: without it pdf.js starts a new worker (and loads and compiles its
// megabyte of script again) for each document, a good part of each update's delay.
let worker = null;

export function createPreview(element, stateElement) {
  let latest = 0;
  let controller = null;

  async function update(text, name) {
    const run = ++latest;
    if (controller) controller.abort();
    controller = new AbortController();
    stateElement.textContent = "đang cập nhật…";
    let blob;
    try {
      const query = "?format=pdf" + (name ? "&name=" + encodeURIComponent(name) : "");
      blob = await api("/api/render" + query, { method: "POST", body: text, type: "text/plain; charset=utf-8", signal: controller.signal });
    } catch (e) {
      if (e.name === "AbortError" || run !== latest) return;
      showFailure(e);
      return;
    }
    const pages = await draw(await blob.arrayBuffer(), element.clientWidth);
    if (run !== latest) return;
    const scroll = element.scrollTop;
    element.replaceChildren(...pages);
    element.scrollTop = scroll;
    element.dataset.renders = String(Number(element.dataset.renders || 0) + 1);
    element.classList.remove("stale");
    stateElement.textContent = pages.length + " trang";
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
 * The pages of a PDF drawn into canvases, at the preview's width in device pixels (no more: the
 * drawing is most of the preview's delay, and pixels the screen cannot show only add to it), all
 * pages at once so that pdf.js's worker reads the next page while this thread draws one.
 */
async function draw(data, width) {
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
