// Submissions waiting for a signal. Each is the form's action and its fields, with the
// page's submission_id, so the server stores it once however often it is sent.

const KEY = "fv-outbox";
// A send that takes longer than this counts as no signal; it is tried again later.
const SEND_TIMEOUT_MS = 40_000;
// A send marked as under way for longer than this was cut short (a closed tab).
const STALE_MS = 60_000;

export function queued() {
  try {
    const items = JSON.parse(localStorage.getItem(KEY));
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

function save(items) {
  try {
    if (items.length) localStorage.setItem(KEY, JSON.stringify(items));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or turned off: the submission is tried only while the page is open.
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
// "later": the server could not store it now. "offline": no answer at all.
function outcome(answer) {
  if (answer.page.getElementById("fv-sent")) return "sent";
  if (answer.status >= 500 || answer.status === 429) return "later";
  return "page";
}

/**
 * Send one queued submission, unless it is being sent already; report the outcome as
 * report(outcome, item, answer), answer being {status, url, page} or null. Returns the
 * outcome, or null when it was not sent (being sent already, or gone).
 */
export async function send(id, report) {
  const item = claim(id);
  if (!item) return null;
  let answer;
  try {
    answer = await answerOf(item);
  } catch {
    release(id);
    await report("offline", item, null);
    return "offline";
  }
  const result = outcome(answer);
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
