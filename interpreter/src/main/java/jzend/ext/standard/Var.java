package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendVm;

import static jzend.zend.execute.ZendParseParameters.optionalBool;

/**
 * ext/standard/var.c: the memory functions of a PHP script (the rest of var.c — var_dump,
 * print_r, serialize — joins with the string and array layer).
 */
public final class Var {
    private Var() {}

    private static final String OWNER = "jzend/ext/standard/Var";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("memory_get_usage", OWNER, "memory_get_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_get_peak_usage", OWNER, "memory_get_peak_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_reset_peak_usage", OWNER, "memory_reset_peak_usage", 0),
    };

    /** PHP_FUNCTION(memory_get_usage): heap size, or with true the memory taken from the system. */
    public static void memory_get_usage(long ex, long rv) {
        boolean real = optionalBool(ex, 1, false);
        ZendVm.setLong(rv, ZendAlloc.zend_memory_usage(real));
    }

    /** PHP_FUNCTION(memory_get_peak_usage). */
    public static void memory_get_peak_usage(long ex, long rv) {
        boolean real = optionalBool(ex, 1, false);
        ZendVm.setLong(rv, ZendAlloc.zend_memory_peak_usage(real));
    }

    /** PHP_FUNCTION(memory_reset_peak_usage) (new in 8.2). */
    public static void memory_reset_peak_usage(long ex, long rv) {
        ZendAlloc.zend_memory_reset_peak_usage();
        ZendVm.setNull(rv);
    }
}
