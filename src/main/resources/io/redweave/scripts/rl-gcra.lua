-- rl-gcra: the generic cell rate algorithm. The key holds one integer, the theoretical arrival time (TAT) in
-- server microseconds: when the limiter would be empty again. A request is admitted when moving the TAT by
-- permits * interval keeps it within burst * interval of now.
-- KEYS[1]  the limiter's TAT
-- ARGV[1]  emission interval in microseconds (period / limit, rounded up; at least 1)
-- ARGV[2]  burst: the most permits admitted at once
-- ARGV[3]  permits this request takes (1 <= permits <= burst)
-- Returns {allowed (1 or 0), remaining, current, reset in us, retry after in us (0 when allowed)}.
if redis.replicate_commands then
    redis.replicate_commands()
end
local key = KEYS[1]
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local permits = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local tat = tonumber(redis.call('GET', key))
if not tat or tat < now then
    tat = now
end
local tolerance = burst * interval
local next_tat = tat + permits * interval
local allowed = 0
local retry = 0
if next_tat - now <= tolerance then
    allowed = 1
    tat = next_tat
    -- The key expires at the TAT, when a missing key and the stored value mean the same thing.
    redis.call('SET', key, string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000))
else
    retry = next_tat - tolerance - now
end
local used = math.ceil((tat - now) / interval)
return {allowed, math.max(0, burst - used), used, tat - now, retry}
