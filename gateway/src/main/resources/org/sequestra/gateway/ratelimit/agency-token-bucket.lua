-- One agency's token bucket, taken atomically (Redis runs a script as one command), so that all
-- gateway replicas share one limit. Same arithmetic as TokenBucket.java.
--   KEYS[1]  the agency's bucket: a hash {tokens, ts}
--   ARGV[1]  refill rate, tokens per second (may be fractional)
--   ARGV[2]  capacity (burst)
-- Returns 0 when a token was taken, else the microseconds until one is available.
-- Time comes from the Redis server (TIME), never from the replicas, whose clocks may differ.
-- Needs Redis >= 5 (or Valkey): TIME before a write relies on effects replication.
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = capacity
  ts = now
end
if now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * rate / 1000000)
  ts = now
end

local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.max(1, math.ceil((1 - tokens) * 1000000 / rate))
end

-- '%.0f': the microsecond clock has 16 digits, more than tostring keeps.
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'ts', string.format('%.0f', ts))
-- Once the bucket would be full again there is nothing to remember: let Redis drop it.
redis.call('EXPIRE', KEYS[1], string.format('%.0f', math.ceil((capacity - tokens) / rate) + 1))
return wait
