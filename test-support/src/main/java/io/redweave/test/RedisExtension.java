package io.redweave.test;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link RedisTest}, {@link RedisClusterTest} and {@link RedisSentinelTest}: starts
 * the server, cluster or Sentinel deployment of a test class once, injects it as a {@link RedisServer},
 * {@link RedisCluster} or {@link RedisSentinel} parameter, starts again processes that a test stopped, and stops
 * everything after the class. Use the annotations rather than this class.
 */
public final class RedisExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RedisExtension.class);

    /** Creates the extension; JUnit does this for the annotations. */
    public RedisExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        server(classContext);
        cluster(classContext);
        sentinel(classContext);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        server(classContext).filter(RedisServer::canRestart).filter(s -> !s.isRunning()).ifPresent(RedisServer::start);
        cluster(classContext).ifPresent(cluster -> {
            boolean restarted = false;
            for (RedisServer node : cluster.nodes()) {
                if (!node.isRunning()) {
                    node.start();
                    restarted = true;
                }
            }
            if (restarted) {
                cluster.awaitHealthy();
            }
        });
        sentinel(classContext).ifPresent(LocalSentinel::restartStopped);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        ExtensionContext classContext = classContext(context);
        return type == RedisServer.class && annotation(classContext, RedisTest.class).isPresent()
                || type == RedisCluster.class && annotation(classContext, RedisClusterTest.class).isPresent()
                || type == RedisSentinel.class && annotation(classContext, RedisSentinelTest.class).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == RedisSentinel.class) {
            return sentinel(classContext).orElseThrow();
        }
        return (type == RedisServer.class ? server(classContext) : cluster(classContext)).orElseThrow();
    }

    private static Optional<RedisServer> server(ExtensionContext classContext) {
        return annotation(classContext, RedisTest.class).map(annotation -> classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(RedisServer.class, key -> new Stored(RedisServers.startStandalone()),
                        Stored.class)
                .value(RedisServer.class));
    }

    private static Optional<RedisCluster> cluster(ExtensionContext classContext) {
        return annotation(classContext, RedisClusterTest.class).map(annotation -> classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(RedisCluster.class, key -> new Stored(RedisServers.startCluster(
                        annotation.masters(), annotation.replicasPerMaster(),
                        Duration.ofMillis(annotation.nodeTimeoutMillis()))), Stored.class)
                .value(RedisCluster.class));
    }

    private static Optional<LocalSentinel> sentinel(ExtensionContext classContext) {
        return annotation(classContext, RedisSentinelTest.class).map(annotation -> classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(RedisSentinel.class, key -> new Stored(LocalSentinel.start(
                        Provisioner.current(), annotation.replicas(), annotation.sentinels(),
                        annotation.masterName())), Stored.class)
                .value(LocalSentinel.class));
    }

    /** The context of the innermost test class around {@code context}. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getElement().filter(element -> element instanceof Class).isEmpty()
                && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The annotation on the test class, a superclass, or an enclosing class of a {@code @Nested} class. */
    private static <A extends Annotation> Optional<A> annotation(ExtensionContext classContext, Class<A> type) {
        for (Class<?> c = classContext.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<A> found = AnnotationSupport.findAnnotation(c, type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
