// kehoach serve's page: the plans list (#/) and the editor of one plan (#/plan/NAME).
import { keepToken } from "./api.js";
import { showPlans, showBin, newPlan } from "./plans.js";
import { createEditor } from "./editor.js";

keepToken();
const editor = createEditor();
document.getElementById("new-plan").onclick = newPlan;
document.getElementById("show-bin").onclick = showBin;

let shown = location.hash;

function route() {
  if (editor.isDirty() && !location.hash.startsWith("#/plan/") &&
      !confirm("Có thay đổi chưa lưu. Rời khỏi kế hoạch này mà không lưu?")) {
    history.replaceState(null, "", shown);
    return;
  }
  shown = location.hash;
  const match = /^#\/plan\/(.+)$/.exec(location.hash);
  document.getElementById("list-view").hidden = !!match;
  document.getElementById("editor-view").hidden = !match;
  if (match) {
    editor.open(decodeURIComponent(match[1]));
  } else {
    editor.close();
    showPlans();
  }
}

window.addEventListener("hashchange", route);
route();
