package io.redweave.docs.diagnostics;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;

/**
 * The fixes of the diagnostics catalogue, one class per diagnostic so that each can use the natural method names;
 * the annotation that the processor rejects is the comment above each fix.
 *
 * <p>Longer than most classes: it follows the catalogue entry by entry, which is what makes it easy to check
 * against the page.
 */
public final class DiagnosticFixes {

    private DiagnosticFixes() {
    }

    /** A cart. */
    public record Cart(String sessionId) {
    }

    /** A user. */
    public record User(String id, String email) {
    }

    /** A profile. */
    public record Profile(String userId) {
    }

    /** An order. */
    public record Order(String id) {
    }

    /** A report. */
    public record Report(String ids) {
    }

    /** RW101. */
    public static class Rw101 {
        // example: diagnostics-rw101
        // @SessionScoped(id = "  ")              // RW101
        @SessionScoped(id = "{sessionId}")        // fix: name where the id comes from
        public Cart cart(String sessionId) { return new Cart(sessionId); }
        // end
    }

    /** RW102. */
    public static class Rw102 {
        // example: diagnostics-rw102
        // @Cached(key = "user:{id")              // RW102
        @Cached(key = "user:{id}")                // fix; or "user:{{id" for a literal brace
        public User user(String id) { return new User(id, "a@example.com"); }
        // end
    }

    /** RW103. */
    public static class Rw103 {
        // example: diagnostics-rw103
        // @RateLimited(key = "api:id}", limit = 5, window = 1)   // RW103
        @RateLimited(key = "api:{id}", limit = 5, window = 1)     // fix; or "api:id}}" for a literal brace
        public String call(String id) { return id; }
        // end
    }

    /** RW104. */
    public static class Rw104 {
        // example: diagnostics-rw104
        // @InvalidateCache(pattern = "user:{}")  // RW104
        @InvalidateCache(pattern = "user:{id}")   // fix: name the parameter, or give its position {0}
        public void rename(String id, String name) { }
        // end
    }

    /** RW105. */
    public static class Rw105 {
        // example: diagnostics-rw105
        // @Cached(key = "user:{user..id}")       // RW105: two dots in a row
        @Cached(key = "user:{user.id}")           // fix
        public Profile profile(User user) { return new Profile(user.id()); }
        // end
    }

    /** RW106. */
    public static class Rw106 {
        // example: diagnostics-rw106
        // @Cached(key = "user:*:{id}")           // RW106
        @Cached(key = "user:all:{id}")            // fix; globs belong in @InvalidateCache patterns
        public User find(String id) { return new User(id, "a@example.com"); }
        // end
    }

    /** RW107. */
    public static class Rw107 {
        // example: diagnostics-rw107
        // @Cached(key = "user: {id}")            // RW107 (the space)
        @Cached(key = "user:{id}")                // fix
        public User find(String id) { return new User(id, "a@example.com"); }
        // end
    }

    /** RW108. */
    public static class Rw108 {
        // example: diagnostics-rw108
        // @Cached(key = "user:{usrId}")          // RW108 … Did you mean {userId}?
        @Cached(key = "user:{userId}")            // fix
        public User find(String userId) { return new User(userId, "a@example.com"); }
        // end
    }

    /** RW109. */
    public static class Rw109 {
        // example: diagnostics-rw109
        // @Cached(key = "user:{0}:{1}")          // RW109
        @Cached(key = "user:{0}")                 // fix
        public User find(String id) { return new User(id, "a@example.com"); }
        // end
    }

    /** RW111. */
    public static class Rw111 {
        // example: diagnostics-rw111
        public record Account(String id, String email) { }

        // @Cached(key = "account:{account.mail}")   // RW111: no getMail(), isMail(), mail() or field mail
        @Cached(key = "account:{account.email}")     // fix
        public Profile profile(Account account) { return new Profile(account.id()); }
        // end
    }

    /** RW112. */
    public static class Rw112 {
        // example: diagnostics-rw112
        // @InvalidateCache(pattern = "orders:{ids}")     // RW112: a List
        // public void update(List<String> ids)
        @InvalidateCache(pattern = "order:{order.id}")    // fix: refer to a value-like property
        public void update(Order order) { }
        // end
    }

    /** RW201. */
    public static class Rw201 {
        // example: diagnostics-rw201
        // @Cached(key = "user:{id}", ttl = 0)    // RW201, on the ttl value
        @Cached(key = "user:{id}", ttl = 300)     // fix
        public User find(String id) { return new User(id, "a@example.com"); }
        // end
    }

    /** RW202. */
    public static class Rw202 {
        // example: diagnostics-rw202
        // @Cached(key = "user:{id}", cacheNulls = true, nullTtl = -1)   // RW202
        @Cached(key = "user:{id}", cacheNulls = true, nullTtl = 30)      // fix
        public User find(String id) { return null; }
        // end
    }

    /** RW203. */
    public static class Rw203 {
        // example: diagnostics-rw203
        // @RateLimited(key = "api:{id}", limit = 0, window = 60)    // RW203
        @RateLimited(key = "api:{id}", limit = 100, window = 60)     // fix
        public String call(String id) { return id; }
        // end
    }

    /** RW204. */
    public static class Rw204 {
        // example: diagnostics-rw204
        // @RateLimited(key = "api:{id}", limit = 10, window = 0)    // RW204
        @RateLimited(key = "api:{id}", limit = 10, window = 1)       // fix
        public String call(String id) { return id; }
        // end
    }

    /** RW205. */
    public static class Rw205 {
        // example: diagnostics-rw205
        // @RateLimited(key = "api:{id}", limit = 10, window = 1, permits = 0)   // RW205
        @RateLimited(key = "api:{id}", limit = 10, window = 1)                   // fix: the default is 1
        public String call(String id) { return id; }
        // end
    }

    /** RW206. */
    public static class Rw206 {
        // example: diagnostics-rw206
        // @RateLimited(key = "api:{id}", limit = 10, window = 1, permits = 11)  // RW206
        @RateLimited(key = "api:{id}", limit = 20, window = 1, permits = 11)     // fix
        public String call(String id) { return id; }
        // end
    }

    /** RW207. */
    public static class Rw207 {
        // example: diagnostics-rw207
        // @Cached(key = "user:{id}") public void touch(String id)          // RW207
        @InvalidateCache(pattern = "user:{id}") public void touch(String id) { }   // fix, if it changes cached data
        // end
    }

    /** RW208. */
    public static class Rw208 {
        // example: diagnostics-rw208
        // @RateLimited(limit = 1, window = 1) private String call()       // RW208
        @RateLimited(limit = 1, window = 1) public String call() { return "ok"; }   // fix
        // end
    }

    /** RW209. */
    public static class Rw209 {
        // example: diagnostics-rw209
        // @InvalidateCache(pattern = "user:*") public static void clear()   // RW209
        @InvalidateCache(pattern = "user:*") public void clear() { }         // fix
        // end
    }

    /** RW210. */
    public static class Rw210 {
        // example: diagnostics-rw210
        // @Cached(key = "user:{id}") public final User find(String id)   // RW210
        @Cached(key = "user:{id}") public User find(String id) { return new User(id, "a@example.com"); }   // fix
        // end
    }

    /** RW211. */
    public static class Rw211 {
        // example: diagnostics-rw211
        @Cached(key = "user:{id}:profile") public Profile profile(String id) { return new Profile(id); }

        // @InvalidateCache(pattern = "user:{id}:settings")   // RW211: matches no cached key
        @InvalidateCache(pattern = "user:{id}:*")             // fix
        public void update(String id) { }
        // end
    }

    /** RW213. */
    public static class Rw213 {
        // example: diagnostics-rw213
        // @Cached(ttl = 60) public Report report(int[] ids)                             // RW213
        @Cached(key = "report:{ids}", ttl = 60) public Report report(String ids) { return new Report(ids); }  // fix
        // end
    }
}
