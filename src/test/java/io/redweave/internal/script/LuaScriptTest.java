package io.redweave.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LuaScriptTest {

    @Test
    void sha1_isTheDigestRedisGivesTheSource() {
        // SCRIPT LOAD "return 1" answers this digest on every Redis server.
        assertThat(LuaScript.of("one", "return 1").sha1()).isEqualTo("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
    }

    @Test
    void fromResource_loadsTheSourceFromTheScriptsFolder() {
        LuaScript script = LuaScript.fromResource("compare-and-delete");

        assertThat(script.name()).isEqualTo("compare-and-delete");
        assertThat(script.source()).contains("redis.call('DEL', KEYS[1])");
        assertThat(script.sha1()).isEqualTo(LuaScript.of("x", script.source()).sha1()).hasSize(40);
    }

    @Test
    void fromResource_missingScript_namesThePath() {
        assertThatThrownBy(() -> LuaScript.fromResource("no-such-script"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/io/redweave/scripts/no-such-script.lua");
    }

    @Test
    void fromResource_nameThatCouldLeaveTheFolder_isRejected() {
        assertThatThrownBy(() -> LuaScript.fromResource("../secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid");
    }

    @Test
    void of_blankSource_isRejected() {
        assertThatThrownBy(() -> LuaScript.of("empty", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
