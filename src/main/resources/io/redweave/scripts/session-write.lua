-- session-write: writes a session hash with its expiry in one step (create, step 2 of 2): no stale fields from an
-- earlier session of the same id, and no moment without a time to live.
-- KEYS[1]  the session hash, session:<sessionId>
-- ARGV[1]  when the session was admitted to its user's index, in microseconds (Redis clock of the index)
-- ARGV[2]  the expiry time, in milliseconds since the epoch (PEXPIREAT)
-- ARGV[3..] field, value, field, value, ...
-- Returns 'written', or the reason of a removal marker ('evicted', 'deleted', 'pruned') left on the key after the
-- session was admitted: the session was taken out of the index before it was written, so it is not written.
local key = KEYS[1]
if redis.call('TYPE', key)['ok'] == 'hash' then
    local removed = redis.call('HGET', key, '_removed')
    if removed and tonumber(removed) >= tonumber(ARGV[1]) then
        return redis.call('HGET', key, '_reason') or 'removed'
    end
end
redis.call('DEL', key)
redis.call('HSET', key, unpack(ARGV, 3))
redis.call('PEXPIREAT', key, ARGV[2])
return 'written'
