package io.redweave.examples.spring;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's Spring configuration: a {@link RedWeave} bean built from the {@link RedisConfig} bean, the
 * post-processor that applies RedWeave's annotations, and an annotated service.
 */
@Configuration(proxyBeanMethods = false)
public class ShopConfiguration {

    // region spring-configuration
    /** The connection to Redis, closed with the context. */
    @Bean(destroyMethod = "close")
    public RedWeave redWeave(RedisConfig config) {
        return RedWeave.builder().config(config).namespace("shop").build();
    }

    /** Applies @Cached, @RateLimited, @InvalidateCache and @SessionScoped to the beans that carry them. */
    @Bean
    public static RedWeaveBeanPostProcessor redWeaveBeanPostProcessor(ObjectProvider<RedWeave> redweave) {
        return new RedWeaveBeanPostProcessor(redweave);
    }
    // endregion spring-configuration

    /** The annotated service. */
    @Bean
    public InventoryService inventoryService() {
        return new InventoryService();
    }
}
