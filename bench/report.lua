-- wrk script: counts responses that are not 2xx (wrk itself counts only 4xx and 5xx) and
-- prints one JSON line with the figures the bench reads. Each wrk thread has its own Lua
-- state, so every thread keeps its own counter and done() adds them up.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  -- The latency at the middle of each half percent (0.25, 0.75 … 99.75): enough to merge the
  -- runs of one page into its percentiles over all of them.
  local quantiles = {}
  for i = 1, 200 do
    quantiles[i] = string.format("%d", latency:percentile(i * 0.5 - 0.25))
  end
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "non2xx": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"quantiles_us": [%s]}\n',
    summary.requests, summary.duration, bad, errors.connect, errors.read,
    errors.write, errors.timeout, latency:percentile(50), latency:percentile(99), latency.max,
    table.concat(quantiles, ",")
  ))
end
