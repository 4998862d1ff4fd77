package jzend.agent;

import jzend.zend.ZendBailout;
import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.AllocObserver;
import jzend.zend.alloc.LibC;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMM;
import jzend.zend.alloc.ZendMMBins;
import jzend.zend.alloc.ZendMMErrorHandler;

/**
 * The allocation interface of {@link jzend.zend.alloc.ZendAlloc}, on the C library's allocator: what
 * {@code USE_ZEND_ALLOC=0} installs in php-src as the custom heap's handlers. The agent rewrites
 * every call to {@code ZendAlloc.x(…)} in the interpreter's classes into a call to
 * {@code MallocAlloc.x(…)} with the same descriptor, so this class mirrors ZendAlloc's public
 * static methods one for one.
 *
 * <p>As in PHP 8.2: without tracking ({@code __zend_malloc} and friends) usage and peaks read 0
 * and memory_limit is not enforced; with {@code USE_TRACKED_ALLOC=1} ({@code tracked_malloc})
 * every block's size is kept in a table, {@code size} and {@code real_size} follow the sum,
 * memory_limit is checked before each malloc, peaks are never updated (only
 * memory_reset_peak_usage sets them), and a silent shutdown frees what is left.
 *
 * <p>Every call goes through FFM downcalls to malloc/calloc/realloc/free; none allocates on the
 * Java heap. Counters of the calls made let tests and traces prove which allocator ran.
 */
public final class MallocAlloc {
    private MallocAlloc() {}

    // the custom heap (zend_mm_heap with use_custom_heap = ZEND_MM_CUSTOM_HEAP_STD)
    private static boolean installed;
    private static boolean tracked;
    private static long size, peak, realSize, realPeak;
    private static long limit = ZendMM.DEFAULT_LIMIT;
    private static boolean overflow;
    private static TrackedAllocs trackedAllocs;

    // what the system allocator was asked to do
    private static long mallocCalls, callocCalls, reallocCalls, freeCalls;

    /** alloc_globals_ctor's USE_ZEND_ALLOC=0 branch: the system allocator becomes the heap. */
    public static boolean zend_mm_install_system_allocator(boolean trackedAlloc) {
        installed = true;
        tracked = trackedAlloc;
        size = peak = realSize = realPeak = 0;
        limit = ZendMM.DEFAULT_LIMIT;
        overflow = false;
        trackedAllocs = trackedAlloc ? new TrackedAllocs() : null;
        return true;
    }

    /** Port of is_zend_mm: false, a custom heap is in use. */
    public static boolean is_zend_mm() {
        return false;
    }

    // ------------------------------------------------------------------ the three handlers

    /** __zend_malloc or tracked_malloc. */
    private static long heapMalloc(long n) {
        if (tracked) trackedCheckLimit(n);
        mallocCalls++;
        long p = LibC.malloc(n);
        if (p == 0) outOfMemory();
        if (tracked) {
            trackedAllocs.put(p, n);
            size += n;
            realSize = size;
        }
        if (AllocObserver.current != null) AllocObserver.current.alloc(p, n, LibC.malloc_usable_size(p));
        return p;
    }

    /** free or tracked_free. */
    private static void heapFree(long p) {
        if (p == 0) return;
        if (AllocObserver.current != null) AllocObserver.current.free(p, LibC.malloc_usable_size(p));
        if (tracked) {
            long n = trackedAllocs.get(p);
            if (n < 0) corrupted();
            size -= n;
            realSize = size;
            trackedAllocs.remove(p);
        }
        freeCalls++;
        LibC.free(p);
    }

    /** __zend_realloc or tracked_realloc. */
    private static long heapRealloc(long p, long n) {
        long old = 0;
        if (tracked && p != 0) {
            old = trackedAllocs.get(p);
            if (old < 0) corrupted();
        }
        if (tracked && Long.compareUnsigned(n, old) > 0) trackedCheckLimit(n - old);
        reallocCalls++;
        long oldUsable = AllocObserver.current != null && p != 0 ? LibC.malloc_usable_size(p) : 0;
        long q = LibC.realloc(p, n);
        if (q == 0 && n != 0) outOfMemory();
        if (tracked) {
            if (p != 0) trackedAllocs.remove(p);
            trackedAllocs.put(q, n);
            size += n - old;
            realSize = size;
        }
        if (AllocObserver.current != null) AllocObserver.current.realloc(p, oldUsable, q, n, q == 0 ? 0 : LibC.malloc_usable_size(q));
        return q;
    }

    /** Port of tracked_check_limit. */
    private static void trackedCheckLimit(long add) {
        if (Long.compareUnsigned(add, limit - size) > 0 && !overflow) {
            safeError("Allowed memory size of " + Long.toUnsignedString(limit) + " bytes exhausted (tried to allocate "
                    + Long.toUnsignedString(add) + " bytes)");
        }
    }

    /** Port of zend_mm_safe_error. */
    private static void safeError(String message) {
        overflow = true;
        try {
            ZendMMErrorHandler h = AllocGlobals.zend_error_cb;
            if (h != null) h.fatal(message);
        } catch (ZendBailout reported) {
            // zend_try { zend_error_noreturn } zend_catch { } zend_end_try()
        } finally {
            overflow = false;
        }
        throw new ZendBailout(message);
    }

    private static void corrupted() {
        throw new jzend.zend.alloc.ZendMMPanic("zend_mm_heap corrupted");
    }

    private static void outOfMemory() {
        System.err.println("Out of memory");
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    // ------------------------------------------------------------------ the interface layer

    public static long emalloc(long n) {
        return heapMalloc(n);
    }

    /**
     * The emalloc macro on a constant size: a small one reaches the custom heap as its bin's size
     * (ZEND_MM_CUSTOM_ALLOCATOR in _emalloc_&lt;bin&gt;), so tracked usage counts 160 for a
     * 136-byte packed table, as PHP does.
     */
    public static long emalloc_bin(long n) {
        if (n < 0 || n > ZendMM.MAX_SMALL_SIZE) return heapMalloc(n);
        return heapMalloc(ZendMMBins.binSize(ZendMMBins.sizeToBin(n)));
    }

    public static long safe_emalloc(long nmemb, long n, long offset) {
        return heapMalloc(safeAddress(nmemb, n, offset));
    }

    public static long ecalloc(long nmemb, long n) {
        long total = safeAddress(nmemb, n, 0);
        long p = heapMalloc(total);
        NativeMemory.fill(p, total, (byte) 0);
        return p;
    }

    public static long erealloc(long p, long n) {
        return heapRealloc(p, n);
    }

    public static long erealloc2(long p, long n, long copySize) {
        return heapRealloc(p, n);
    }

    public static long safe_erealloc(long p, long nmemb, long n, long offset) {
        return heapRealloc(p, safeAddress(nmemb, n, offset));
    }

    public static void efree(long p) {
        heapFree(p);
    }

    public static long estrdup(long s) {
        long len = 0;
        while (NativeMemory.getByte(s + len) != 0) len++;
        long p = heapMalloc(safeAddress(1, len, 1));
        NativeMemory.copy(s, p, len + 1);
        return p;
    }

    public static long estrndup(long s, long len) {
        long p = heapMalloc(safeAddress(1, len, 1));
        NativeMemory.copy(s, p, len);
        NativeMemory.putByte(p + len, (byte) 0);
        return p;
    }

    /** zend_mem_block_size: 0 for a custom heap, as in PHP. */
    public static long zend_mem_block_size(long p) {
        return 0;
    }

    public static long zend_memory_usage(boolean realUsage) {
        long v = realUsage ? realSize : size;
        if (AllocObserver.current != null) AllocObserver.current.usageQueried(false, realUsage, v);
        return v;
    }

    public static long zend_memory_peak_usage(boolean realUsage) {
        long v = realUsage ? realPeak : peak;
        if (AllocObserver.current != null) AllocObserver.current.usageQueried(true, realUsage, v);
        return v;
    }

    public static void zend_memory_reset_peak_usage() {
        peak = size;
        realPeak = realSize;
        if (AllocObserver.current != null) AllocObserver.current.peakReset();
    }

    /** ZendAlloc.profile_stats: usage, peak, real size, real peak (tracked figures; 0 untracked), no chunks. */
    public static void profile_stats(long[] out) {
        out[0] = size;
        out[1] = peak;
        out[2] = realSize;
        out[3] = realPeak;
        out[4] = 0;
    }

    /** Whether {@code USE_TRACKED_ALLOC=1} is in effect (usage then follows the requested sizes). */
    public static boolean tracked() {
        return tracked;
    }

    /** For the memory profiler: malloc_usable_size of a block (ZendAlloc's grantedSize in malloc mode). */
    public static long grantedSize(long p) {
        return LibC.malloc_usable_size(p);
    }

    /** zend_set_memory_limit on a custom heap: stored (and enforced only when tracked). */
    public static boolean zend_set_memory_limit(long memoryLimit) {
        if (Long.compareUnsigned(memoryLimit, realSize) < 0) return false;
        limit = memoryLimit;
        return true;
    }

    /** zend_mm_gc: 0 for custom heaps. */
    public static long zend_mm_gc() {
        return 0;
    }

    /** The custom-heap branch of zend_mm_shutdown. */
    public static void zend_mm_shutdown(boolean fullShutdown, boolean silent) {
        if (!installed) return;
        if (tracked) {
            if (silent) {
                trackedAllocs.forEach(p -> {
                    freeCalls++;
                    LibC.free(p);
                });
            }
            trackedAllocs.clear();
            size = 0;
            realSize = 0;
        }
        if (fullShutdown) installed = false;
    }

    public static String zend_mm_status() {
        return "malloc" + (tracked ? " (tracked)" : "") + " malloc=" + mallocCalls + " calloc=" + callocCalls
                + " realloc=" + reallocCalls + " free=" + freeCalls + " size=" + size + " real=" + realSize
                + (tracked ? " live=" + trackedAllocs.count() : "");
    }

    // Persistent memory and size arithmetic are the same in both modes: this class is never
    // rewritten, so these calls reach the interface layer itself.

    public static long pemalloc(long n) {
        return ZendAlloc.pemalloc(n);
    }

    public static long pecalloc(long nmemb, long n) {
        return ZendAlloc.pecalloc(nmemb, n);
    }

    public static long perealloc(long p, long n) {
        return ZendAlloc.perealloc(p, n);
    }

    public static void pefree(long p) {
        ZendAlloc.pefree(p);
    }

    public static long safeAddress(long nmemb, long n, long offset) {
        return ZendAlloc.safeAddress(nmemb, n, offset);
    }

    // ------------------------------------------------------------------ for tests and traces

    /** Calls made to malloc, calloc, realloc and free so far. */
    public static long[] callCounts() {
        return new long[]{mallocCalls, callocCalls, reallocCalls, freeCalls};
    }

    /** Number of live tracked blocks (tracked mode), else -1. */
    public static int liveBlocks() {
        return tracked ? trackedAllocs.count() : -1;
    }
}
