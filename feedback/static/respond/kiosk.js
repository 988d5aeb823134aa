// Kiosk mode, for a shared tablet on a ward: after a while with nobody touching it, and
// soon after a response is sent, it forgets every answer and goes back to the start,
// so the next person sees nothing of the last one's.

import { queued } from "./outbox.js";

const ACTIVITY = ["keydown", "pointerdown", "pointermove", "wheel", "input", "touchstart"];

// Everything this code stores goes. Submissions still waiting for a signal are not in
// storage on a kiosk: they wait in the page's memory (see outbox.js).
export function forgetAnswers() {
  for (const storage of [localStorage, sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) {
        if (key.startsWith("fv-")) storage.removeItem(key);
      }
    } catch {
      // Storage turned off: nothing was kept in it.
    }
  }
}

function resetTo(start) {
  for (const form of document.forms) form.reset();
  forgetAnswers();
  location.replace(start);
}

function newSubmissionId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  const cuts = [0, 8, 12, 16, 20, 32];
  return cuts.slice(1).map((end, i) => hex.slice(cuts[i], end)).join("-");
}

// With no signal the start page cannot be loaded, so the answers are cleared where they
// are: typed ones, and those carried from earlier pages in hidden fields. The next
// person's response gets an id of its own.
function clearInPlace() {
  for (const form of document.forms) {
    form.reset();
    for (const input of form.querySelectorAll("input[type=hidden]")) {
      if (input.name === "submission_id") input.value = newSubmissionId();
      else if (input.name !== "csrf_token") input.remove();
    }
    form.dispatchEvent(new Event("change", { bubbles: true }));
  }
  const status = document.getElementById("fv-status");
  if (status) status.textContent = "";
  forgetAnswers();
  window.scrollTo(0, 0);
}

function atStart(start) {
  const url = new URL(start, location.href);
  return url.pathname === location.pathname;
}

/** On a kiosk page, go back to the start after the page's idle (or thank-you) time. */
export function watchKiosk(signal) {
  const kiosk = document.getElementById("fv-kiosk");
  const start = kiosk?.dataset.kioskStart;
  if (!start) return;
  const thanks = Boolean(document.getElementById("fv-sent"));
  const seconds = Number(thanks ? kiosk.dataset.kioskThanks : kiosk.dataset.kioskIdle);
  if (!(seconds > 0)) return;
  if (thanks) forgetAnswers();
  let touched = thanks;
  let due = false; // a reset waiting for the signal to come back
  let timer;
  const expire = () => {
    if (!touched && atStart(start)) {
      restart(); // an untouched start page has nothing to forget
    } else if (navigator.onLine === false || queued().length) {
      // Loading the start page now would fail, or end a send under way and lose what
      // is queued: the answers are cleared where they are, and the start page loads
      // when the signal returns and the queue is empty.
      if (!thanks) clearInPlace();
      due = true;
      restart();
    } else {
      resetTo(start);
    }
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(expire, seconds * 1000);
  };
  const activity = () => {
    touched = true;
    due = false;
    restart();
  };
  for (const type of ACTIVITY) {
    document.addEventListener(type, activity, { signal, passive: true, capture: true });
  }
  const resetIfDue = () => due && !queued().length && navigator.onLine !== false && resetTo(start);
  window.addEventListener("online", resetIfDue, { signal });
  window.addEventListener("fv-outbox-empty", resetIfDue, { signal });
  signal.addEventListener("abort", () => clearTimeout(timer));
  restart();
}
