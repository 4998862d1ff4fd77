package jzend.zend.alloc;

/**
 * zend_alloc_globals (AG()): the request heap. NTS build: one per process.
 */
public final class AllocGlobals {
    private AllocGlobals() {}

    /** AG(mm_heap). Null until {@link ZendMemoryManager#start_memory_manager} ran, and under a custom (malloc) heap. */
    public static ZendMMHeap mm_heap;
}
