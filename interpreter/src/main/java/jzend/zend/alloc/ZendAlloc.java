package jzend.zend.alloc;

/**
 * The allocation interface of zend_alloc.h that the rest of jzend calls: emalloc and friends on
 * the request heap {@code AG(mm_heap)}, pemalloc for persistent memory, and the usage queries
 * behind memory_get_usage().
 *
 * <p>This class is deliberately small and has no "custom heap" branch: with
 * {@code USE_ZEND_ALLOC=0} the allocator agent rewrites every call to these methods in the
 * interpreter's classes so that they reach malloc-style storage instead, as php-src's
 * alloc_globals_ctor does by installing custom handlers.
 */
public final class ZendAlloc {
    private ZendAlloc() {}

    /** Port of _emalloc. */
    public static long emalloc(long size) {
        long p = AllocGlobals.mm_heap.alloc(size);
        if (AllocObserver.current != null) observeAlloc(p, size);
        return p;
    }

    /**
     * The emalloc macro on a size known at compile time (ZEND_ALLOCATOR): a small size is asked
     * for as its bin's size (_emalloc_&lt;bin&gt;()), which is what a custom heap's handler
     * (USE_ZEND_ALLOC=0) is handed; larger sizes as they are.
     */
    public static long emalloc_bin(long size) {
        return emalloc(size >= 0 && size <= ZendMM.MAX_SMALL_SIZE ? ZendMMBins.binSize(ZendMMBins.sizeToBin(size)) : size);
    }

    /** Port of _safe_emalloc: emalloc(nmemb * size + offset), failing on size_t overflow. */
    public static long safe_emalloc(long nmemb, long size, long offset) {
        long total = safeAddress(nmemb, size, offset);
        long p = AllocGlobals.mm_heap.alloc(total);
        if (AllocObserver.current != null) observeAlloc(p, total);
        return p;
    }

    /** Port of _ecalloc. */
    public static long ecalloc(long nmemb, long size) {
        long total = safeAddress(nmemb, size, 0);
        long p = AllocGlobals.mm_heap.alloc(total);
        if (AllocObserver.current != null) observeAlloc(p, total);
        NativeMemory.fill(p, total, (byte) 0);
        return p;
    }

    /** Port of _erealloc. */
    public static long erealloc(long ptr, long size) {
        if (AllocObserver.current != null) return observedRealloc(ptr, size, size, false);
        return AllocGlobals.mm_heap.realloc(ptr, size);
    }

    /** Port of _erealloc2: keeps at most {@code copySize} bytes. */
    public static long erealloc2(long ptr, long size, long copySize) {
        if (AllocObserver.current != null) return observedRealloc(ptr, size, copySize, true);
        return AllocGlobals.mm_heap.realloc2(ptr, size, copySize);
    }

    /** Port of _safe_erealloc. */
    public static long safe_erealloc(long ptr, long nmemb, long size, long offset) {
        long total = safeAddress(nmemb, size, offset);
        if (AllocObserver.current != null) return observedRealloc(ptr, total, total, false);
        return AllocGlobals.mm_heap.realloc(ptr, total);
    }

    /** Port of _efree. */
    public static void efree(long ptr) {
        AllocObserver o = AllocObserver.current;
        if (o != null && ptr != 0) o.free(ptr, grantedSize(ptr));
        AllocGlobals.mm_heap.free(ptr);
    }

    /**
     * What a block really takes from the heap's {@code size}: its bin, page run or huge mapping,
     * plus the 24-byte huge-list node a huge block brings with it. For the memory profiler.
     */
    public static long grantedSize(long ptr) {
        long n = AllocGlobals.mm_heap.blockSize(ptr);
        return (ptr & (ZendMM.CHUNK_SIZE - 1)) == 0 ? n + 24 : n;
    }

    private static void observeAlloc(long p, long size) {
        AllocObserver o = AllocObserver.current;
        if (o != null) o.alloc(p, size, grantedSize(p));
    }

    /** erealloc2 with the observer told the old and the new block. */
    private static long observedRealloc(long ptr, long size, long copySize, boolean useCopySize) {
        long oldGranted = ptr == 0 ? 0 : grantedSize(ptr);
        long p = useCopySize ? AllocGlobals.mm_heap.realloc2(ptr, size, copySize) : AllocGlobals.mm_heap.realloc(ptr, size);
        AllocObserver o = AllocObserver.current;
        if (o != null) o.realloc(ptr, oldGranted, p, size, grantedSize(p));
        return p;
    }

    /** Port of _estrdup: copies a NUL-terminated native string. */
    public static long estrdup(long s) {
        long len = 0;
        while (NativeMemory.getByte(s + len) != 0) len++;
        long p = emalloc(safeAddress(1, len, 1));
        NativeMemory.copy(s, p, len + 1);
        return p;
    }

    /** Port of _estrndup: copies {@code len} bytes and adds a NUL. */
    public static long estrndup(long s, long len) {
        long p = emalloc(safeAddress(1, len, 1));
        NativeMemory.copy(s, p, len);
        NativeMemory.putByte(p + len, (byte) 0);
        return p;
    }

    /** Port of zend_mem_block_size: the size the allocator really handed out. */
    public static long zend_mem_block_size(long ptr) {
        return AllocGlobals.mm_heap.blockSize(ptr);
    }

    /** Port of zend_memory_usage (memory_get_usage). */
    public static long zend_memory_usage(boolean realUsage) {
        ZendMMHeap heap = AllocGlobals.mm_heap;
        long v = realUsage ? heap.realSize() : heap.size();
        if (AllocObserver.current != null) AllocObserver.current.usageQueried(false, realUsage, v);
        return v;
    }

    /** Port of zend_memory_peak_usage (memory_get_peak_usage). */
    public static long zend_memory_peak_usage(boolean realUsage) {
        ZendMMHeap heap = AllocGlobals.mm_heap;
        long v = realUsage ? heap.realPeak() : heap.peak();
        if (AllocObserver.current != null) AllocObserver.current.usageQueried(true, realUsage, v);
        return v;
    }

    /** Port of zend_memory_reset_peak_usage (memory_reset_peak_usage, new in 8.2). */
    public static void zend_memory_reset_peak_usage() {
        AllocGlobals.mm_heap.resetPeak();
        if (AllocObserver.current != null) AllocObserver.current.peakReset();
    }

    /** Port of zend_set_memory_limit. */
    public static boolean zend_set_memory_limit(long memoryLimit) {
        return AllocGlobals.mm_heap.setMemoryLimit(memoryLimit);
    }

    /** Port of zend_mm_gc on AG(mm_heap) (gc_mem_caches). */
    public static long zend_mm_gc() {
        return AllocGlobals.mm_heap.gc();
    }

    /**
     * The heap's figures for the memory profiler, read without telling the observer: usage, peak,
     * real size, real peak, chunks in use. (The agent's MallocAlloc fills its own.)
     */
    public static void profile_stats(long[] out) {
        ZendMMHeap heap = AllocGlobals.mm_heap;
        if (heap == null) return;
        out[0] = heap.size();
        out[1] = heap.peak();
        out[2] = heap.realSize();
        out[3] = heap.realPeak();
        out[4] = heap.chunksCount();
    }

    /** Port of is_zend_mm: true, unless the agent has rerouted this layer to malloc. */
    public static boolean is_zend_mm() {
        return true;
    }

    /**
     * The USE_ZEND_ALLOC=0 branch of alloc_globals_ctor: install the system allocator as a custom
     * heap. Without the agent there is none to install: returns false, and start-up refuses.
     */
    public static boolean zend_mm_install_system_allocator(boolean tracked) {
        return false;
    }

    /** Port of zend_mm_shutdown on AG(mm_heap) (shutdown_memory_manager's work). */
    public static void zend_mm_shutdown(boolean fullShutdown, boolean silent) {
        ZendMMHeap heap = AllocGlobals.mm_heap;
        if (heap == null) return;
        heap.shutdown(fullShutdown, silent);
        if (fullShutdown) AllocGlobals.mm_heap = null;
    }

    /** One line describing the allocator's state, for traces: which allocator, and its figures. */
    public static String zend_mm_status() {
        ZendMMHeap heap = AllocGlobals.mm_heap;
        if (heap == null) return "zendmm (not started)";
        return "zendmm size=" + heap.size() + " peak=" + heap.peak() + " real=" + heap.realSize()
                + " real_peak=" + heap.realPeak() + " chunks=" + heap.chunksCount() + " cached=" + heap.cachedChunksCount()
                + " huge=" + heap.hugeBlocksCount() + " storage=" + heap.storage().name();
    }

    /** Port of __zend_malloc (pemalloc with persistent=1): libc malloc, "Out of memory" on failure. */
    public static long pemalloc(long size) {
        long p = LibC.malloc(size);
        if (p == 0 && size != 0) zend_out_of_memory();
        return p;
    }

    /** Port of __zend_calloc. */
    public static long pecalloc(long nmemb, long size) {
        long p = LibC.calloc(nmemb, size);
        if (p == 0 && nmemb != 0 && size != 0) zend_out_of_memory();
        return p;
    }

    /** Port of __zend_realloc. */
    public static long perealloc(long ptr, long size) {
        long p = LibC.realloc(ptr, size);
        if (p == 0 && size != 0) zend_out_of_memory();
        return p;
    }

    /** Port of free() as pefree with persistent=1. */
    public static void pefree(long ptr) {
        LibC.free(ptr);
    }

    /** Port of zend_safe_address_guarded: nmemb * size + offset, or the overflow fatal error. */
    public static long safeAddress(long nmemb, long size, long offset) {
        long hi = Math.unsignedMultiplyHigh(nmemb, size);
        long lo = nmemb * size;
        long res = lo + offset;
        if (hi != 0 || Long.compareUnsigned(res, lo) < 0) {
            throw AllocGlobals.fatal("Possible integer overflow in memory allocation ("
                    + Long.toUnsignedString(nmemb) + " * " + Long.toUnsignedString(size) + " + "
                    + Long.toUnsignedString(offset) + ")");
        }
        return res;
    }

    /** Port of zend_out_of_memory: what PHP does when the system allocator fails. */
    private static void zend_out_of_memory() {
        System.err.println("Out of memory");
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
