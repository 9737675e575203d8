-- session-remove: ends a session that was taken out of its user's index, and leaves a removal marker in its place:
-- a hash {_removed = when, _reason = why} that lives as long as the session could have. A create of that session
-- that was admitted before the removal and is still on its way (session-write) sees the marker and writes nothing,
-- so a removed session can never come back. Readers treat a marker as no session.
-- KEYS[1]  the session hash, session:<sessionId>
-- ARGV[1]  when the session was taken out of the index, in microseconds (Redis clock of the index)
-- ARGV[2]  why: 'evicted', 'deleted' or 'pruned'
-- ARGV[3]  until when the marker is kept, in milliseconds since the epoch
-- ARGV[4]  'always', or 'if-absent' (do nothing when a live session is there)
-- Returns 1 when a live session was removed, 0 when there was none, -1 when 'if-absent' found a live session.
if redis.replicate_commands then redis.replicate_commands() end -- TIME then writes: effects replication
local key = KEYS[1]
local kind = redis.call('TYPE', key)['ok']
local live = kind == 'hash' and redis.call('HEXISTS', key, '_removed') == 0
if live and ARGV[4] == 'if-absent' then
    return -1
end
local at = tonumber(ARGV[1])
local reason = ARGV[2]
local keep = tonumber(ARGV[3])
if kind == 'hash' and not live then
    -- an earlier marker: keep the latest removal time and the longest life of the two
    local before = tonumber(redis.call('HGET', key, '_removed')) or 0
    if before > at then
        at = before
        reason = redis.call('HGET', key, '_reason') or reason
    end
    local pttl = redis.call('PTTL', key)
    if pttl > 0 then
        local t = redis.call('TIME')
        local until_before = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + pttl
        if until_before > keep then
            keep = until_before
        end
    end
end
redis.call('DEL', key)
redis.call('HSET', key, '_removed', string.format('%.0f', at), '_reason', reason)
redis.call('PEXPIREAT', key, string.format('%.0f', keep))
if live then
    return 1
end
return 0
