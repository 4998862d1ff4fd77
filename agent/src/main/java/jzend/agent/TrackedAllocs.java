package jzend.agent;

/**
 * The table of live blocks of the tracked system allocator (php-src's {@code tracked_allocs}
 * HashTable, keyed by {@code ptr >> 3}): pointer → size, in open addressing over two primitive
 * arrays so that a lookup, insert or delete allocates nothing on the Java heap (the arrays only
 * grow, by doubling, as the number of live blocks does).
 */
final class TrackedAllocs {
    private long[] keys = new long[1024];
    private long[] sizes = new long[1024];
    private int count;

    private static int slot(long ptr, int mask) {
        long h = (ptr >>> 3) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** tracked_add */
    void put(long ptr, long size) {
        if ((count + 1) * 4 > keys.length * 3) grow();
        int mask = keys.length - 1;
        int i = slot(ptr, mask);
        while (keys[i] != 0 && keys[i] != ptr) i = (i + 1) & mask;
        if (keys[i] == 0) count++;
        keys[i] = ptr;
        sizes[i] = size;
    }

    /** The size of a live block, or -1 when the pointer is not one (tracked_get_size_zv's "zend_mm_heap corrupted"). */
    long get(long ptr) {
        int mask = keys.length - 1;
        for (int i = slot(ptr, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == ptr) return sizes[i];
        }
        return -1;
    }

    /** zend_hash_del_bucket: removes a live block (backward-shift deletion, no tombstones). */
    void remove(long ptr) {
        int mask = keys.length - 1;
        int i = slot(ptr, mask);
        while (keys[i] != ptr) {
            if (keys[i] == 0) return;
            i = (i + 1) & mask;
        }
        count--;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == 0) break;
            int home = slot(keys[j], mask);
            // move keys[j] into the hole at i if its home slot is not in (i, j]
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                sizes[i] = sizes[j];
                i = j;
            }
        }
        keys[i] = 0;
        sizes[i] = 0;
    }

    int count() { return count; }

    /** Calls {@code action} for every live block (tracked_free_all). */
    void forEach(java.util.function.LongConsumer action) {
        for (long k : keys.clone()) if (k != 0) action.accept(k);
    }

    /** zend_hash_clean */
    void clear() {
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(sizes, 0);
        count = 0;
    }

    private void grow() {
        long[] oldKeys = keys, oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        sizes = new long[oldKeys.length * 2];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) put(oldKeys[i], oldSizes[i]);
    }
}
