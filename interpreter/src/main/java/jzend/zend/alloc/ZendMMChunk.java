package jzend.zend.alloc;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * The header of a 2 MB chunk (struct _zend_mm_chunk), kept in the chunk's first page exactly as
 * php-src lays it out, with accessors by address.
 *
 * <pre>
 *   @0    zend_mm_heap *heap        (identity of the owning heap)
 *   @8    zend_mm_chunk *next, @16 *prev   (the ring starting at main_chunk)
 *   @24   uint32 free_pages, @28 uint32 free_tail, @32 uint32 num
 *   @64   zend_mm_heap heap_slot    (392 bytes; jzend keeps the heap's fields in Java)
 *   @456  zend_mm_bitset free_map[8]   (bit set = page used)
 *   @520  zend_mm_page_info map[512]
 *   @2568 end of header
 * </pre>
 */
final class ZendMMChunk {
    private ZendMMChunk() {}

    static final int HEAP = 0, NEXT = 8, PREV = 16, FREE_PAGES = 24, FREE_TAIL = 28, NUM = 32;
    static final int HEAP_SLOT = 64, FREE_MAP = 456, MAP = 520;
    static final int HEADER_SIZE = MAP + 4 * ZendMM.PAGES;
    static final int BITSET_WORDS = ZendMM.PAGES / 64;

    static long heap(long c) { return getLong(c + HEAP); }
    static void setHeap(long c, long h) { putLong(c + HEAP, h); }
    static long next(long c) { return getLong(c + NEXT); }
    static void setNext(long c, long n) { putLong(c + NEXT, n); }
    static long prev(long c) { return getLong(c + PREV); }
    static void setPrev(long c, long p) { putLong(c + PREV, p); }
    static int freePages(long c) { return getInt(c + FREE_PAGES); }
    static void setFreePages(long c, int v) { putInt(c + FREE_PAGES, v); }
    static int freeTail(long c) { return getInt(c + FREE_TAIL); }
    static void setFreeTail(long c, int v) { putInt(c + FREE_TAIL, v); }
    static int num(long c) { return getInt(c + NUM); }
    static void setNum(long c, int v) { putInt(c + NUM, v); }

    static int map(long c, int page) { return getInt(c + MAP + 4L * page); }
    static void setMap(long c, int page, int info) { putInt(c + MAP + 4L * page, info); }

    static long freeMapWord(long c, int word) { return getLong(c + FREE_MAP + 8L * word); }
    static void setFreeMapWord(long c, int word, long v) { putLong(c + FREE_MAP + 8L * word, v); }

    /** zend_mm_bitset_is_set */
    static boolean isPageUsed(long c, int page) {
        return (freeMapWord(c, page >>> 6) & (1L << (page & 63))) != 0;
    }

    /** Port of zend_mm_bitset_set_range. */
    static void setRange(long c, int start, int len) {
        for (int page = start, end = start + len; page < end; ) {
            int word = page >>> 6, bit = page & 63;
            int n = Math.min(64 - bit, end - page);
            long mask = (n == 64 ? -1L : ((1L << n) - 1)) << bit;
            setFreeMapWord(c, word, freeMapWord(c, word) | mask);
            page += n;
        }
    }

    /** Port of zend_mm_bitset_reset_range. */
    static void resetRange(long c, int start, int len) {
        for (int page = start, end = start + len; page < end; ) {
            int word = page >>> 6, bit = page & 63;
            int n = Math.min(64 - bit, end - page);
            long mask = (n == 64 ? -1L : ((1L << n) - 1)) << bit;
            setFreeMapWord(c, word, freeMapWord(c, word) & ~mask);
            page += n;
        }
    }

    /** Port of zend_mm_bitset_is_free_range. */
    static boolean isFreeRange(long c, int start, int len) {
        for (int page = start, end = start + len; page < end; ) {
            int word = page >>> 6, bit = page & 63;
            int n = Math.min(64 - bit, end - page);
            long mask = (n == 64 ? -1L : ((1L << n) - 1)) << bit;
            if ((freeMapWord(c, word) & mask) != 0) return false;
            page += n;
        }
        return true;
    }

    /** Clears free_map and map (the memset of zend_mm_shutdown). */
    static void clearMaps(long c) {
        NativeMemory.fill(c + FREE_MAP, HEADER_SIZE - FREE_MAP, (byte) 0);
    }
}
