package jzend.probe;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;

import java.util.Map;

/**
 * An interpreter-side caller of the allocation interface, for the agent's tests: being a
 * {@code jzend.*} class, it is rewritten like the interpreter's own classes when it is loaded
 * through the weaving class loader or under the -javaagent transformer.
 */
public final class AllocProbe {
    private AllocProbe() {}

    public static void start(Map<String, String> env) {
        ZendMemoryManager.start_memory_manager(env::get);
    }

    public static void stop(boolean silent) {
        ZendMemoryManager.shutdown_memory_manager(silent, true);
    }

    /** Allocates, fills, grows and frees a block; returns what the bytes read back as. */
    public static long roundTrip(long size) {
        long p = ZendAlloc.emalloc(size);
        NativeMemory.fill(p, size, (byte) 0x11);
        p = ZendAlloc.erealloc(p, size * 2);
        long v = NativeMemory.getByte(p + size - 1);
        ZendAlloc.efree(p);
        return v;
    }

    public static long emalloc(long size) {
        return ZendAlloc.emalloc(size);
    }

    public static void efree(long p) {
        ZendAlloc.efree(p);
    }

    public static long usage(boolean real) {
        return ZendAlloc.zend_memory_usage(real);
    }

    public static long peak(boolean real) {
        return ZendAlloc.zend_memory_peak_usage(real);
    }

    public static boolean setLimit(long limit) {
        return ZendAlloc.zend_set_memory_limit(limit);
    }

    public static boolean isZendMM() {
        return ZendAlloc.is_zend_mm();
    }

    public static String status() {
        return ZendAlloc.zend_mm_status();
    }
}
