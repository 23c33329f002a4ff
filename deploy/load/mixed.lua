-- Mixed workload for wrk (deploy/load/run.sh): 80 % search, 15 % solution pages, 5 % writes.
--   search: GET /api/v1/search?q=<a term from the list below, typos and empty queries included>
--   pages:  GET /losningar/<id> (the HTML page of a published solution; ids from ids.txt, written by run.sh)
--   writes: POST /api/v1/solutions (a new draft, bearer token from the environment variable DELBART_LOAD_TOKEN)
-- Counts answers per kind and status; done() prints them with the latency percentiles.

local terms = { "bygglov", "bygglovsansökan", "skola", "skolskjuts", "e-tjänst", "äldreomsorg", "aldreomsorg",
  "arkiv", "e-arkiv", "robotisering", "rpa", "chatbot", "ekonomi", "bygglv", "socialtjänst", "digital brevlåda",
  "", "vatten", "GIS", "öppna data" }

local ids = {}
local token = os.getenv("DELBART_LOAD_TOKEN") or ""
local threads = {}
local counter = 0

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("DELBART_LOAD_IDS") or "ids.txt", "r")
  if file then
    for line in file:lines() do
      if #line > 0 then table.insert(ids, line) end
    end
    file:close()
  end
  if #ids == 0 then error("no solution ids: set DELBART_LOAD_IDS to a file with one id per line") end
  math.randomseed(os.time() + id * 7919)
  last = "none"
  counts = {}
end

function request()
  local r = math.random()
  if r < 0.80 then
    last = "search"
    return wrk.format("GET", "/api/v1/search?q=" .. urlencode(terms[math.random(#terms)]))
  elseif r < 0.95 then
    last = "page"
    return wrk.format("GET", "/losningar/" .. ids[math.random(#ids)])
  else
    last = "write"
    counter = counter + 1
    local body = '{"name":"Lasttest ' .. id .. "-" .. counter .. "-" .. math.random(1000000000) ..
      '","summary":"Utkast skapat av lasttestet.","solutionType":"PROCESS","status":"IDEA",' ..
      '"domains":["medborgarservice"],"origin":"LOCAL"}'
    return wrk.format("POST", "/api/v1/solutions",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  end
end

-- wrk pipelines one request per connection at a time, so the kind of the answer is the kind last requested on it:
-- that holds per connection, not per thread; the counts are therefore by status only, the kind mix is by design.
function response(status, headers, body)
  local key = tostring(status)
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do total[status] = (total[status] or 0) + n end
  end
  io.write("-- delbart mixed workload --\n")
  io.write(string.format("requests %d in %.1f s: %.1f req/s\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors: connect %d read %d write %d timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
  for status, n in pairs(total) do io.write(string.format("status %s: %d\n", status, n)) end
end
