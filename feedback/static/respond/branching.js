// Live branching: a question marked data-show-if is shown only while the earlier
// answer it depends on matches. Without JavaScript the server shows every question
// with an "Answer this if…" hint; with it, the hint goes and the question comes and
// goes as answers change.

import { announce } from "./status.js";

function rule(wrapper) {
  try {
    const parsed = JSON.parse(wrapper.dataset.showIf);
    return parsed && typeof parsed.question === "string" ? parsed : null;
  } catch {
    return null;
  }
}

function inputsNamed(form, name) {
  return Array.from(form.elements).filter((element) => element.name === name);
}

// The chosen values of a question, or null when its answer is not on this page.
function chosen(form, code) {
  const inputs = inputsNamed(form, code);
  if (!inputs.length) return null;
  const values = [];
  for (const input of inputs) {
    if (input.type === "radio" || input.type === "checkbox") {
      if (input.checked) values.push(input.value);
    } else if (input.tagName === "SELECT") {
      values.push(...Array.from(input.selectedOptions, (option) => option.value));
    } else if (input.value) {
      values.push(input.value);
    }
  }
  return values;
}

function questionLabel(wrapper) {
  const label = wrapper.querySelector("legend, label");
  return label ? label.textContent.trim().replace(/\s+/g, " ") : "";
}

// Hidden questions send nothing: their inputs are disabled while hidden, and only the
// ones this code disabled are enabled again.
function setShown(wrapper, shown) {
  wrapper.hidden = !shown;
  for (const input of wrapper.querySelectorAll("input, select, textarea")) {
    if (!shown && !input.disabled) {
      input.disabled = true;
      input.dataset.fvDisabled = "";
    } else if (shown && "fvDisabled" in input.dataset) {
      input.disabled = false;
      delete input.dataset.fvDisabled;
    }
  }
}

/** Show or hide every conditional question; announce the ones that appear. */
export function applyBranches(form, { quiet = false } = {}) {
  const wrappers = Array.from(form.querySelectorAll(".fv-question"));
  const hiddenCodes = new Set();
  const appeared = [];
  // Questions depend only on earlier ones, so one pass in page order settles chains.
  for (const wrapper of wrappers) {
    const code = wrapper.dataset.question;
    const condition = "showIf" in wrapper.dataset ? rule(wrapper) : null;
    if (!condition) continue;
    const answer = hiddenCodes.has(condition.question) ? [] : chosen(form, condition.question);
    if (answer === null) continue;
    const shown = answer.some((value) => (condition.values || []).includes(value));
    if (shown && wrapper.hidden) appeared.push(questionLabel(wrapper));
    setShown(wrapper, shown);
    if (!shown && code) hiddenCodes.add(code);
  }
  if (!quiet && appeared.length) announce("shown", { question: appeared.join("; ") });
}

function removeDescription(form, element) {
  if (element.id) {
    for (const described of form.querySelectorAll("[aria-describedby]")) {
      const ids = described.getAttribute("aria-describedby").split(/\s+/);
      const kept = ids.filter((id) => id && id !== element.id);
      if (kept.length) described.setAttribute("aria-describedby", kept.join(" "));
      else described.removeAttribute("aria-describedby");
    }
  }
  element.remove();
}

// The no-JavaScript hint goes, with the NHS hint around it if nothing else is left in
// it, and any reference to them from the question's inputs.
function removeHint(form, hint) {
  const around = hint.parentElement?.closest(".nhsuk-hint");
  removeDescription(form, hint);
  if (around && !around.textContent.trim()) removeDescription(form, around);
}

export function watchBranches(form, signal) {
  if (!form.querySelector(".fv-question[data-show-if]")) return;
  for (const hint of form.querySelectorAll(".fv-branch-hint")) removeHint(form, hint);
  applyBranches(form, { quiet: true });
  form.addEventListener("change", () => applyBranches(form), { signal });
}
