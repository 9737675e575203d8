package io.redweave.processor;

import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.resource;
import static io.redweave.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Realistic services compile cleanly: generics, records, nested property paths, inheritance, interfaces, a
 * type-level session scope; and the processor writes their parameter names and key manifests.
 */
class RealisticServicesTest {
    private static final JavaFileObject ADDRESS = source("shop.Address",
            "package shop;",
            "public record Address(String city, String zip) { }");
    private static final JavaFileObject CUSTOMER = source("shop.Customer",
            "package shop;",
            "public record Customer(String id, Address address, Tier tier) {",
            "    public enum Tier { GOLD, SILVER }",
            "}");
    private static final JavaFileObject ORDER = source("shop.Order",
            "package shop;",
            "public class Order implements Entity {",
            "    public final long number;",
            "    private final Customer customer;",
            "    public Order(long number, Customer customer) { this.number = number; this.customer = customer; }",
            "    @Override public String getId() { return Long.toString(number); }",
            "    public Customer getCustomer() { return customer; }",
            "    public boolean isPaid() { return false; }",
            "    @Override public String toString() { return \"Order#\" + number; }",
            "}");
    private static final JavaFileObject ENTITY = source("shop.Entity",
            "package shop;",
            "public interface Entity { String getId(); }");
    private static final JavaFileObject REPOSITORY = source("shop.Repository",
            "package shop;",
            "import io.redweave.annotation.*;",
            "public interface Repository<T extends Entity> {",
            "    @Cached(key = \"entity:{entity.id}\", ttl = 120)",
            "    T reload(T entity);",
            "    @InvalidateCache(pattern = \"entity:{entity.id}\")",
            "    void save(T entity);",
            "}");
    private static final JavaFileObject ORDER_API = source("shop.OrderApi",
            "package shop;",
            "import io.redweave.annotation.*;",
            "import java.util.List;",
            "import java.util.concurrent.TimeUnit;",
            "public interface OrderApi extends Repository<Order> {",
            "    @Cached(key = \"similar:{order.customer.address.city}:{order.number}:{order.paid}\", ttl = 5,",
            "            unit = TimeUnit.MINUTES)",
            "    List<Order> similar(Order order);",
            "}");
    private static final JavaFileObject BASE_SERVICE = source("shop.BaseService",
            "package shop;",
            "import io.redweave.annotation.*;",
            "public abstract class BaseService {",
            "    @Cached(key = \"tenant:{tenant}\")",
            "    public String tenantName(String tenant) { return tenant; }",
            "}");
    private static final JavaFileObject ORDER_SERVICE = source("shop.OrderService",
            "package shop;",
            "import io.redweave.annotation.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "public abstract class OrderService extends BaseService implements OrderApi {",
            "    @Cached(key = \"orders:{customer.id}:{customer.tier}\", ttl = 300, cacheNulls = true, nullTtl = 30)",
            "    public Optional<List<Order>> orders(Customer customer) { return Optional.empty(); }",
            "    @RateLimited(key = \"checkout:{0.customer.id}\", limit = 5, window = 1, unit = TimeUnit.MINUTES,",
            "            algorithm = RateLimitAlgorithm.TOKEN_BUCKET, permits = 2)",
            "    public CompletableFuture<Order> checkout(Order order) { return null; }",
            "    @InvalidateCache(pattern = \"orders:{customer.id}:*\")",
            "    @InvalidateCache(pattern = \"similar:*\", beforeInvocation = true)",
            "    public void changed(Customer customer) { }",
            "    @Cached(key = \"label:{customer.address.zip}:{tags}\")",
            "    public <C extends Customer> String label(C customer, String tags) { return null; }",
            "    @SessionScoped(id = \"{session}\")",
            "    @RateLimited(limit = 10, window = 60)",
            "    public String cart(String session, UUID cartId) { return null; }",
            "    public static class Audit {",
            "        @Cached",
            "        public String log(long id, java.time.Instant at) { return null; }",
            "    }",
            "}");
    private static final JavaFileObject CHECKOUT = source("shop.Checkout",
            "package shop;",
            "import io.redweave.annotation.*;",
            "@SessionScoped(id = \"{sessionId}\")",
            "public class Checkout {",
            "    public String start(String sessionId) { return sessionId; }",
            "    public String pay(long cents, String sessionId) { return sessionId; }",
            "    @SessionScoped(id = \"{0}\", touch = false) public String peek(String token) { return token; }",
            "    String helper(int x) { return null; }",
            "    public int openCheckouts() { return 0; }",
            "    @Override public String toString() { return \"Checkout\"; }",
            "    public static Checkout create() { return new Checkout(); }",
            "}");

    private static Compilation compileAll() {
        return compile(ADDRESS, CUSTOMER, ORDER, ENTITY, REPOSITORY, ORDER_API, BASE_SERVICE, ORDER_SERVICE, CHECKOUT);
    }

    @Test
    void realisticServices_compileWithoutAnyDiagnostic_evenUnderXlintAllAndWerror() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), ADDRESS, CUSTOMER, ORDER, ENTITY,
                REPOSITORY, ORDER_API, BASE_SERVICE, ORDER_SERVICE, CHECKOUT);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void parameterNames_areRecordedPerClass_withErasedTypesAsReflectionNamesThem() {
        Compilation compilation = compileAll();

        assertThat(resource(compilation, "META-INF/redweave/parameters/shop.OrderService")).contains(
                "orders(shop.Customer)=customer\n", "checkout(shop.Order)=order\n",
                "label(shop.Customer,java.lang.String)=customer,tags\n", "cart(java.lang.String,java.util.UUID)=session,cartId\n");
        assertThat(resource(compilation, "META-INF/redweave/parameters/shop.Repository"))
                .contains("reload(shop.Entity)=entity\n", "save(shop.Entity)=entity\n");
        assertThat(resource(compilation, "META-INF/redweave/parameters/shop.OrderService$Audit"))
                .contains("log(long,java.time.Instant)=id,at\n");
        assertThat(resource(compilation, "META-INF/redweave/parameters/shop.Checkout"))
                .contains("pay(long,java.lang.String)=cents,sessionId\n");
    }

    @Test
    void keyManifest_listsEveryKeyWithItsMethodRedisKeyTypeAndTtl() {
        String manifest = resource(compileAll(), "META-INF/redweave/keys/shop.OrderService.json");

        assertThat(manifest).startsWith("{\n  \"class\": \"shop.OrderService\",\n  \"keys\": [\n");
        assertThat(manifest.lines().filter(line -> line.startsWith("    {")).toList()).containsExactly(
                "    {\"method\": \"orders(shop.Customer)\", \"annotation\": \"Cached\", \"template\": "
                        + "\"orders:{customer.id}:{customer.tier}\", \"redisKey\": \"cache:orders:{customer.id}:"
                        + "{customer.tier}\", \"kind\": \"KEY\", \"dataType\": \"string\", \"ttl\": \"PT5M\", "
                        + "\"nullTtl\": \"PT30S\", \"detail\": null},",
                "    {\"method\": \"checkout(shop.Order)\", \"annotation\": \"RateLimited\", \"template\": "
                        + "\"checkout:{0.customer.id}\", \"redisKey\": \"rl:tb:checkout:{0.customer.id}\", \"kind\": "
                        + "\"KEY\", \"dataType\": \"hash\", \"ttl\": \"PT1M\", \"nullTtl\": null, \"detail\": "
                        + "\"TOKEN_BUCKET\"},",
                "    {\"method\": \"changed(shop.Customer)\", \"annotation\": \"InvalidateCache\", \"template\": "
                        + "\"orders:{customer.id}:*\", \"redisKey\": \"cache:orders:{customer.id}:*\", \"kind\": "
                        + "\"PATTERN\", \"dataType\": null, \"ttl\": null, \"nullTtl\": null, \"detail\": \"after "
                        + "return\"},",
                "    {\"method\": \"changed(shop.Customer)\", \"annotation\": \"InvalidateCache\", \"template\": "
                        + "\"similar:*\", \"redisKey\": \"cache:similar:*\", \"kind\": \"PATTERN\", \"dataType\": null, "
                        + "\"ttl\": null, \"nullTtl\": null, \"detail\": \"before invocation\"},",
                "    {\"method\": \"label(shop.Customer,java.lang.String)\", \"annotation\": \"Cached\", "
                        + "\"template\": \"label:{customer.address.zip}:{tags}\", \"redisKey\": "
                        + "\"cache:label:{customer.address.zip}:{tags}\", \"kind\": \"KEY\", \"dataType\": \"string\", "
                        + "\"ttl\": \"PT5M\", \"nullTtl\": null, \"detail\": null},",
                "    {\"method\": \"cart(java.lang.String,java.util.UUID)\", \"annotation\": \"SessionScoped\", "
                        + "\"template\": \"{session}\", \"redisKey\": \"session:{session}\", \"kind\": \"KEY\", "
                        + "\"dataType\": \"hash\", \"ttl\": null, \"nullTtl\": null, \"detail\": null},",
                "    {\"method\": \"cart(java.lang.String,java.util.UUID)\", \"annotation\": \"RateLimited\", "
                        + "\"template\": \"\", \"redisKey\": \"rl:sw:shop.OrderService.cart(String,UUID)\", \"kind\": "
                        + "\"KEY\", \"dataType\": \"zset\", \"ttl\": \"PT1M\", \"nullTtl\": null, \"detail\": "
                        + "\"SLIDING_WINDOW\"}");
    }

    @Test
    void keyManifest_ofADefaultKey_showsTheRuntimesKeyAsATemplate() {
        String manifest = resource(compileAll(), "META-INF/redweave/keys/shop.OrderService$Audit.json");

        assertThat(manifest).contains("\"template\": \"\", \"redisKey\": "
                + "\"cache:shop.OrderService$Audit.log(long,Instant):{0}:{1}\"");
    }

    @Test
    void typeLevelSessionScope_isListedForEveryPublicMethodThatResolvesTheId() {
        String manifest = resource(compileAll(), "META-INF/redweave/keys/shop.Checkout.json");

        List<String> methods = manifest.lines().filter(line -> line.contains("\"annotation\": \"SessionScoped\""))
                .map(line -> line.substring(line.indexOf("\"method\": ") + 11, line.indexOf("\", \"annotation\"")))
                .toList();
        assertThat(methods).containsExactlyInAnyOrder("start(java.lang.String)", "pay(long,java.lang.String)",
                "peek(java.lang.String)");
    }

    @Test
    void resources_canBeSwitchedOff_withProcessorOptions() {
        Compilation compilation = compile(List.of("-Aredweave.parameterNames=false", "-Aredweave.keyManifest=false"),
                ADDRESS, CUSTOMER, ORDER, ENTITY, REPOSITORY, ORDER_API, BASE_SERVICE, ORDER_SERVICE, CHECKOUT);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles()).noneMatch(file -> file.toUri().toString().contains("META-INF/redweave"));
    }
}
