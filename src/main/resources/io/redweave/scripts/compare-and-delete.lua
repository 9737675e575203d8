-- compare-and-delete: deletes a key only while it still holds the expected value, so that only the holder of a
-- lease or lock can release it.
-- KEYS[1]  the key
-- ARGV[1]  the expected value (the holder's token)
-- Returns 1 when the key was deleted, 0 when it was missing or held another value.
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
