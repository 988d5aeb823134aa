// Submissions waiting for a signal. Each is the form's action and its fields, with the
// page's submission_id, so the server stores it once however often it is sent.
//
// On a kiosk (a shared tablet) they are kept in this page's memory only, never in the
// browser's storage: the next person must find no answers on the device. The kiosk
// waits for them to be sent before it loads its start page again.

const KEY = "fv-outbox";
const inMemory = Boolean(document.getElementById("fv-kiosk"));
let memory = [];
// A send that takes longer than this counts as no signal; it is tried again later.
const SEND_TIMEOUT_MS = 40_000;
// A send marked as under way for longer than this was cut short (a closed tab).
const STALE_MS = 60_000;

export function queued() {
  if (inMemory) return memory;
  try {
    const items = JSON.parse(localStorage.getItem(KEY));
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

function save(items) {
  if (inMemory) {
    memory = items;
  } else {
    try {
      if (items.length) localStorage.setItem(KEY, JSON.stringify(items));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage full or turned off: the submission is tried only while the page is open.
    }
  }
  if (!items.length) window.dispatchEvent(new Event("fv-outbox-empty"));
}

// A kiosk takes over anything an ordinary page on this device left queued in storage.
if (inMemory) {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY));
    if (Array.isArray(stored)) memory = stored;
    localStorage.removeItem(KEY);
  } catch {
    // Storage turned off: nothing was kept in it.
  }
}

function update(id, change) {
  save(queued().flatMap((item) => (item.id === id ? change(item) : [item])));
}

export function enqueue(item) {
  save([...queued().filter((other) => other.id !== item.id), item]);
}

export function dequeue(id) {
  update(id, () => []);
}

/** A submission to store: where it goes and what it says. */
export function submissionOf(form, submitter) {
  let data;
  try {
    data = new FormData(form, submitter || undefined);
  } catch {
    data = new FormData(form);
  }
  const fields = [];
  for (const [name, value] of data) {
    if (typeof value === "string") fields.push([name, value]);
  }
  return {
    id: data.get("submission_id") || `${Date.now()}-${Math.random()}`,
    survey: form.dataset.survey || "",
    action: form.action,
    fields,
  };
}

// In this tab: ids being sent now. Across tabs: a time stamp on the stored item.
const sending = new Set();

function claim(id) {
  const item = queued().find((other) => other.id === id);
  if (!item || sending.has(id) || Date.now() - (item.sendingSince || 0) < STALE_MS) return null;
  sending.add(id);
  update(id, (stored) => [{ ...stored, sendingSince: Date.now() }]);
  return item;
}

function release(id) {
  sending.delete(id);
  update(id, (stored) => [{ ...stored, sendingSince: 0 }]);
}

function post(item) {
  const body = new FormData();
  for (const [name, value] of item.fields) body.append(name, value);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  return fetch(item.action, {
    method: "POST",
    body,
    credentials: "same-origin",
    redirect: "follow",
    cache: "no-store",
    signal: abort.signal,
  }).finally(() => clearTimeout(timer));
}

// What the server said, as a page: the thank-you page once the response is stored.
async function answerOf(item) {
  const response = await post(item);
  const html = await response.text();
  const page = new DOMParser().parseFromString(html, "text/html");
  return { status: response.status, url: response.url, page };
}

// "sent": stored, and the answer is the thank-you page. "page": the server answered
// with another page to show (errors, a closed survey), so sending again would not help.
// "later": the server could not store it now. "offline": no answer at all. "stale": the
// form token expired while it waited; it is sent again with a fresh one.
function outcome(answer) {
  if (answer.page.getElementById("fv-sent")) return "sent";
  if (freshToken(answer)) return "stale";
  if (answer.status >= 500 || answer.status === 429) return "later";
  return "page";
}

// The new form token on a page refusing a submission for an expired one.
function freshToken(answer) {
  const form = answer.page.getElementById("survey-form");
  if (form?.dataset.stale !== "1") return "";
  return form.elements.namedItem("csrf_token")?.value || "";
}

function withToken(item, token) {
  const fields = item.fields.map(([name, value]) => [name, name === "csrf_token" ? token : value]);
  return { ...item, fields };
}

/**
 * Send one queued submission, unless it is being sent already; report the outcome as
 * report(outcome, item, answer), answer being {status, url, page} or null. Returns the
 * outcome, or null when it was not sent (being sent already, or gone).
 */
export async function send(id, report) {
  let item = claim(id);
  if (!item) return null;
  let answer;
  let result;
  try {
    answer = await answerOf(item);
    result = outcome(answer);
    if (result === "stale") {
      // Queued so long that the page's form token expired: send it once more with the
      // fresh token the server just gave, rather than lose it.
      item = withToken(item, freshToken(answer));
      update(id, (stored) => [{ ...stored, fields: item.fields }]);
      answer = await answerOf(item);
      result = outcome(answer);
      if (result === "stale") result = "page";
    }
  } catch {
    release(id);
    await report("offline", item, null);
    return "offline";
  }
  if (result === "later") release(id);
  else {
    sending.delete(id);
    dequeue(id);
  }
  await report(result, item, answer);
  return result;
}

/** Try every queued submission once, one at a time, stopping when there is no signal. */
export async function sendAll(report) {
  for (const item of queued()) {
    if ((await send(item.id, report)) === "offline") return;
  }
}
