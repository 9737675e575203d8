package io.redweave.internal.session;

import io.redweave.internal.script.LuaScript;

/** The Lua scripts of the session manager, each touching one key. */
final class SessionScripts {

    /** Admits a session into its user's index under the limit. */
    static final LuaScript INDEX_ADD = LuaScript.fromResource("session-index-add");
    /** Prunes a user's index, then lists, counts or clears it. */
    static final LuaScript INDEX_READ = LuaScript.fromResource("session-index-read");
    /** Moves a live entry's expiry time. */
    static final LuaScript INDEX_TOUCH = LuaScript.fromResource("session-index-touch");
    /** Removes entries whose score is still the one the caller saw. */
    static final LuaScript INDEX_REMOVE = LuaScript.fromResource("session-index-remove");
    /** Writes a session hash with its expiry, unless a removal marker forbids it. */
    static final LuaScript WRITE = LuaScript.fromResource("session-write");
    /** Changes a live session and slides its expiry. */
    static final LuaScript MUTATE = LuaScript.fromResource("session-mutate");
    /** Deletes a live session and returns its user id. */
    static final LuaScript DELETE = LuaScript.fromResource("session-delete");
    /** Ends a session taken out of its index and leaves a removal marker. */
    static final LuaScript REMOVE = LuaScript.fromResource("session-remove");

    private SessionScripts() {
    }
}
