package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchOptionsTest {

    @Test
    void of_hasTheDocumentedDefaults() {
        FetchOptions options = FetchOptions.of(Duration.ofMinutes(5));

        assertThat(options.ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.cacheNulls()).isFalse();
        assertThat(options.nullTtl()).isEmpty();
        assertThat(options.jitter()).isZero();
        assertThat(options.leaseTime()).isEqualTo(Duration.ofSeconds(FetchOptions.DEFAULT_LEASE_SECONDS));
        assertThat(options.maxWait()).isEqualTo(Duration.ofSeconds(FetchOptions.DEFAULT_MAX_WAIT_SECONDS));
    }

    @Test
    void withers_returnNewOptions_andLeaveTheOriginal() {
        FetchOptions base = FetchOptions.of(Duration.ofMinutes(5));
        FetchOptions tuned = base.cacheNulls(Duration.ofSeconds(30)).jitter(0.25).leaseTime(Duration.ofSeconds(3))
                .maxWait(Duration.ZERO);

        assertThat(tuned.nullTtl()).contains(Duration.ofSeconds(30));
        assertThat(tuned.jitter()).isEqualTo(0.25);
        assertThat(tuned.leaseTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(tuned.maxWait()).isZero();
        assertThat(base).isEqualTo(FetchOptions.of(Duration.ofMinutes(5))).isNotEqualTo(tuned);
    }

    @Test
    void invalidValues_areRejected_namingTheValueAndTheRule() {
        FetchOptions options = FetchOptions.of(Duration.ofMinutes(5));

        assertThatThrownBy(() -> options.jitter(1)).hasMessageContaining("jitter 1.0 is invalid");
        assertThatThrownBy(() -> options.jitter(-0.1)).hasMessageContaining("at least 0 and below 1");
        assertThatThrownBy(() -> options.jitter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.cacheNulls(Duration.ZERO)).hasMessageContaining("nullTtl PT0S is invalid");
        assertThatThrownBy(() -> options.cacheNulls(CacheManager.NO_EXPIRY)).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> options.leaseTime(Duration.ofMinutes(11))).hasMessageContaining("at most");
        assertThatThrownBy(() -> options.maxWait(Duration.ofMillis(-1))).hasMessageContaining("maxWait PT-0.001S");
        assertThatThrownBy(() -> FetchOptions.of(Duration.ofDays(400_000))).hasMessageContaining("1000 years");
    }

    @Test
    void noExpiry_isAllowedForValues_whenAskedExplicitly() {
        assertThat(FetchOptions.of(CacheManager.NO_EXPIRY).ttl()).isEqualTo(CacheManager.NO_EXPIRY);
    }
}
