package jzend.zend.alloc;

/**
 * What the interface layer (ZendAlloc, or the agent's MallocAlloc) tells a memory profiler: every
 * allocation, reallocation and free of the request heap with the size asked for and the size the
 * allocator really granted. Not a port of a php-src structure: the profiler of jzend's
 * {@code --mem-profile}.
 *
 * <p>The allocators never consult the observer: they make their decisions first, then report them,
 * and only when {@link #current} is set (one static null check on the hot path when no profiler
 * runs). {@link #kind} is a tag the callers that know what a block is for (zend_string, HashTable)
 * set just before their allocation; the observer reads it and resets it to {@link #KIND_OTHER}.
 */
public abstract class AllocObserver {
    /** The installed observer, or null (no recording). */
    public static AllocObserver current;

    /** What the next allocation or reallocation is for: one of the KIND_ constants. */
    public static byte kind;

    public static final byte KIND_OTHER = 0, KIND_STRING = 1, KIND_HASH_HEADER = 2, KIND_HASH_DATA = 3;
    public static final String[] KIND_NAMES = {"other", "zend_string", "HashTable", "hash/packed data"};

    /** A block of {@code granted} bytes at {@code ptr} for a request of {@code requested} bytes. */
    public abstract void alloc(long ptr, long requested, long granted);

    /** {@code oldPtr} ({@code oldGranted} bytes) became {@code newPtr}, granted for {@code requested} bytes. */
    public abstract void realloc(long oldPtr, long oldGranted, long newPtr, long requested, long granted);

    /** The block at {@code ptr} ({@code granted} bytes) is about to be freed. */
    public abstract void free(long ptr, long granted);

    /** memory_get_usage / memory_get_peak_usage answered {@code value}. */
    public void usageQueried(boolean peak, boolean real, long value) {}

    /** memory_reset_peak_usage() ran. */
    public void peakReset() {}
}
