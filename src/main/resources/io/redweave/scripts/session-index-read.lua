-- session-index-read: removes a user's expired index entries, then lists, counts or clears the rest.
-- KEYS[1]  the user's index, user:sessions:<userId> (a sorted set of session id -> expiry time in microseconds)
-- ARGV[1]  'list', 'count' or 'clear' (list, then delete the index)
-- Returns {now, count} for 'count', or {now, id, score, id, score, ...} (earliest expiry first) otherwise;
-- now in microseconds (Redis clock).
if redis.replicate_commands then redis.replicate_commands() end -- TIME then writes: effects replication
local index = KEYS[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZREMRANGEBYSCORE', index, '-inf', string.format('%.0f', now))
if ARGV[1] == 'count' then
    return {now, redis.call('ZCARD', index)}
end
local entries = redis.call('ZRANGE', index, 0, -1, 'WITHSCORES')
if ARGV[1] == 'clear' then
    redis.call('DEL', index)
end
local reply = {now}
for i = 1, #entries do
    reply[i + 1] = entries[i]
end
return reply
