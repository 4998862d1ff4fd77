package jzend.zend.alloc;

/**
 * zend_alloc_globals (AG()): the request heap. NTS build: one per process.
 */
public final class AllocGlobals {
    private AllocGlobals() {}

    /** AG(mm_heap). Null until {@link ZendMemoryManager#start_memory_manager} ran, and under a custom (malloc) heap. */
    public static ZendMMHeap mm_heap;

    /**
     * How allocator errors reach the engine (zend_error_cb for the E_ERROR of zend_mm_safe_error):
     * installed by zend_startup, used by any heap without a handler of its own and by the
     * agent's malloc heap. Null: the error is only carried by the {@link jzend.zend.ZendBailout}.
     */
    public static ZendMMErrorHandler zend_error_cb;

    /** zend_error_noreturn(E_ERROR, message) from the allocation layer: report, then bail out. */
    public static jzend.zend.ZendBailout fatal(String message) {
        try {
            if (zend_error_cb != null) zend_error_cb.fatal(message);
        } catch (jzend.zend.ZendBailout reported) {
            // reported; bail out below
        }
        throw new jzend.zend.ZendBailout(message);
    }
}
