-- wrk script: rotates GET /api/v1/search over the benchmark's query mix (docs/benchmarks.md), plus suggestions.
local paths = {
  "/api/v1/search?q=hemtj%C3%A4nst",
  "/api/v1/search?q=bygglovsans%C3%B6kan",
  "/api/v1/search?q=aldreomsorg",
  "/api/v1/search?q=skolskjut",
  "/api/v1/search?q=robotisering%20ekonomiskt%20bist%C3%A5nd",
  "/api/v1/search?domain=vard-och-omsorg&county=24&sort=newest",
  "/api/v1/search/suggest?q=bygg",
}
local counter = 0

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: status %d, connect %d, read %d, timeout %d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.timeout))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.1f ms, mean: %.1f ms\n", latency.max / 1000, latency.mean / 1000))
end
