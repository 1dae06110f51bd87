-- Cycles through the sampled query strings (one per line in QUERIES) and reports p50/p95/p99.
-- With BODY set, each goes as POST /api/v1/workers/search {"q": ...} (NIK prefixes: never in a URL);
-- with LOOKUP set, as POST /api/v1/workers/lookup {"nik": ...} (the exact NIK).
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local i = 0
local body = os.getenv("BODY")
local lookup = os.getenv("LOOKUP")
request = function()
  i = i % #queries + 1
  local auth = "Bearer " .. os.getenv("TOKEN")
  if lookup ~= nil and lookup ~= "" then
    return wrk.format("POST", "/api/v1/workers/lookup", { ["Authorization"] = auth, ["Content-Type"] = "application/json" },
      '{"nik":"' .. queries[i] .. '"}')
  end
  if body ~= nil and body ~= "" then
    return wrk.format("POST", "/api/v1/workers/search", { ["Authorization"] = auth, ["Content-Type"] = "application/json" },
      '{"limit":50,"q":"' .. queries[i] .. '"}')
  end
  return wrk.format("GET", "/api/v1/workers?limit=50&q=" .. queries[i], { ["Authorization"] = auth })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
