package io.redweave.examples.aspectj.ltw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service, compiled by javac and woven by the AspectJ agent as it is loaded, against a real Redis. */
@RedisTest
class ExchangeRatesTest {
    private final RedisServer server;
    private final ExchangeRates rates = new ExchangeRates();

    ExchangeRatesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void initialize() {
        server.flushAll();
        RedWeave.initialize(RedisConfig.builder().url(server.uri()).build());
    }

    @AfterEach
    void shutdown() {
        RedWeave.shutdown();
    }

    @Test
    void theTestJvm_runsWithTheWeaverAgent_andTheClassIsWovenAtLoadTime() {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .anyMatch(arg -> arg.startsWith("-javaagent:") && arg.contains("aspectjweaver"));
        assertThat(Arrays.stream(ExchangeRates.class.getDeclaredFields()).map(f -> f.getName()))
                .anyMatch(name -> name.startsWith("ajc$"));
    }

    @Test
    void toEur_secondCall_comesFromTheCache() {
        assertThat(rates.toEur("USD")).isEqualByComparingTo("0.92");
        assertThat(rates.toEur("USD")).isEqualByComparingTo("0.92");

        assertThat(rates.fetches()).isEqualTo(1);
        assertThat(RedWeave.get().client().exists("cache:rate:USD")).isTrue();
    }

    @Test
    void toEur_failure_isNeverCached() {
        assertThatThrownBy(() -> rates.toEur("XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rates.toEur("XYZ")).isInstanceOf(IllegalArgumentException.class);

        assertThat(rates.fetches()).isEqualTo(2);
        assertThat(RedWeave.get().client().exists("cache:rate:XYZ")).isFalse();
    }

    @Test
    void quote_thirdQuoteInAMinute_isRefused() {
        assertThat(rates.quote("acme", "GBP", new BigDecimal("10"))).isEqualByComparingTo("11.70");
        assertThat(rates.quote("acme", "GBP", new BigDecimal("20"))).isEqualByComparingTo("23.40");

        assertThatThrownBy(() -> rates.quote("acme", "GBP", BigDecimal.ONE))
                .isInstanceOfSatisfying(RateLimitExceededException.class,
                        denied -> assertThat(denied.retryAfter()).isPositive());
    }
}
