package io.redweave.docs.annotations;

import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.RateLimitAlgorithm;
import io.redweave.annotation.RateLimited;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An API whose calls are rate limited: the service of {@code docs/annotations/rate-limited.md}. */
public class SearchApi {

    // example: rate-limited-service
    @RateLimited(key = "search:{userId}", limit = 100, window = 60)      // at most 100 in any minute
    public List<String> search(String userId, String query) {
        return List.of(query + " at the Opera House");
    }

    @RateLimited(key = "login:{ip}", limit = 5, window = 15, unit = TimeUnit.MINUTES,
            algorithm = RateLimitAlgorithm.FIXED_WINDOW, onFailure = FailurePolicy.FAIL_CLOSED)
    public boolean login(String ip, String user) {
        return true;
    }

    @RateLimited(key = "export:{tenant}", limit = 10, window = 20,       // a bucket of 10, refilled 1 every 2 s
            algorithm = RateLimitAlgorithm.TOKEN_BUCKET, permits = 3)     // each export takes 3
    public String export(String tenant) {
        return "report of " + tenant;
    }

    @RateLimited(key = "sms:{phone}", limit = 5, window = 60,            // 5 at once, then one every 12 s
            algorithm = RateLimitAlgorithm.GCRA)
    public void sendSms(String phone, String text) {
        // ... hand over to the SMS gateway
    }

    @RateLimited(limit = 1000, window = 1)                                // one limit for the method as a whole
    public String status() {
        return "ok";
    }
    // end
}
