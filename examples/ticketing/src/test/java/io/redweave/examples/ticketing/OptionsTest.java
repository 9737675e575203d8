package io.redweave.examples.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void parse_noArguments_runsTheDemo() {
        assertThat(Options.parse()).isEqualTo(new Options(false, Options.DEFAULT_PORT));
    }

    @Test
    void parse_serveAndPort() {
        assertThat(Options.parse("--serve", "--port=9090")).isEqualTo(new Options(true, 9090));
    }

    @Test
    void parse_unknownArgument_namesItAndShowsTheUsage() {
        assertThatThrownBy(() -> Options.parse("--verbose"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("argument '--verbose' is not understood; usage: TicketingMain [--serve]");
    }

    @Test
    void parse_badPort_saysWhatAPortIs() {
        assertThatThrownBy(() -> Options.parse("--port=http"))
                .hasMessage("port 'http' is invalid: it must be a number from 0 to 65535");
        assertThatThrownBy(() -> Options.parse("--port=70000"))
                .hasMessage("port '70000' is invalid: it must be a number from 0 to 65535");
    }
}
