package jzend.zend;

import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendVm;

/**
 * Zend/zend_builtin_functions.c: the functions the engine itself provides.
 */
public final class ZendBuiltinFunctions {
    private ZendBuiltinFunctions() {}

    private static final String OWNER = "jzend/zend/ZendBuiltinFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("gc_mem_caches", OWNER, "gc_mem_caches", 0),
    };

    /** ZEND_FUNCTION(gc_mem_caches): zend_mm_gc on the request heap; bytes returned to the system. */
    public static void gc_mem_caches(long ex, long rv) {
        ZendVm.setLong(rv, ZendAlloc.zend_mm_gc());
    }
}
