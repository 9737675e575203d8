package io.redweave.examples.spring;

import io.redweave.RedWeave;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;

// region spring-post-processor
/**
 * Applies RedWeave's annotations to Spring beans: a bean with at least one annotated method is replaced by a Spring
 * AOP proxy of its class whose advice hands each call of an annotated method to the {@link RedWeave} bean's
 * interceptor. Declare it with a {@code static} {@code @Bean} method.
 *
 * <p>Which beans to proxy is decided from the annotations alone: the {@code RedWeave} bean is looked up on the first
 * call, so that building it (and what it depends on) never waits for this post-processor. Like every proxy, it
 * intercepts calls that come through the bean reference, not calls a bean makes on {@code this}.
 */
public final class RedWeaveBeanPostProcessor extends AbstractAdvisingBeanPostProcessor {
    private static final long serialVersionUID = 1L;

    /** A post-processor that uses the {@code RedWeave} bean that {@code redweave} provides. */
    public RedWeaveBeanPostProcessor(ObjectProvider<RedWeave> redweave) {
        SpringInterceptorAdapter advice = new SpringInterceptorAdapter(() -> redweave.getObject().interceptor());
        this.advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return annotated(AopUtils.getMostSpecificMethod(method, targetClass), targetClass);
            }
        }, advice);
        setProxyTargetClass(true); // beans keep their class, so they can be injected by it
    }

    /** Whether RedWeave has work to do around {@code method} of {@code targetClass}. */
    static boolean annotated(Method method, Class<?> targetClass) {
        return method.isAnnotationPresent(Cached.class) || method.isAnnotationPresent(RateLimited.class)
                || method.getAnnotationsByType(InvalidateCache.class).length > 0
                || method.isAnnotationPresent(SessionScoped.class)
                || Modifier.isPublic(method.getModifiers()) && (targetClass.isAnnotationPresent(SessionScoped.class)
                        || method.getDeclaringClass().isAnnotationPresent(SessionScoped.class));
    }
}
// endregion spring-post-processor
