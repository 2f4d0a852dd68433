// The live preview: the pages kehoach lays out from the current text, as they will print.
// By default they come as what to draw (POST /api/pages): the same pages, the same text at the
// same places in the same bundled font as the PDF, drawn here on canvases, so an update costs the
// server's layout and a few milliseconds of drawing; only the pages that changed are drawn again.
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
  let shown = []; // the key of each page on screen, to keep the pages that did not change
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
    performance.mark("preview-answer"); // for bench/preview-latency.sh
    let count;
    if (pdf) {
      const canvases = await draw(await answer.arrayBuffer(), element.clientWidth);
      if (run !== latest) return;
      shown = [];
      keepScroll(() => element.replaceChildren(...canvases));
      count = canvases.length;
    } else {
      await fontsLoaded();
      if (run !== latest) return;
      keepScroll(() => showSheets(answer.pages, element.clientWidth));
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

  /** Shows the pages, drawing again only those whose key changed. */
  function showSheets(pages, width) {
    element.querySelectorAll("canvas.page").forEach((c) => c.remove());
    const sheets = [...element.querySelectorAll("canvas.sheet")];
    pages.forEach((page, i) => {
      if (shown[i] === page.key && sheets[i]) return;
      const sheet = drawSheet(page, width);
      sheet.setAttribute("aria-label", "Trang " + (i + 1));
      if (sheets[i]) sheets[i].replaceWith(sheet);
      else element.append(sheet);
    });
    sheets.slice(pages.length).forEach((s) => s.remove());
    shown = pages.map((p) => p.key);
  }

  return { update };
}

const FACES = ["", "bold ", "italic ", "italic bold "];
const FAMILY = '"KH Serif"'; // the bundled Liberation Serif (app.css), the font the PDF embeds
let fonts = null;

/** The bundled font's four faces, loaded once (a canvas draws nothing in a font not loaded). */
function fontsLoaded() {
  fonts ??= Promise.all(FACES.map((face) => document.fonts.load(face + "14px " + FAMILY)));
  return fonts;
}

/**
 * One page drawn on a canvas at the preview's width in device pixels: each piece of text at its
 * baseline in its face and size, as the PDF places it (so without kerning or ligatures, which the
 * PDF does not apply either), and each rule on whole pixels, as PDF viewers draw thin rules. The
 * page's text is the canvas's content, for screen readers and for the tests.
 */
function drawSheet(page, width) {
  const shown = Math.min(MAX_WIDTH, Math.max(200, width - PADDING));
  const ratio = window.devicePixelRatio || 1;
  const scale = (shown * ratio) / page.width;
  const canvas = el("canvas", { className: "sheet", width: Math.round(page.width * scale), height: Math.round(page.height * scale) });
  const g = canvas.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = g.strokeStyle = "#000";
  g.fontKerning = "none";
  g.textRendering = "optimizeSpeed";
  let font = "";
  for (const [face, size, x, y, text] of page.text) {
    const wanted = FACES[face] + size * scale + "px " + FAMILY;
    if (wanted !== font) g.font = font = wanted;
    g.fillText(text, x * scale, y * scale);
  }
  for (const [x1, y1, x2, y2, w] of page.lines) {
    const thick = Math.max(1, Math.round(w * scale));
    const snap = (v) => (Math.round(v * scale) + (thick % 2) / 2);
    g.lineWidth = thick;
    g.beginPath();
    g.moveTo(y1 === y2 ? x1 * scale : snap(x1), y1 === y2 ? snap(y1) : y1 * scale);
    g.lineTo(y1 === y2 ? x2 * scale : snap(x2), y1 === y2 ? snap(y2) : y2 * scale);
    g.stroke();
  }
  canvas.textContent = page.text.map((t) => t[4]).join(" ");
  return canvas;
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
