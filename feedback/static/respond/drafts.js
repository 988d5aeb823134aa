// Answers kept in the browser as they are typed, so a lost signal or a closed tab
// loses nothing. Only answers are kept: never the CSRF token, the submission id or the
// anti-spam field. Kiosk and preview pages keep nothing.

import { announce } from "./status.js";

const PREFIX = "fv-draft:";
const NOT_ANSWERS = new Set(["csrf_token", "submission_id", "website"]);
const NOT_ANSWER_TYPES = new Set([
  "hidden",
  "password",
  "file",
  "submit",
  "button",
  "reset",
  "image",
]);

export function draftKey(slug) {
  return `${PREFIX}${slug}`;
}

function answerInputs(form) {
  return Array.from(form.elements).filter(
    (element) =>
      element.name &&
      !NOT_ANSWERS.has(element.name) &&
      !NOT_ANSWER_TYPES.has(element.type) &&
      !element.closest(".fv-honeypot"),
  );
}

/** The form's answers as {name: [values]}, checkboxes sharing a name in one list. */
export function answersOf(form) {
  const answers = {};
  for (const input of answerInputs(form)) {
    const values = (answers[input.name] ??= []);
    if (input.type === "radio" || input.type === "checkbox") {
      if (input.checked) values.push(input.value);
    } else if (input.tagName === "SELECT") {
      for (const option of input.selectedOptions) if (option.value) values.push(option.value);
    } else if (input.value) {
      values.push(input.value);
    }
  }
  return answers;
}

function isBlank(form) {
  return Object.values(answersOf(form)).every((values) => values.length === 0);
}

function read(slug) {
  try {
    return JSON.parse(localStorage.getItem(draftKey(slug)))?.fields || {};
  } catch {
    return {};
  }
}

function write(slug, fields) {
  try {
    localStorage.setItem(draftKey(slug), JSON.stringify({ fields }));
  } catch {
    // Storage full or turned off: answering still works, only without the safety net.
  }
}

export function forgetDraft(slug) {
  try {
    localStorage.removeItem(draftKey(slug));
  } catch {
    // Storage turned off: there is nothing to forget.
  }
}

function fill(form, saved) {
  for (const input of answerInputs(form)) {
    const values = saved[input.name];
    if (!Array.isArray(values)) continue;
    if (input.type === "radio" || input.type === "checkbox") {
      input.checked = values.includes(input.value);
    } else if (input.tagName === "SELECT") {
      for (const option of input.options) option.selected = values.includes(option.value);
    } else {
      input.value = values[0] ?? "";
    }
  }
}

/** Put back saved answers on a blank page; returns true if any were put back. */
export function restoreDraft(form, slug) {
  const saved = read(slug);
  const names = new Set(answerInputs(form).map((input) => input.name));
  const relevant = Object.keys(saved).filter(
    (name) => names.has(name) && saved[name].length > 0,
  );
  if (!relevant.length || !isBlank(form)) return false;
  fill(form, saved);
  announce("restored");
  return true;
}

// A survey spread over several pages keeps one draft: each page adds its own answers.
export function keepDraft(form, slug, signal) {
  const save = () => write(slug, { ...read(slug), ...answersOf(form) });
  form.addEventListener("input", save, { signal });
  form.addEventListener("change", save, { signal });
}
