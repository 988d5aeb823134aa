-- wrk script: a respondent's submit, as a GET of the survey page then a POST of answers.
-- Run with as many threads as connections (wrk -tN -cN): each thread then drives one
-- connection, so each POST carries the CSRF token, session cookie and submission id of
-- the page its own connection fetched just before.
--
--   WRK_POST_PATH  where the answers go (default: the page's own path, as the form does)
--   WRK_SHAPE      "product" (default): answers to the Friends and Family Test form,
--                  with the page's csrf_token and submission_id and an empty honeypot;
--                  "bare": the reference app's 20-question body (../shared/perf)
--   WRK_IDS_FILE   if set, the submission ids of the POSTs answered 303 are written here
--
-- Prints one line: RESULT {json} with status counts by method, per-method p50/p99 in ms,
-- and the POSTs still unanswered when the run ended (the server may yet store them).
local ffi = require("ffi")
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } submit_pair_ts;
int clock_gettime(int clock_id, submit_pair_ts *tp);
]])
local ts = ffi.new("submit_pair_ts")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local shape = os.getenv("WRK_SHAPE") or "product"
local post_path = os.getenv("WRK_POST_PATH")

local words = {"the","staff","were","kind","and","caring","but","waiting","time","was","too",
  "long","nurse","explained","everything","clearly","appointment","cancelled","twice",
  "parking","difficult","ward","clean","food","cold","discharge","delayed","pharmacy",
  "medication","listened","rushed","receptionist","helpful","phone","never","answered",
  "respected","short","staffed","night","shift","handover","team","family","informed"}
local fft = {"very_good", "good", "neither", "poor", "very_poor", "dont_know"}

local function sentence(n)
  local t = {}
  for i = 1, n do t[i] = words[math.random(#words)] end
  return table.concat(t, " ") .. "."
end

local function enc(s)
  s = string.gsub(s, "([^%w%-%.%_%~ ])", function(c)
    return string.format("%%%02X", string.byte(c))
  end)
  return (string.gsub(s, " ", "+"))
end

local function bare_body()
  local parts = {"survey_id=42"}
  for q = 1, 20 do
    if q % 5 == 0 then
      parts[#parts + 1] = "q" .. q .. "=" .. enc(sentence(40))
    else
      parts[#parts + 1] = "q" .. q .. "=" .. math.random(0, 5)
    end
  end
  parts[#parts + 1] = "free_text=" .. enc(sentence(48))
  return table.concat(parts, "&")
end

local function product_body(token, submission)
  return table.concat({
    "csrf_token=" .. enc(token),
    "submission_id=" .. enc(submission),
    "website=",
    "fft=" .. fft[math.random(#fft)],
    "good=" .. enc(sentence(40)),
    "better=" .. enc(sentence(40)),
  }, "&")
end

-- Per thread (one connection each). Globals, so that done() can read them.
counts = {}
get_ms = {}
post_ms = {}
stored_ids = {}
pending_post = 0
local token, cookie, submission, method, started

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000))
end

function request()
  started = now_ms()
  if token then
    method = "POST"
    pending_post = 1
    local headers = {["Content-Type"] = "application/x-www-form-urlencoded"}
    if cookie then headers["Cookie"] = cookie end
    local body = shape == "bare" and bare_body() or product_body(token, submission)
    return wrk.format("POST", post_path or wrk.path, headers, body)
  end
  method = "GET"
  return wrk.format("GET", wrk.path, {}, nil)
end

local function count(key)
  counts[key] = (counts[key] or 0) + 1
end

function response(status, headers, body)
  local took = now_ms() - started
  count(method .. " " .. status)
  if method == "GET" then
    get_ms[#get_ms + 1] = took
    if status == 200 then
      if shape == "bare" then
        token = "-"
      else
        token = body:match('name="csrf_token"[^>]-value="([^"]+)"')
        submission = body:match('name="submission_id"[^>]-value="([^"]+)"')
        cookie = nil
        for name, value in pairs(headers) do
          if string.lower(name) == "set-cookie" then cookie = value:match("^([^;]+)") end
        end
        if not (token and submission) then count("GET without a token") token = nil end
      end
    end
  else
    post_ms[#post_ms + 1] = took
    pending_post = 0
    if status == 303 and submission then stored_ids[#stored_ids + 1] = submission end
    token, cookie, submission = nil, nil, nil
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.ceil(p * #sorted))]
end

function done(summary, latency, requests)
  local all_counts, gets, posts, pending, ids = {}, {}, {}, 0, {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts")) do all_counts[key] = (all_counts[key] or 0) + n end
    for _, v in ipairs(thread:get("get_ms")) do gets[#gets + 1] = v end
    for _, v in ipairs(thread:get("post_ms")) do posts[#posts + 1] = v end
    for _, v in ipairs(thread:get("stored_ids")) do ids[#ids + 1] = v end
    pending = pending + thread:get("pending_post")
  end
  table.sort(gets)
  table.sort(posts)
  local file = os.getenv("WRK_IDS_FILE")
  if file and file ~= "" then
    local out = assert(io.open(file, "w"))
    for _, id in ipairs(ids) do out:write(id, "\n") end
    out:close()
  end
  local parts = {}
  for key, n in pairs(all_counts) do parts[#parts + 1] = string.format('"%s":%d', key, n) end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_s":%.3f,"counts":{%s},"posts_unanswered":%d,'
      .. '"get_p50_ms":%.2f,"get_p99_ms":%.2f,"post_p50_ms":%.2f,"post_p99_ms":%.2f,'
      .. '"post_max_ms":%.2f,"err_connect":%d,"err_read":%d,"err_write":%d,'
      .. '"err_status":%d,"err_timeout":%d}\n',
    summary.requests, summary.duration / 1e6, table.concat(parts, ","), pending,
    percentile(gets, 0.5), percentile(gets, 0.99), percentile(posts, 0.5),
    percentile(posts, 0.99), posts[#posts] or 0, e.connect, e.read, e.write, e.status,
    e.timeout))
end
