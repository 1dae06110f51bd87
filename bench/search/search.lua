-- Cycles through the sampled query strings (one per line in QUERIES) and reports p50/p95/p99.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/workers?limit=50&q=" .. queries[i], { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
