package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisConfigTest {

    private static RedisConfig env(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return RedisConfig.fromEnv(map);
    }

    @Test
    void fromEnv_empty_givesSeedDefaults() {
        RedisConfig config = env();
        assertThat(config.mode()).isEqualTo(RedisMode.STANDALONE);
        assertThat(config.host()).isEqualTo("localhost");
        assertThat(config.port()).isEqualTo(6379);
        assertThat(config.database()).isZero();
        assertThat(config.password()).isNull();
        assertThat(config.username()).isNull();
        assertThat(config.tls()).isFalse();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.poolMaxWait()).isEqualTo(config.timeout());
    }

    @Test
    void fromEnv_hostPortPasswordDb_areRead() {
        RedisConfig config = env("REDIS_HOST", "redis.internal", "REDIS_PORT", "6380", "REDIS_PASSWORD", "s3cret",
                "REDIS_DB", "3", "REDIS_USERNAME", "svc", "REDIS_TLS", "true", "REDIS_TIMEOUT_MS", "750");
        assertThat(config.host()).isEqualTo("redis.internal");
        assertThat(config.port()).isEqualTo(6380);
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.database()).isEqualTo(3);
        assertThat(config.username()).isEqualTo("svc");
        assertThat(config.tls()).isTrue();
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void fromEnv_url_overridesHostPortPasswordAndDb() {
        RedisConfig config = env("REDIS_URL", "rediss://app:p%40ss@cache.example:6390/2",
                "REDIS_HOST", "ignored", "REDIS_PORT", "1", "REDIS_PASSWORD", "ignored", "REDIS_DB", "9");
        assertThat(config.host()).isEqualTo("cache.example");
        assertThat(config.port()).isEqualTo(6390);
        assertThat(config.username()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("p@ss");
        assertThat(config.database()).isEqualTo(2);
        assertThat(config.tls()).isTrue();
    }

    @Test
    void fromEnv_urlWithPasswordOnly_andDefaults() {
        RedisConfig config = env("REDIS_URL", "redis://:pw@10.0.0.5");
        assertThat(config.host()).isEqualTo("10.0.0.5");
        assertThat(config.port()).isEqualTo(6379);
        assertThat(config.username()).isNull();
        assertThat(config.password()).isEqualTo("pw");
        assertThat(config.database()).isZero();
        assertThat(config.tls()).isFalse();
    }

    @Test
    void fromEnv_ipv6Url_isParsed() {
        RedisConfig config = env("REDIS_URL", "redis://[::1]:7000");
        assertThat(config.host()).isEqualTo("::1");
        assertThat(config.port()).isEqualTo(7000);
    }

    @Test
    void fromEnv_clusterNodes_selectClusterMode() {
        RedisConfig config = env("REDIS_CLUSTER_NODES", "10.0.0.1:7000, 10.0.0.2:7001,[::1]:7002");
        assertThat(config.mode()).isEqualTo(RedisMode.CLUSTER);
        assertThat(config.clusterNodes()).containsExactly(new RedisEndpoint("10.0.0.1", 7000),
                new RedisEndpoint("10.0.0.2", 7001), new RedisEndpoint("::1", 7002));
    }

    @Test
    void fromEnv_sentinel_selectsSentinelMode() {
        RedisConfig config = env("REDIS_SENTINEL_MASTER", "mymaster",
                "REDIS_SENTINEL_NODES", "s1:26379,s2:26379");
        assertThat(config.mode()).isEqualTo(RedisMode.SENTINEL);
        assertThat(config.sentinelMaster()).isEqualTo("mymaster");
        assertThat(config.sentinelNodes()).hasSize(2);
    }

    @Test
    void fromEnv_badPort_namesVariableAndValue() {
        assertThatThrownBy(() -> env("REDIS_PORT", "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REDIS_PORT").hasMessageContaining("'abc'");
        assertThatThrownBy(() -> env("REDIS_PORT", "70000"))
                .hasMessageContaining("REDIS_PORT").hasMessageContaining("70000").hasMessageContaining("65535");
    }

    @Test
    void fromEnv_badDbTlsAndTimeout_nameVariableAndValue() {
        assertThatThrownBy(() -> env("REDIS_DB", "-1")).hasMessageContaining("REDIS_DB").hasMessageContaining("-1");
        assertThatThrownBy(() -> env("REDIS_TLS", "maybe")).hasMessageContaining("REDIS_TLS")
                .hasMessageContaining("maybe");
        assertThatThrownBy(() -> env("REDIS_TIMEOUT_MS", "0")).hasMessageContaining("REDIS_TIMEOUT_MS");
        assertThatThrownBy(() -> env("REDIS_TIMEOUT_MS", "soon")).hasMessageContaining("soon");
    }

    @Test
    void fromEnv_malformedUrl_namesVariable_andMasksPassword() {
        assertThatThrownBy(() -> env("REDIS_URL", "http://u:topsecret@host:1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REDIS_URL").hasMessageContaining("http://u:****@host:1")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> env("REDIS_URL", "redis://:topsecret@host:port"))
                .hasMessageContaining("REDIS_URL").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> env("REDIS_URL", "redis://host:6379/abc"))
                .hasMessageContaining("/abc");
        assertThatThrownBy(() -> env("REDIS_URL", "not a url"))
                .hasMessageContaining("REDIS_URL").hasMessageContaining("not a url");
    }

    @Test
    void fromEnv_badClusterNode_namesVariableAndValue() {
        assertThatThrownBy(() -> env("REDIS_CLUSTER_NODES", "10.0.0.1:7000,broken"))
                .hasMessageContaining("REDIS_CLUSTER_NODES").hasMessageContaining("broken");
        assertThatThrownBy(() -> env("REDIS_CLUSTER_NODES", "h:x"))
                .hasMessageContaining("REDIS_CLUSTER_NODES").hasMessageContaining("h:x");
    }

    @Test
    void fromEnv_sentinelMasterWithoutNodes_isRejected() {
        assertThatThrownBy(() -> env("REDIS_SENTINEL_MASTER", "mymaster"))
                .hasMessageContaining("REDIS_SENTINEL_NODES");
    }

    @Test
    void fromEnv_clusterWithDatabase_isRejected() {
        assertThatThrownBy(() -> env("REDIS_CLUSTER_NODES", "h:7000", "REDIS_DB", "2"))
                .hasMessageContaining("database");
    }

    @Test
    void toString_neverShowsThePassword() {
        RedisConfig config = RedisConfig.builder().url("redis://user:hunter2@h:1/0").build();
        assertThat(config.toString()).doesNotContain("hunter2").contains("****").contains("user");
        assertThat(config.describeTarget()).doesNotContain("hunter2");
    }

    @Test
    void builder_rejectsUnboundedOrNonPositiveTimeouts() {
        assertThatThrownBy(() -> RedisConfig.builder().timeout(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> RedisConfig.builder().timeout(Duration.ofHours(1))).hasMessageContaining("10 minutes");
        assertThatThrownBy(() -> RedisConfig.builder().poolMaxWait(Duration.ofMillis(-1)))
                .hasMessageContaining("pool wait");
        assertThatThrownBy(() -> RedisConfig.builder().poolSize(0)).hasMessageContaining("Pool size 0");
    }

    @Test
    void equalConfigs_areEqual() {
        RedisConfig a = RedisConfig.builder().host("h").port(1).build();
        RedisConfig b = RedisConfig.builder().host("h").port(1).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(RedisConfig.builder().host("h").port(2).build());
        assertThat(RedisConfig.builder().clusterNodes(List.of(RedisEndpoint.parse("h:1"))).build().mode())
                .isEqualTo(RedisMode.CLUSTER);
    }
}
