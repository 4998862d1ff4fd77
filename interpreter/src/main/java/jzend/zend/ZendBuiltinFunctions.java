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
        new ZendFunctionEntry("get_class", OWNER, "get_class", 0, "object"),
    };

    /** ZEND_FUNCTION(get_class): the class name of an object (without an argument, outside a class: Error). */
    public static void get_class(long ex, long rv) {
        if (jzend.zend.execute.ZendExecuteData.numArgs(ex) == 0) {
            throw jzend.zend.execute.ZendError.create("Error", "get_class() without arguments must be called from within a class");
        }
        long zv = jzend.zend.execute.ZendArrayOps.deref(jzend.zend.execute.ZendParseParameters.arg(ex, 1));
        int t = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        if (t != jzend.zend.execute.ZendExceptions.IS_OBJECT) {
            throw jzend.zend.execute.ZendError.create("TypeError", "get_class(): Argument #1 ($object) must be of type object, "
                    + jzend.zend.execute.ZendParseParameters.zendZvalTypeName(t) + " given");
        }
        String name = jzend.zend.execute.ZendExceptions.classOf(jzend.zend.alloc.NativeMemory.getLong(zv)).name;
        ZendVm.setString(rv, jzend.zend.string.ZendString.init(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false));
    }

    /** ZEND_FUNCTION(gc_mem_caches): zend_mm_gc on the request heap; bytes returned to the system. */
    public static void gc_mem_caches(long ex, long rv) {
        ZendVm.setLong(rv, ZendAlloc.zend_mm_gc());
    }
}
