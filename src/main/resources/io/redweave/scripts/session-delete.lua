-- session-delete: deletes a session and returns its owner, so the caller can clean the owner's index without being
-- told the user id.
-- KEYS[1]  the session hash, session:<sessionId>
-- Returns the session's userId ('' when the key holds no user id, such as a value of another type written by
-- something else, which is deleted too), or false (nil) when there is nothing to delete; a removal marker is left
-- alone.
local key = KEYS[1]
local kind = redis.call('TYPE', key)['ok']
if kind == 'none' or (kind == 'hash' and redis.call('HEXISTS', key, '_removed') == 1) then
    return false
end
local user = false
if kind == 'hash' then
    user = redis.call('HGET', key, 'userId')
end
redis.call('DEL', key)
return user or ''
