// Messages for people answering, spoken by screen readers through the page's
// #fv-status live region. A page may carry translated wording as data attributes on
// #fv-status (data-msg-queued, data-msg-sent, ...); English is the fallback.

const ENGLISH = {
  queued:
    "No signal. Your answers are saved on this phone and will be sent when you are back online.",
  sent: "Your answers have been sent.",
  retrying:
    "We could not send your answers just now. They are saved on this phone and we will try again shortly.",
  offline:
    "No signal. Your answers are still on this page: select the button again when you are back online.",
  restored: "We have put back the answers you gave earlier on this phone.",
  shown: "Another question has appeared: {question}",
};

// Messages that also matter to people who can see the page stay visible; the rest
// (a question appearing, which they can see) are for screen readers only.
const VISIBLE = new Set(["queued", "sent", "retrying", "offline", "restored"]);

function region() {
  return document.getElementById("fv-status");
}

export function message(key, values = {}) {
  const attribute = `msg${key[0].toUpperCase()}${key.slice(1)}`;
  const template = region()?.dataset[attribute] || ENGLISH[key];
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

let pending;

/**
 * Say a message. `scroll` brings it into view (it sits above the form, far from the
 * button just pressed on a phone); `repeat: false` leaves a message already showing
 * alone, so a retry in the background does not say it again.
 */
export function announce(key, values = {}, { scroll = false, repeat = true } = {}) {
  const status = region();
  if (!status) return;
  const text = message(key, values);
  if (!repeat && status.textContent === text) return;
  status.classList.toggle("nhsuk-inset-text", VISIBLE.has(key));
  status.classList.toggle("nhsuk-u-visually-hidden", !VISIBLE.has(key));
  // Emptying the region first makes screen readers speak a repeated message again.
  status.textContent = "";
  clearTimeout(pending);
  pending = setTimeout(() => {
    status.textContent = text;
    if (scroll) status.scrollIntoView({ block: "center" });
  }, 100);
}
