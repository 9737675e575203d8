package io.redweave.internal.bytebuddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import io.redweave.weave.contract.services.ReportService;
import io.redweave.weave.contract.services.User;
import io.redweave.weave.contract.services.UserService;
import io.redweave.weave.contract.services.UserServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/weaving/byte-buddy.md}, run against a real Redis ({@link ByteBuddyDocsTest} syncs them). */
@RedisTest
class ByteBuddyExamplesTest {
    private RedWeave redweave;

    @BeforeEach
    void connect(RedisServer server) {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void proxyOfAnInterfaceImplementation() {
        // example: proxy-interface
        UserService users = redweave.proxy(new UserServiceImpl());
        User first = users.user("42");    // runs the method and caches it under cache:user:42
        User again = users.user("42");    // a hit: one GET, the method does not run
        // end
        assertThat(again).isEqualTo(first);
        assertThat(users.loads()).isEqualTo(1);
    }

    @Test
    void proxyOfAClassWithoutInterfaces() {
        // example: proxy-class
        ReportService reports = redweave.proxy(new ReportService());   // a subclass that delegates to the target
        String report = reports.byDefaultKey("annual", 1);
        // end
        assertThat(reports.byDefaultKey("annual", 1)).isEqualTo(report);
        assertThat(reports.runs()).isEqualTo(1);
    }

    @Test
    void enhancedSubclass() throws Exception {
        // example: enhance
        Class<? extends ReportService> type = redweave.enhance(ReportService.class);  // once, at start-up
        ReportService reports = type.getConstructor().newInstance();      // or let a DI container create it
        String report = reports.byDefaultKey("annual", 1);
        // end
        assertThat(reports.byDefaultKey("annual", 1)).isEqualTo(report);
        assertThat(reports).isInstanceOf(ReportService.class);
    }

    @Test
    void weaveTimeError() {
        assertThatThrownBy(() -> {
            // example: weave-time-error
            redweave.proxy(new ProxyTest.BadTemplate());
            // IllegalArgumentException: Cannot proxy io.redweave.internal.bytebuddy.ProxyTest$BadTemplate: the RedWeave
            // annotations of BadTemplate.user(String) are invalid: Invalid key template "user:{usrId}"
            //   [RW108] The placeholder {usrId} names no parameter: the parameters are userId (at offset 5).
            //   Hint: Did you mean {userId}?
            // end
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BadTemplate.user(String) are invalid")
                .hasMessageContaining("RW108").hasMessageContaining("{usrId} names no parameter");
    }
}
