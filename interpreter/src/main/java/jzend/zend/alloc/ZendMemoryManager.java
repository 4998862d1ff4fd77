package jzend.zend.alloc;

import static jzend.zend.ZendAtol.atol;

import java.util.function.UnaryOperator;

/**
 * Start-up and shutdown of the memory manager: start_memory_manager, alloc_globals_ctor and
 * shutdown_memory_manager of zend_alloc.c.
 *
 * <p>alloc_globals_ctor reads the environment as PHP does:
 * <ul>
 *   <li>{@code USE_ZEND_ALLOC}: a value whose C {@code atol} is 0 ("0", but also "no" or "")
 *       selects the system allocator. In jzend that switch is made by the allocator agent, which
 *       reroutes {@link ZendAlloc}; without the agent jzend refuses to start rather than silently
 *       keep ZendMM.</li>
 *   <li>{@code USE_TRACKED_ALLOC}: with the above, track sizes (read by the agent).</li>
 *   <li>{@code ZEND_MM_MEM_TYPE}: the chunk storage, as in PHP 5: mmap_anon (default),
 *       mmap_zero, malloc.</li>
 *   <li>{@code JZEND_MM_DEBUG=1}: catch double frees and free-list corruption, poison freed blocks.</li>
 * </ul>
 */
public final class ZendMemoryManager {
    private ZendMemoryManager() {}

    /** A start-up failure of the memory manager, reported as one line (exit status in {@link #exitStatus}). */
    public static final class StartupError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int exitStatus;

        public StartupError(String message, int exitStatus) {
            super(message, null, false, false);
            this.exitStatus = exitStatus;
        }
    }

    /** The page size of the system (REAL_PAGE_SIZE), set by start_memory_manager. */
    public static long REAL_PAGE_SIZE = 4096;

    /** Port of start_memory_manager. */
    public static void start_memory_manager(UnaryOperator<String> getenv) {
        alloc_globals_ctor(getenv);
        REAL_PAGE_SIZE = LibC.pageSize();
    }

    /** Port of alloc_globals_ctor: choose the allocator and, for ZendMM, zend_mm_init. */
    public static void alloc_globals_ctor(UnaryOperator<String> getenv) {
        String tmp = getenv.apply("USE_ZEND_ALLOC");
        if (tmp != null && atol(tmp) == 0) {
            String trackedEnv = getenv.apply("USE_TRACKED_ALLOC");
            boolean tracked = trackedEnv != null && atol(trackedEnv) != 0;
            // ZendMM is never started in this mode; the agent's malloc heap takes every call.
            if (!ZendAlloc.zend_mm_install_system_allocator(tracked)) {
                throw new StartupError("jzend: USE_ZEND_ALLOC=" + tmp + " selects the system allocator, which needs the"
                        + " allocator agent to reroute emalloc/efree to malloc, and the agent is not active in this JVM", 1);
            }
            AllocGlobals.mm_heap = null;
            return;
        }
        ZendMMStorage storage;
        try {
            storage = ZendMMStorage.forMemType(getenv.apply("ZEND_MM_MEM_TYPE"));
        } catch (ZendMMStorage.UnknownMemTypeException e) {
            throw new StartupError(e.getMessage(), 255);
        }
        String debug = getenv.apply("JZEND_MM_DEBUG");
        ZendMMHeap heap = ZendMMHeap.init(storage, debug != null && atol(debug) != 0);
        if (heap == null) throw new StartupError("Can't initialize heap", 1);
        AllocGlobals.mm_heap = heap;
    }

    /**
     * Bytes still allocated in the request heap when the last clean request ended (what a PHP
     * debug build's zend_mm_check_leaks reports): everything a request allocates must be freed by
     * then, so anything but 0 is a leak.
     */
    public static long last_request_leaked;

    /** Port of shutdown_memory_manager (recording leaks when not silent, as debug builds check them). */
    public static void shutdown_memory_manager(boolean silent, boolean fullShutdown) {
        if (!silent && !fullShutdown) last_request_leaked = ZendAlloc.zend_memory_usage(false);
        ZendAlloc.zend_mm_shutdown(fullShutdown, silent);
    }
}
