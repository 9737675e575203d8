/**
 * Lua scripts: loaded once from {@code io/redweave/scripts/*.lua} resources, run with {@code EVALSHA}, and
 * reloaded with {@code EVAL} when a server answers {@code NOSCRIPT}.
 *
 * <p>A manager declares its script as a constant and runs it through a {@link
 * io.redweave.internal.script.ScriptRunner}:
 * <pre>{@code
 * private static final LuaScript RELEASE = LuaScript.fromResource("compare-and-delete");
 * long released = (Long) scripts.run(RELEASE, List.of(leaseKey), List.of(token));
 * }</pre>
 *
 * <p>Cluster rule: every key a script touches is passed in {@code KEYS} and all of them hash to one slot (use a
 * hash tag such as {@code {user:42}:sessions}). The call is routed to the node owning the first key's slot, and
 * Redis rejects a script whose keys span slots with {@code CROSSSLOT}.
 */
package io.redweave.internal.script;
