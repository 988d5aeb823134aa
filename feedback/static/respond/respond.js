// The respondent pages, better with JavaScript: questions that come and go as answers
// change, answers kept on the device while typing, a submission queued when there is
// no signal and sent when it returns, and kiosk resets. Every page works without it.

import { initAll } from "../nhsuk/nhsuk-frontend.min.js";
import { watchBranches } from "./branching.js";
import { forgetDraft, keepDraft, restoreDraft } from "./drafts.js";
import { watchKiosk } from "./kiosk.js";
import { enqueue, queued, send, sendAll, submissionOf } from "./outbox.js";
import { announce } from "./status.js";

const RETRY_EVERY_MS = 15_000;

// Listeners and timers of the page on show; a page shown in its place stops them.
let current;
let retrying;
let touched = false;

function surveyForm() {
  return document.getElementById("survey-form");
}

function start() {
  current?.abort();
  current = new AbortController();
  const { signal } = current;
  touched = false;
  const form = surveyForm();
  if (form) watchForm(form, signal);
  const sent = document.getElementById("fv-sent");
  if (sent?.dataset.survey) forgetDraft(sent.dataset.survey);
  watchKiosk(signal);
}

function watchForm(form, signal) {
  const slug = form.dataset.survey;
  const keepsDraft = slug && form.dataset.kiosk !== "1" && form.dataset.preview !== "1";
  // Restored answers first, so that they settle which questions show.
  if (keepsDraft) restoreDraft(form, slug);
  watchBranches(form, signal);
  if (keepsDraft) keepDraft(form, slug, signal);
  form.addEventListener(
    "input",
    (event) => {
      touched ||= event.isTrusted;
    },
    { signal },
  );
  form.addEventListener("submit", (event) => submit(event, form), { signal });
}

// On the page that stores the response, a button with a value of its own other than
// "send" (Back, Change) only moves between pages.
function sendsResponse(form, submitter) {
  if (form.dataset.final !== "1" || form.dataset.preview === "1") return false;
  return !(submitter?.name && submitter.value && submitter.value !== "send");
}

async function submit(event, form) {
  if (event.defaultPrevented) return;
  // A preview stores nothing, and a page before the last one stores nothing yet: both
  // go the ordinary way, unless the browser already knows there is no signal.
  if (!sendsResponse(form, event.submitter)) {
    if (navigator.onLine === false) {
      event.preventDefault();
      announce("offline", {}, { scroll: true });
    }
    return;
  }
  event.preventDefault();
  const item = submissionOf(form, event.submitter);
  // Queued before the first try, so that closing the tab mid-send loses nothing.
  enqueue(item);
  await send(item.id, reporter({ pressed: true }));
  keepRetrying();
}

function isOwn(item) {
  return surveyForm()?.elements.namedItem("submission_id")?.value === item.id;
}

// A submission sent from an earlier page shows its result only where that interrupts
// nobody: no survey form here, or the same survey, untouched, outside a kiosk.
function mayShow(item) {
  const form = surveyForm();
  if (!form || isOwn(item)) return true;
  return form.dataset.survey === item.survey && form.dataset.kiosk !== "1" && !touched;
}

// What to do with the outcome of a send: pressed is true when the person has just
// pressed Send, false for a retry in the background.
function reporter({ pressed }) {
  const say = { scroll: pressed, repeat: pressed };
  return async (result, item, answer) => {
    if (result === "offline" || result === "later") {
      if (isOwn(item)) announce(result === "offline" ? "queued" : "retrying", {}, say);
      return;
    }
    if (result === "sent") forgetDraft(item.survey);
    if (mayShow(item)) show(answer);
    else if (result === "sent") announce("sent");
  };
}

const retried = reporter({ pressed: false });

// The server's answer takes the place of this page, as if the browser had submitted
// the form: the thank-you page (with any help it offers), or the form with its errors.
function show(answer) {
  const next = answer.page;
  document.title = next.title;
  for (const name of ["lang", "dir"]) {
    const value = next.documentElement.getAttribute(name);
    if (value) document.documentElement.setAttribute(name, value);
  }
  const body = document.adoptNode(next.body);
  for (const name of ["js-enabled", "nhsuk-frontend-supported"]) {
    if (document.body.classList.contains(name)) body.classList.add(name);
  }
  document.body.replaceWith(body);
  history.replaceState(null, "", answer.url);
  window.scrollTo(0, 0);
  initAll({ scope: body });
  start();
  // The error summary takes focus itself; otherwise start reading at the heading.
  if (!document.activeElement || document.activeElement === body) {
    const heading = body.querySelector("h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }
}

function retry() {
  if (!queued().length) {
    clearInterval(retrying);
    retrying = undefined;
    return;
  }
  sendAll(retried);
}

function keepRetrying() {
  if (queued().length && retrying === undefined) retrying = setInterval(retry, RETRY_EVERY_MS);
}

start();
window.addEventListener("online", () => sendAll(retried).then(keepRetrying));
if (queued().length) sendAll(retried).then(keepRetrying);
