package jzend.zend;

import java.util.HashMap;
import java.util.Map;

/**
 * CG(auto_globals) (zend_compile.c's zend_register_auto_global / zend_is_auto_global): the
 * superglobals with the callback that creates each one in the symbol table. A "jit" one
 * ($_SERVER, $_ENV, $_REQUEST with auto_globals_jit) is created only when the compiler first
 * meets it in a script; the others are created at request start-up by php_hash_environment.
 */
public final class ZendAutoGlobals {
    private ZendAutoGlobals() {}

    private record AutoGlobal(boolean jit, Runnable callback) {}

    private static final Map<String, AutoGlobal> GLOBALS = new HashMap<>();
    /** The jit globals already armed in this request (zend_auto_global.armed). */
    private static final java.util.Set<String> ARMED = new java.util.HashSet<>();

    /** Port of zend_register_auto_global. */
    public static synchronized void register(String name, boolean jit, Runnable callback) {
        GLOBALS.put(name, new AutoGlobal(jit, callback));
    }

    /** Port of zend_activate_auto_globals: the non-jit ones are created now (request start-up). */
    public static void activate() {
        ARMED.clear();
        for (var e : GLOBALS.entrySet()) {
            if (!e.getValue().jit()) {
                ARMED.add(e.getKey());
                e.getValue().callback().run();
            }
        }
    }

    /** Port of zend_is_auto_global: the compiler met {@code name}; a jit global not created yet is created now. */
    public static void arm(String name) {
        AutoGlobal g = GLOBALS.get(name);
        if (g == null || !ARMED.add(name)) return;
        g.callback().run();
    }
}
