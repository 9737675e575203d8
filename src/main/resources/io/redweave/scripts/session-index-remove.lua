-- session-index-remove: removes entries from a user's index, each only while its score is the one the caller saw.
-- KEYS[1]  the user's index, user:sessions:<userId>
-- ARGV     pairs of (session id, score as read, or '' to remove the entry whatever its score)
-- Returns the number of entries removed. An entry whose score changed (the session was created again or touched
-- since the caller looked) is kept.
local index = KEYS[1]
local removed = 0
for i = 1, #ARGV, 2 do
    local score = redis.call('ZSCORE', index, ARGV[i])
    if score and (ARGV[i + 1] == '' or score == ARGV[i + 1]) then
        removed = removed + redis.call('ZREM', index, ARGV[i])
    end
end
return removed
