package io.redweave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The annotated bean, proxied by the post-processor, used through a real Spring context against a real Redis. */
@RedisTest
class InventoryServiceTest {
    private final RedisServer server;
    private AnnotationConfigApplicationContext context;
    private InventoryService inventory;
    private RedWeave redweave;

    InventoryServiceTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void startContext() {
        server.flushAll();
        // region spring-context
        context = new AnnotationConfigApplicationContext();
        context.registerBean(RedisConfig.class, () -> RedisConfig.builder().url(server.uri()).build());
        context.register(ShopConfiguration.class);
        context.refresh();
        InventoryService inventory = context.getBean(InventoryService.class);
        // endregion spring-context
        this.inventory = inventory;
        redweave = context.getBean(RedWeave.class);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void annotatedBean_isAProxyOfItsClass_andOtherBeansAreLeftAlone() {
        assertThat(AopUtils.isCglibProxy(inventory)).isTrue();
        assertThat(AopUtils.isAopProxy(redweave)).isFalse();
        assertThat(AopUtils.isAopProxy(context.getBean(ShopConfiguration.class))).isFalse();
    }

    @Test
    void stock_secondRead_comesFromTheCache() {
        assertThat(inventory.stock("tea")).isEqualTo(10);
        assertThat(inventory.stock("tea")).isEqualTo(10);

        assertThat(inventory.reads()).isEqualTo(1);
        assertThat(redweave.client().ttl("shop:cache:stock:tea")).isBetween(1L, 30L);
    }

    @Test
    void reserve_invalidatesTheCachedStock() {
        inventory.stock("kettle");
        assertThat(inventory.reserve("ada", "kettle", 2)).isEqualTo(1);

        assertThat(inventory.stock("kettle")).isEqualTo(1);
        assertThat(inventory.reads()).isEqualTo(2);
    }

    @Test
    void reserve_thirdReservationInAMinute_isRefused_andChangesNothing() {
        inventory.reserve("ada", "tea", 1);
        inventory.reserve("ada", "tea", 1);

        assertThatThrownBy(() -> inventory.reserve("ada", "tea", 1))
                .isInstanceOfSatisfying(RateLimitExceededException.class,
                        denied -> assertThat(denied.retryAfter()).isPositive());
        assertThat(inventory.stock("tea")).isEqualTo(8);
    }

    @Test
    void stock_redisDown_failsOpen_andReadsTheSource() {
        inventory.stock("tea");
        server.stop();

        assertThat(inventory.stock("tea")).isEqualTo(10);
        assertThat(inventory.stock("tea")).isEqualTo(10);
        assertThat(inventory.reads()).isEqualTo(3);
    }
}
