package jzend.zend.alloc;

import jzend.zend.ZendBailout;

import java.util.HashMap;
import java.util.Map;

import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;
import static jzend.zend.alloc.ZendMM.CHUNK_SIZE;
import static jzend.zend.alloc.ZendMM.FIRST_PAGE;
import static jzend.zend.alloc.ZendMM.FREE_PAGES;
import static jzend.zend.alloc.ZendMM.IS_LRUN;
import static jzend.zend.alloc.ZendMM.IS_SRUN;
import static jzend.zend.alloc.ZendMM.MAX_LARGE_SIZE;
import static jzend.zend.alloc.ZendMM.MAX_SMALL_SIZE;
import static jzend.zend.alloc.ZendMM.PAGES;
import static jzend.zend.alloc.ZendMM.PAGE_SIZE;

/**
 * A Zend memory manager heap (struct _zend_mm_heap): a port of PHP 8.2's zend_alloc.c.
 *
 * <p>Memory comes in 2 MB chunks, 2 MB-aligned, from a {@link ZendMMStorage}; each chunk is 512
 * pages of 4 KB whose first page holds the chunk header ({@link ZendMMChunk}). Requests up to
 * 3072 bytes are served from 30 bins of fixed-size elements ("small"), requests up to 2 MB − 4 KB
 * from runs of whole pages found by a best-fit bitmap search ("large"), and bigger ones get their
 * own mapping ("huge"), tracked on a list of nodes that are themselves small blocks of the heap.
 *
 * <p>The chunk headers, the free lists (the first word of a free element points to the next) and
 * the huge-list nodes live in native memory as in C. The heap's own fields are Java fields: the
 * JIT keeps them in registers, and the hot paths ({@link #alloc}, {@link #free}) touch the Java
 * heap not at all.
 *
 * <p>Unlike C, a bad pointer can never crash the JVM: before reading through a pointer handed
 * back to it, the heap checks that its chunk is one of its own (a small open-addressing table of
 * chunk addresses) and otherwise panics with PHP's "zend_mm_heap corrupted". With {@code debug}
 * on (JZEND_MM_DEBUG=1) it also catches double frees and free-list corruption and poisons freed
 * blocks.
 */
public final class ZendMMHeap {
    /** Byte written over freed blocks in debug mode. */
    public static final byte POISON = (byte) 0x5a;
    static final String CORRUPTED = "zend_mm_heap corrupted";
    /** Size of a zend_mm_huge_list node {ptr, size, next}. */
    static final int HUGE_NODE_SIZE = 24;
    private static final int HUGE_NODE_BIN = ZendMMBins.sizeToBin(HUGE_NODE_SIZE);

    private final ZendMMStorage storage;
    private final boolean debug;

    // struct _zend_mm_heap, in order
    private long size;
    private long peak;
    private final long[] freeSlot = new long[ZendMMBins.BINS];
    private long realSize;
    private long realPeak;
    private long limit;
    private boolean overflow;
    private long hugeList;
    private long mainChunk;
    private long cachedChunks;
    private int chunksCount;
    private int peakChunksCount;
    private int cachedChunksCount;
    private double avgChunksCount;
    private int lastChunksDeleteBoundary;
    private int lastChunksDeleteCount;

    /** The heap's identity as stored in chunk->heap: the address of heap_slot in the main chunk. */
    private long heapAddr;
    private ZendMMErrorHandler errorHandler;

    /** Chunks of the ring (in use, not cached), by address: open addressing, 0 = empty. */
    private long[] owned = new long[16];
    private int ownedCount;
    /** The chunk that passed the last ownership check (0 = none): most frees hit the same chunk. */
    private long lastOwned;

    /** Debug mode: per chunk, one bit per 8-byte granule that starts a free small element. */
    private final Map<Long, long[]> freeBits;

    private ZendMMHeap(ZendMMStorage storage, boolean debug) {
        this.storage = storage;
        this.debug = debug;
        this.freeBits = debug ? new HashMap<>() : null;
    }

    /**
     * Port of zend_mm_init (and zend_mm_startup_ex for a storage): maps the main chunk and
     * initialises the heap in it.
     *
     * @throws OutOfMemoryError-free: returns null when the system has no memory for the first chunk
     */
    public static ZendMMHeap init(ZendMMStorage storage, boolean debug) {
        long chunk = storage.chunkAlloc(CHUNK_SIZE, CHUNK_SIZE);
        if (chunk == 0) return null;
        ZendMMHeap heap = new ZendMMHeap(storage, debug);
        heap.mainChunk = chunk;
        heap.heapAddr = chunk + ZendMMChunk.HEAP_SLOT;
        ZendMMChunk.setHeap(chunk, heap.heapAddr);
        ZendMMChunk.setNext(chunk, chunk);
        ZendMMChunk.setPrev(chunk, chunk);
        ZendMMChunk.setFreePages(chunk, PAGES - FIRST_PAGE);
        ZendMMChunk.setFreeTail(chunk, FIRST_PAGE);
        ZendMMChunk.setNum(chunk, 0);
        ZendMMChunk.setFreeMapWord(chunk, 0, (1L << FIRST_PAGE) - 1);
        ZendMMChunk.setMap(chunk, 0, ZendMM.lrun(FIRST_PAGE));
        heap.cachedChunks = 0;
        heap.chunksCount = 1;
        heap.peakChunksCount = 1;
        heap.cachedChunksCount = 0;
        heap.avgChunksCount = 1.0;
        heap.lastChunksDeleteBoundary = 0;
        heap.lastChunksDeleteCount = 0;
        heap.realSize = CHUNK_SIZE;
        heap.realPeak = CHUNK_SIZE;
        heap.size = 0;
        heap.peak = 0;
        heap.limit = ZendMM.DEFAULT_LIMIT;
        heap.overflow = false;
        heap.hugeList = 0;
        heap.addOwned(chunk);
        return heap;
    }

    // ------------------------------------------------------------------ chunk ownership

    private static int ownedSlot(long chunk, int mask) {
        long k = chunk >>> 21;
        return (int) ((k ^ (k >>> 17)) * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }

    /** Whether {@code chunk} is a chunk of this heap's ring (the safe form of chunk->heap == heap). */
    private boolean isOwned(long chunk) {
        long[] t = owned;
        int mask = t.length - 1;
        for (int i = ownedSlot(chunk, mask); ; i = (i + 1) & mask) {
            long v = t[i];
            if (v == chunk) return true;
            if (v == 0) return false;
        }
    }

    private void addOwned(long chunk) {
        if ((ownedCount + 1) * 2 > owned.length) {
            long[] old = owned;
            owned = new long[old.length * 2];
            ownedCount = 0;
            for (long c : old) if (c != 0) addOwned(c);
        }
        long[] t = owned;
        int mask = t.length - 1;
        int i = ownedSlot(chunk, mask);
        while (t[i] != 0) i = (i + 1) & mask;
        t[i] = chunk;
        ownedCount++;
    }

    private void removeOwned(long chunk) {
        lastOwned = 0;
        long[] t = owned;
        int mask = t.length - 1;
        int i = ownedSlot(chunk, mask);
        while (t[i] != chunk) {
            if (t[i] == 0) return;
            i = (i + 1) & mask;
        }
        t[i] = 0;
        ownedCount--;
        // re-insert the rest of the cluster (linear-probing deletion)
        for (int j = (i + 1) & mask; t[j] != 0; j = (j + 1) & mask) {
            long c = t[j];
            t[j] = 0;
            ownedCount--;
            int k = ownedSlot(c, mask);
            while (t[k] != 0) k = (k + 1) & mask;
            t[k] = c;
            ownedCount++;
        }
    }

    /** The chunk of a pointer into a chunk, after checking it is ours (else panic). */
    private long checkedChunk(long ptr) {
        long chunk = ptr & -CHUNK_SIZE;
        if (chunk != lastOwned) {
            if (!isOwned(chunk)) throw new ZendMMPanic(CORRUPTED);
            lastOwned = chunk;
        }
        return chunk;
    }

    // ------------------------------------------------------------------ errors

    /** Port of zend_mm_safe_error: report with the limit lifted, then bail out. */
    private ZendBailout safeError(String message) {
        overflow = true;
        try {
            ZendMMErrorHandler h = errorHandler != null ? errorHandler : AllocGlobals.zend_error_cb;
            if (h != null) h.fatal(message);
        } catch (ZendBailout reported) {
            // zend_try { zend_error_noreturn(...) } zend_catch { } zend_end_try();
        } finally {
            overflow = false;
        }
        throw new ZendBailout(message);
    }

    private static String limitMessage(long limit, long tried) {
        return "Allowed memory size of " + Long.toUnsignedString(limit) + " bytes exhausted (tried to allocate "
                + Long.toUnsignedString(tried) + " bytes)";
    }

    private String outOfMemoryMessage(long tried) {
        return "Out of memory (allocated " + Long.toUnsignedString(realSize) + " bytes) (tried to allocate "
                + Long.toUnsignedString(tried) + " bytes)";
    }

    /** {@code add > limit - used} in size_t arithmetic. */
    private static boolean exceeds(long add, long limit, long used) {
        return Long.compareUnsigned(add, limit - used) > 0;
    }

    // ------------------------------------------------------------------ chunks and pages

    /** Port of zend_mm_chunk_init: link a fresh or cached chunk into the ring before main. */
    private void chunkInit(long chunk) {
        ZendMMChunk.setHeap(chunk, heapAddr);
        ZendMMChunk.setNext(chunk, mainChunk);
        long prev = ZendMMChunk.prev(mainChunk);
        ZendMMChunk.setPrev(chunk, prev);
        ZendMMChunk.setNext(prev, chunk);
        ZendMMChunk.setPrev(mainChunk, chunk);
        ZendMMChunk.setFreePages(chunk, PAGES - FIRST_PAGE);
        ZendMMChunk.setFreeTail(chunk, FIRST_PAGE);
        ZendMMChunk.setNum(chunk, ZendMMChunk.num(prev) + 1);
        ZendMMChunk.setFreeMapWord(chunk, 0, (1L << FIRST_PAGE) - 1);
        ZendMMChunk.setMap(chunk, 0, ZendMM.lrun(FIRST_PAGE));
        addOwned(chunk);
    }

    /** Port of zend_mm_alloc_pages: best-fit search of a run of free pages, else a new chunk. */
    private long allocPages(int pagesCount) {
        long chunk = mainChunk;
        int pageNum;
        int steps = 0;

        search:
        while (true) {
            if (ZendMMChunk.freePages(chunk) >= pagesCount) {
                int best = -1;
                int bestLen = PAGES;
                int freeTail = ZendMMChunk.freeTail(chunk);
                int word = 0;
                long tmp = ZendMMChunk.freeMapWord(chunk, word++);
                int i = 0;
                while (true) {
                    // skip allocated blocks
                    while (tmp == -1L) {
                        i += 64;
                        if (i == PAGES) {
                            if (best > 0) {
                                pageNum = best;
                                break search;
                            }
                            break;
                        }
                        tmp = ZendMMChunk.freeMapWord(chunk, word++);
                    }
                    if (i == PAGES) break; // not found in this chunk
                    // find first 0 bit
                    pageNum = i + Long.numberOfTrailingZeros(~tmp);
                    // reset bits from 0 to "bit"
                    tmp &= tmp + 1;
                    // skip free blocks
                    boolean tailReached = false;
                    while (tmp == 0) {
                        i += 64;
                        if (i >= freeTail || i == PAGES) {
                            int len = PAGES - pageNum;
                            if (len >= pagesCount && len < bestLen) {
                                ZendMMChunk.setFreeTail(chunk, pageNum + pagesCount);
                                break search;
                            }
                            // set accurate value
                            ZendMMChunk.setFreeTail(chunk, pageNum);
                            if (best > 0) {
                                pageNum = best;
                                break search;
                            }
                            tailReached = true;
                            break;
                        }
                        tmp = ZendMMChunk.freeMapWord(chunk, word++);
                    }
                    if (tailReached) break; // not found in this chunk
                    // find first 1 bit
                    int len = i + Long.numberOfTrailingZeros(tmp) - pageNum;
                    if (len >= pagesCount) {
                        if (len == pagesCount) break search;
                        if (len < bestLen) {
                            bestLen = len;
                            best = pageNum;
                        }
                    }
                    // set bits from 0 to "bit"
                    tmp |= tmp - 1;
                }
            }
            // not_found:
            if (ZendMMChunk.next(chunk) == mainChunk) {
                chunk = getChunk(pagesCount);
                pageNum = FIRST_PAGE;
                break;
            }
            chunk = ZendMMChunk.next(chunk);
            steps++;
        }

        // found:
        if (steps > 2 && pagesCount < 8) {
            // move chunk into the head of the linked-list
            long prev = ZendMMChunk.prev(chunk), next = ZendMMChunk.next(chunk);
            if (ZendMMChunk.prev(next) != chunk || ZendMMChunk.next(prev) != chunk) throw new ZendMMPanic(CORRUPTED);
            ZendMMChunk.setNext(prev, next);
            ZendMMChunk.setPrev(next, prev);
            long head = ZendMMChunk.next(mainChunk);
            ZendMMChunk.setNext(chunk, head);
            ZendMMChunk.setPrev(chunk, mainChunk);
            ZendMMChunk.setNext(mainChunk, chunk);
            ZendMMChunk.setPrev(head, chunk);
        }
        // mark run as allocated
        ZendMMChunk.setFreePages(chunk, ZendMMChunk.freePages(chunk) - pagesCount);
        ZendMMChunk.setRange(chunk, pageNum, pagesCount);
        ZendMMChunk.setMap(chunk, pageNum, ZendMM.lrun(pagesCount));
        if (pageNum == ZendMMChunk.freeTail(chunk)) {
            ZendMMChunk.setFreeTail(chunk, pageNum + pagesCount);
        }
        return chunk + (long) pageNum * PAGE_SIZE;
    }

    /** The get_chunk part of zend_mm_alloc_pages: a cached chunk, or a new one within the limit. */
    private long getChunk(int pagesCount) {
        long chunk;
        while (true) {
            if (cachedChunks != 0) {
                cachedChunksCount--;
                chunk = cachedChunks;
                cachedChunks = ZendMMChunk.next(chunk);
                break;
            }
            if (exceeds(CHUNK_SIZE, limit, realSize)) {
                if (gc() != 0) continue;
                if (!overflow) {
                    // 8.2.36 reports the chunk it tried to map
                    throw safeError(limitMessage(limit, CHUNK_SIZE));
                }
            }
            chunk = storage.chunkAlloc(CHUNK_SIZE, CHUNK_SIZE);
            if (chunk == 0) {
                // insufficient memory
                if (gc() == 0 || (chunk = storage.chunkAlloc(CHUNK_SIZE, CHUNK_SIZE)) == 0) {
                    throw safeError(outOfMemoryMessage(PAGE_SIZE * pagesCount));
                }
            }
            realSize += CHUNK_SIZE;
            realPeak = Math.max(realPeak, realSize);
            break;
        }
        chunksCount++;
        if (chunksCount > peakChunksCount) peakChunksCount = chunksCount;
        chunkInit(chunk);
        return chunk;
    }

    /** Port of zend_mm_free_pages_ex. */
    private void freePagesEx(long chunk, int pageNum, int pagesCount, boolean freeChunk) {
        ZendMMChunk.setFreePages(chunk, ZendMMChunk.freePages(chunk) + pagesCount);
        ZendMMChunk.resetRange(chunk, pageNum, pagesCount);
        ZendMMChunk.setMap(chunk, pageNum, 0);
        if (ZendMMChunk.freeTail(chunk) == pageNum + pagesCount) {
            // this setting may be not accurate
            ZendMMChunk.setFreeTail(chunk, pageNum);
        }
        if (freeChunk && chunk != mainChunk && ZendMMChunk.freePages(chunk) == FREE_PAGES) {
            deleteChunk(chunk);
        }
    }

    /** Port of zend_mm_delete_chunk: unlink an empty chunk and cache it or give it back. */
    private void deleteChunk(long chunk) {
        long next = ZendMMChunk.next(chunk), prev = ZendMMChunk.prev(chunk);
        ZendMMChunk.setPrev(next, prev);
        ZendMMChunk.setNext(prev, next);
        removeOwned(chunk);
        if (debug) freeBits.remove(chunk);
        chunksCount--;
        if (chunksCount + cachedChunksCount < avgChunksCount + 0.1
                || (chunksCount == lastChunksDeleteBoundary && lastChunksDeleteCount >= 4)) {
            // delay deletion
            cachedChunksCount++;
            ZendMMChunk.setNext(chunk, cachedChunks);
            cachedChunks = chunk;
        } else {
            realSize -= CHUNK_SIZE;
            if (cachedChunks == 0) {
                if (chunksCount != lastChunksDeleteBoundary) {
                    lastChunksDeleteBoundary = chunksCount;
                    lastChunksDeleteCount = 0;
                } else {
                    lastChunksDeleteCount++;
                }
            }
            if (cachedChunks == 0 || ZendMMChunk.num(chunk) > ZendMMChunk.num(cachedChunks)) {
                storage.chunkFree(chunk, CHUNK_SIZE);
            } else {
                ZendMMChunk.setNext(chunk, ZendMMChunk.next(cachedChunks));
                storage.chunkFree(cachedChunks, CHUNK_SIZE);
                cachedChunks = chunk;
            }
        }
    }

    // ------------------------------------------------------------------ small

    /** Port of zend_mm_alloc_small. */
    private long allocSmall(int bin) {
        long s = size + ZendMMBins.SIZE[bin];
        size = s;
        if (s > peak) peak = s;
        long p = freeSlot[bin];
        if (p != 0) {
            long next = getLong(p);
            if (debug) debugCheckPop(p, next, bin);
            freeSlot[bin] = next;
            return p;
        }
        return allocSmallSlow(bin);
    }

    /** Port of zend_mm_alloc_small_slow: carve a new run into elements 1..n-1 on the free list. */
    private long allocSmallSlow(int bin) {
        int pages = ZendMMBins.PAGES[bin];
        long run = allocPages(pages);
        long chunk = run & -CHUNK_SIZE;
        int pageNum = (int) ((run & (CHUNK_SIZE - 1)) / PAGE_SIZE);
        ZendMMChunk.setMap(chunk, pageNum, ZendMM.srun(bin));
        for (int i = 1; i < pages; i++) ZendMMChunk.setMap(chunk, pageNum + i, ZendMM.nrun(bin, i));
        int elSize = ZendMMBins.SIZE[bin];
        long end = run + (long) elSize * (ZendMMBins.ELEMENTS[bin] - 1);
        long p = run + elSize;
        freeSlot[bin] = p;
        do {
            putLong(p, p + elSize);
            if (debug) debugMarkFree(p, elSize);
            p += elSize;
        } while (p != end);
        putLong(p, 0);
        if (debug) debugMarkFree(p, elSize);
        return run;
    }

    /** Port of zend_mm_free_small. */
    private void freeSmall(long ptr, int bin) {
        size -= ZendMMBins.SIZE[bin];
        if (debug) debugFreeSmall(ptr, bin);
        putLong(ptr, freeSlot[bin]);
        freeSlot[bin] = ptr;
    }

    // ------------------------------------------------------------------ large and huge

    /** Port of zend_mm_alloc_large_ex. */
    private long allocLarge(long reqSize) {
        int pagesCount = (int) ((reqSize + PAGE_SIZE - 1) / PAGE_SIZE);
        long ptr = allocPages(pagesCount);
        long s = size + pagesCount * PAGE_SIZE;
        size = s;
        if (s > peak) peak = s;
        return ptr;
    }

    /** Port of zend_mm_free_large. */
    private void freeLarge(long chunk, int pageNum, int pagesCount) {
        size -= pagesCount * PAGE_SIZE;
        if (debug) NativeMemory.fill(chunk + pageNum * PAGE_SIZE, pagesCount * PAGE_SIZE, POISON);
        freePagesEx(chunk, pageNum, pagesCount, true);
    }

    /** Port of zend_mm_alloc_huge. */
    private long allocHuge(long reqSize) {
        long newSize = ZendMM.alignedSize(reqSize, PAGE_SIZE);
        if (Long.compareUnsigned(newSize, reqSize) < 0) {
            throw safeError("Possible integer overflow in memory allocation (" + Long.toUnsignedString(reqSize) + " + " + PAGE_SIZE + ")");
        }
        if (exceeds(newSize, limit, realSize)) {
            if (gc() != 0 && !exceeds(newSize, limit, realSize)) {
                // pass
            } else if (!overflow) {
                throw safeError(limitMessage(limit, newSize));
            }
        }
        long ptr = storage.chunkAlloc(newSize, CHUNK_SIZE);
        if (ptr == 0) {
            if (gc() == 0 || (ptr = storage.chunkAlloc(newSize, CHUNK_SIZE)) == 0) {
                throw safeError(outOfMemoryMessage(newSize));
            }
        }
        addHugeBlock(ptr, newSize);
        realSize += newSize;
        realPeak = Math.max(realPeak, realSize);
        long s = size + newSize;
        size = s;
        if (s > peak) peak = s;
        return ptr;
    }

    /** Port of zend_mm_add_huge_block: the node is a small block of this heap (counted in size). */
    private void addHugeBlock(long ptr, long blockSize) {
        long node = allocSmall(HUGE_NODE_BIN);
        putLong(node, ptr);
        putLong(node + 8, blockSize);
        putLong(node + 16, hugeList);
        hugeList = node;
    }

    /** Port of zend_mm_get_huge_block_size (panics when the block is not on the huge list). */
    private long hugeBlockSize(long ptr) {
        for (long node = hugeList; node != 0; node = getLong(node + 16)) {
            if (getLong(node) == ptr) return getLong(node + 8);
        }
        throw new ZendMMPanic(CORRUPTED);
    }

    /** Port of zend_mm_change_huge_block_size. */
    private void changeHugeBlockSize(long ptr, long newSize) {
        for (long node = hugeList; node != 0; node = getLong(node + 16)) {
            if (getLong(node) == ptr) {
                putLong(node + 8, newSize);
                return;
            }
        }
    }

    /** Port of zend_mm_del_huge_block: unlink and free the node, returning the block's size. */
    private long delHugeBlock(long ptr) {
        long prev = 0;
        for (long node = hugeList; node != 0; prev = node, node = getLong(node + 16)) {
            if (getLong(node) == ptr) {
                long next = getLong(node + 16);
                if (prev == 0) hugeList = next; else putLong(prev + 16, next);
                long blockSize = getLong(node + 8);
                free(node);
                return blockSize;
            }
        }
        throw new ZendMMPanic(CORRUPTED);
    }

    /** Port of zend_mm_free_huge. */
    private void freeHuge(long ptr) {
        long blockSize = delHugeBlock(ptr);
        storage.chunkFree(ptr, blockSize);
        realSize -= blockSize;
        size -= blockSize;
    }

    // ------------------------------------------------------------------ public entry points

    /** Port of zend_mm_alloc_heap: small, large or huge by size. */
    public long alloc(long reqSize) {
        if (Long.compareUnsigned(reqSize, MAX_SMALL_SIZE) <= 0) {
            return allocSmall(ZendMMBins.sizeToBin(reqSize));
        } else if (Long.compareUnsigned(reqSize, MAX_LARGE_SIZE) <= 0) {
            return allocLarge(reqSize);
        } else {
            return allocHuge(reqSize);
        }
    }

    /** Port of zend_mm_free_heap. */
    public void free(long ptr) {
        long pageOffset = ptr & (CHUNK_SIZE - 1);
        if (pageOffset == 0) {
            if (ptr != 0) freeHuge(ptr);
            return;
        }
        long chunk = checkedChunk(ptr);
        int pageNum = (int) (pageOffset >>> 12);
        int info = ZendMMChunk.map(chunk, pageNum);
        if ((info & IS_SRUN) != 0) {
            freeSmall(ptr, ZendMM.srunBin(info));
        } else {
            int pagesCount = ZendMM.lrunPages(info);
            if ((pageOffset & (PAGE_SIZE - 1)) != 0 || (info & IS_LRUN) == 0) throw new ZendMMPanic(CORRUPTED);
            freeLarge(chunk, pageNum, pagesCount);
        }
    }

    /** Port of _zend_mm_block_size: the size of the block the allocator really handed out. */
    public long blockSize(long ptr) {
        long pageOffset = ptr & (CHUNK_SIZE - 1);
        if (pageOffset == 0) return hugeBlockSize(ptr);
        long chunk = checkedChunk(ptr);
        int info = ZendMMChunk.map(chunk, (int) (pageOffset >>> 12));
        if ((info & IS_SRUN) != 0) return ZendMMBins.SIZE[ZendMM.srunBin(info)];
        if ((info & IS_LRUN) == 0) throw new ZendMMPanic(CORRUPTED);
        return ZendMM.lrunPages(info) * PAGE_SIZE;
    }

    /** Port of _zend_mm_realloc: {@code realloc2(ptr, size, size)}. */
    public long realloc(long ptr, long newSize) {
        return realloc(ptr, newSize, false, newSize);
    }

    /** Port of _zend_mm_realloc2: at most {@code copySize} bytes are preserved. */
    public long realloc2(long ptr, long newSize, long copySize) {
        return realloc(ptr, newSize, true, copySize);
    }

    /** Port of zend_mm_realloc_heap. */
    private long realloc(long ptr, long reqSize, boolean useCopySize, long copySize) {
        long pageOffset = ptr & (CHUNK_SIZE - 1);
        long oldSize;
        if (pageOffset == 0) {
            if (ptr == 0) return alloc(reqSize);
            return reallocHuge(ptr, reqSize, copySize);
        }
        long chunk = checkedChunk(ptr);
        int pageNum = (int) (pageOffset >>> 12);
        int info = ZendMMChunk.map(chunk, pageNum);
        if ((info & IS_SRUN) != 0) {
            int oldBin = ZendMM.srunBin(info);
            oldSize = ZendMMBins.SIZE[oldBin];
            if (Long.compareUnsigned(reqSize, oldSize) <= 0) {
                // Check if truncation is necessary
                if (oldBin > 0 && reqSize < ZendMMBins.SIZE[oldBin - 1]) {
                    long ret = allocSmall(ZendMMBins.sizeToBin(reqSize));
                    long n = useCopySize ? Math.min(reqSize, copySize) : reqSize;
                    NativeMemory.copy(ptr, ret, n);
                    freeSmall(ptr, oldBin);
                    return ret;
                }
                return ptr; // reallocation in-place
            } else if (Long.compareUnsigned(reqSize, MAX_SMALL_SIZE) <= 0) {
                // small extension
                long origPeak = peak;
                long ret = allocSmall(ZendMMBins.sizeToBin(reqSize));
                long n = useCopySize ? Math.min(oldSize, copySize) : oldSize;
                NativeMemory.copy(ptr, ret, n);
                freeSmall(ptr, oldBin);
                peak = Math.max(origPeak, size);
                return ret;
            }
            // slow reallocation
        } else {
            if ((pageOffset & (PAGE_SIZE - 1)) != 0 || (info & IS_LRUN) == 0) throw new ZendMMPanic(CORRUPTED);
            oldSize = ZendMM.lrunPages(info) * PAGE_SIZE;
            if (reqSize > MAX_SMALL_SIZE && Long.compareUnsigned(reqSize, MAX_LARGE_SIZE) <= 0) {
                long newSize = ZendMM.alignedSize(reqSize, PAGE_SIZE);
                if (newSize == oldSize) {
                    return ptr;
                } else if (newSize < oldSize) {
                    // free tail pages
                    int newPages = (int) (newSize / PAGE_SIZE);
                    int restPages = (int) ((oldSize - newSize) / PAGE_SIZE);
                    size -= restPages * PAGE_SIZE;
                    ZendMMChunk.setMap(chunk, pageNum, ZendMM.lrun(newPages));
                    ZendMMChunk.setFreePages(chunk, ZendMMChunk.freePages(chunk) + restPages);
                    ZendMMChunk.resetRange(chunk, pageNum + newPages, restPages);
                    return ptr;
                } else {
                    int newPages = (int) (newSize / PAGE_SIZE);
                    int oldPages = (int) (oldSize / PAGE_SIZE);
                    // try to allocate tail pages after this block
                    if (pageNum + newPages <= PAGES
                            && ZendMMChunk.isFreeRange(chunk, pageNum + oldPages, newPages - oldPages)) {
                        long s = size + (newSize - oldSize);
                        size = s;
                        if (s > peak) peak = s;
                        ZendMMChunk.setFreePages(chunk, ZendMMChunk.freePages(chunk) - (newPages - oldPages));
                        ZendMMChunk.setRange(chunk, pageNum + oldPages, newPages - oldPages);
                        ZendMMChunk.setMap(chunk, pageNum, ZendMM.lrun(newPages));
                        return ptr;
                    }
                }
            }
        }
        return reallocSlow(ptr, reqSize, Math.min(oldSize, copySize));
    }

    /** Port of zend_mm_realloc_huge. */
    private long reallocHuge(long ptr, long reqSize, long copySize) {
        long oldSize = hugeBlockSize(ptr);
        if (Long.compareUnsigned(reqSize, MAX_LARGE_SIZE) > 0) {
            long newSize = ZendMM.alignedSize(reqSize, PAGE_SIZE);
            if (newSize == oldSize) {
                changeHugeBlockSize(ptr, newSize);
                return ptr;
            } else if (newSize < oldSize) {
                // unmap tail
                if (storage.chunkTruncate(ptr, oldSize, newSize)) {
                    realSize -= oldSize - newSize;
                    size -= oldSize - newSize;
                    changeHugeBlockSize(ptr, newSize);
                    return ptr;
                }
            } else {
                if (exceeds(newSize - oldSize, limit, realSize)) {
                    if (gc() != 0 && !exceeds(newSize - oldSize, limit, realSize)) {
                        // pass
                    } else if (!overflow) {
                        throw safeError(limitMessage(limit, newSize));
                    }
                }
                // try to map tail right after this block
                if (storage.chunkExtend(ptr, oldSize, newSize)) {
                    realSize += newSize - oldSize;
                    realPeak = Math.max(realPeak, realSize);
                    size += newSize - oldSize;
                    peak = Math.max(peak, size);
                    changeHugeBlockSize(ptr, newSize);
                    return ptr;
                }
            }
        }
        return reallocSlow(ptr, reqSize, Math.min(oldSize, copySize));
    }

    /** Port of zend_mm_realloc_slow: allocate, copy, free. */
    private long reallocSlow(long ptr, long reqSize, long copySize) {
        long origPeak = peak;
        long ret = alloc(reqSize);
        NativeMemory.copy(ptr, ret, copySize);
        free(ptr);
        peak = Math.max(origPeak, size);
        return ret;
    }

    // ------------------------------------------------------------------ gc, limit, shutdown

    /**
     * Port of zend_mm_gc: give wholly free small runs back as pages; returns the bytes collected.
     *
     * <p>As in php-src, the per-run free counter has 9 bits (ZEND_MM_SRUN_FREE_COUNTER_MASK), so
     * a run of bin 0 (512 elements of 8 bytes) wraps it to 0 and is never collected.
     */
    public long gc() {
        long collected = 0;
        for (int bin = 0; bin < ZendMMBins.BINS; bin++) {
            boolean hasFreePages = false;
            for (long p = freeSlot[bin]; p != 0; p = getLong(p)) {
                long chunk = checkedChunk(p);
                int pageNum = runFirstPage(chunk, p);
                int info = ZendMMChunk.map(chunk, pageNum);
                int freeCounter = ZendMM.srunFreeCounter(info) + 1;
                if (freeCounter == ZendMMBins.ELEMENTS[bin]) hasFreePages = true;
                ZendMMChunk.setMap(chunk, pageNum, ZendMM.srunEx(bin, freeCounter));
            }
            if (!hasFreePages) continue;
            long q = 0; // 0 = &heap->free_slot[bin]
            long p = freeSlot[bin];
            while (p != 0) {
                long chunk = checkedChunk(p);
                int info = ZendMMChunk.map(chunk, runFirstPage(chunk, p));
                long next = getLong(p);
                if (ZendMM.srunFreeCounter(info) == ZendMMBins.ELEMENTS[bin]) {
                    // remove from cache
                    if (q == 0) freeSlot[bin] = next; else putLong(q, next);
                } else {
                    q = p;
                }
                p = next;
            }
        }

        long chunk = mainChunk;
        do {
            int i = FIRST_PAGE;
            while (i < ZendMMChunk.freeTail(chunk)) {
                if (ZendMMChunk.isPageUsed(chunk, i)) {
                    int info = ZendMMChunk.map(chunk, i);
                    if ((info & IS_SRUN) != 0) {
                        int bin = ZendMM.srunBin(info);
                        int pagesCount = ZendMMBins.PAGES[bin];
                        if (ZendMM.srunFreeCounter(info) == ZendMMBins.ELEMENTS[bin]) {
                            // all elements are free
                            if (debug) debugForgetRun(chunk, i, pagesCount);
                            freePagesEx(chunk, i, pagesCount, false);
                            collected += pagesCount;
                        } else {
                            // reset counter
                            ZendMMChunk.setMap(chunk, i, ZendMM.srun(bin));
                        }
                        i += ZendMMBins.PAGES[bin];
                    } else {
                        int n = ZendMM.lrunPages(info);
                        i += n == 0 ? 1 : n;
                    }
                } else {
                    i++;
                }
            }
            if (ZendMMChunk.freePages(chunk) == FREE_PAGES && chunk != mainChunk) {
                long nextChunk = ZendMMChunk.next(chunk);
                deleteChunk(chunk);
                chunk = nextChunk;
            } else {
                chunk = ZendMMChunk.next(chunk);
            }
        } while (chunk != mainChunk);
        return collected * PAGE_SIZE;
    }

    /** The first page of the small run holding {@code p} (an NRUN page points back to it). */
    private static int runFirstPage(long chunk, long p) {
        int pageNum = (int) ((p & (CHUNK_SIZE - 1)) >>> 12);
        int info = ZendMMChunk.map(chunk, pageNum);
        return (info & IS_LRUN) != 0 ? pageNum - ZendMM.nrunOffset(info) : pageNum;
    }

    /**
     * Port of zend_set_memory_limit: below the current real size it only succeeds by unmapping
     * cached chunks, and then (as PHP 8.2 does) without storing the new limit.
     */
    public boolean setMemoryLimit(long memoryLimit) {
        if (Long.compareUnsigned(memoryLimit, realSize) < 0) {
            if (Long.compareUnsigned(memoryLimit, realSize - cachedChunksCount * CHUNK_SIZE) >= 0) {
                // free some cached chunks to fit into new memory limit
                do {
                    long p = cachedChunks;
                    cachedChunks = ZendMMChunk.next(p);
                    storage.chunkFree(p, CHUNK_SIZE);
                    cachedChunksCount--;
                    realSize -= CHUNK_SIZE;
                } while (Long.compareUnsigned(memoryLimit, realSize) < 0);
                return true;
            }
            return false;
        }
        limit = memoryLimit;
        return true;
    }

    /**
     * Port of zend_mm_shutdown for ZendMM heaps. {@code full}: give every chunk back (module
     * shutdown); otherwise reset the heap for the next request, keeping as many cached chunks as
     * the running average of peak chunk counts says.
     */
    public void shutdown(boolean full, boolean silent) {
        // free huge blocks
        long list = hugeList;
        hugeList = 0;
        while (list != 0) {
            long q = list;
            list = getLong(list + 16);
            storage.chunkFree(getLong(q), getLong(q + 8));
        }
        // move all chunks except of the first one into the cache
        long p = ZendMMChunk.next(mainChunk);
        while (p != mainChunk) {
            long q = ZendMMChunk.next(p);
            removeOwned(p);
            ZendMMChunk.setNext(p, cachedChunks);
            cachedChunks = p;
            p = q;
            chunksCount--;
            cachedChunksCount++;
        }
        if (debug) freeBits.clear();

        if (full) {
            while (cachedChunks != 0) {
                p = cachedChunks;
                cachedChunks = ZendMMChunk.next(p);
                storage.chunkFree(p, CHUNK_SIZE);
            }
            cachedChunksCount = 0;
            removeOwned(mainChunk);
            storage.chunkFree(mainChunk, CHUNK_SIZE);
            mainChunk = 0;
            size = peak = realSize = realPeak = 0;
            java.util.Arrays.fill(freeSlot, 0);
            chunksCount = 0;
            return;
        }
        // free some cached chunks to keep average count
        avgChunksCount = (avgChunksCount + (double) peakChunksCount) / 2.0;
        while ((double) cachedChunksCount + 0.9 > avgChunksCount && cachedChunks != 0) {
            p = cachedChunks;
            cachedChunks = ZendMMChunk.next(p);
            storage.chunkFree(p, CHUNK_SIZE);
            cachedChunksCount--;
        }
        // clear cached chunks
        p = cachedChunks;
        while (p != 0) {
            long q = ZendMMChunk.next(p);
            NativeMemory.fill(p, ZendMMChunk.HEADER_SIZE, (byte) 0);
            ZendMMChunk.setNext(p, q);
            p = q;
        }
        // reinitialize the first chunk and heap
        p = mainChunk;
        ZendMMChunk.setHeap(p, heapAddr);
        ZendMMChunk.setNext(p, p);
        ZendMMChunk.setPrev(p, p);
        ZendMMChunk.setFreePages(p, PAGES - FIRST_PAGE);
        ZendMMChunk.setFreeTail(p, FIRST_PAGE);
        ZendMMChunk.setNum(p, 0);
        size = peak = 0;
        java.util.Arrays.fill(freeSlot, 0);
        realSize = (cachedChunksCount + 1) * CHUNK_SIZE;
        realPeak = (cachedChunksCount + 1) * CHUNK_SIZE;
        chunksCount = 1;
        peakChunksCount = 1;
        lastChunksDeleteBoundary = 0;
        lastChunksDeleteCount = 0;
        ZendMMChunk.clearMaps(p);
        ZendMMChunk.setFreeMapWord(p, 0, (1L << FIRST_PAGE) - 1);
        ZendMMChunk.setMap(p, 0, ZendMM.lrun(FIRST_PAGE));
    }

    // ------------------------------------------------------------------ stats

    /** heap->size: bytes of blocks handed out (memory_get_usage()). */
    public long size() { return size; }
    /** heap->peak (memory_get_peak_usage()). */
    public long peak() { return peak; }
    /** heap->real_size: chunks (in use and cached) plus huge blocks (memory_get_usage(true)). */
    public long realSize() { return realSize; }
    /** heap->real_peak (memory_get_peak_usage(true)). */
    public long realPeak() { return realPeak; }
    /** Port of zend_memory_reset_peak_usage. */
    public void resetPeak() { peak = size; realPeak = realSize; }
    public long limit() { return limit; }
    public boolean overflow() { return overflow; }
    public int chunksCount() { return chunksCount; }
    public int peakChunksCount() { return peakChunksCount; }
    public int cachedChunksCount() { return cachedChunksCount; }
    public double avgChunksCount() { return avgChunksCount; }
    public long mainChunk() { return mainChunk; }
    public ZendMMStorage storage() { return storage; }
    public boolean debug() { return debug; }
    public void setErrorHandler(ZendMMErrorHandler handler) { this.errorHandler = handler; }

    /** Number of huge blocks on the huge list. */
    public int hugeBlocksCount() {
        int n = 0;
        for (long node = hugeList; node != 0; node = getLong(node + 16)) n++;
        return n;
    }

    /** The chunks of the ring, main chunk first (for tests and for the profiler). */
    public long[] chunks() {
        long[] out = new long[chunksCount];
        long c = mainChunk;
        int i = 0;
        do {
            out[i++] = c;
            c = ZendMMChunk.next(c);
        } while (c != mainChunk && i < out.length);
        return out;
    }

    /** free_pages of a chunk of this heap. */
    public int chunkFreePages(long chunk) { return ZendMMChunk.freePages(checkedChunk(chunk)); }

    /** free_tail of a chunk of this heap. */
    public int chunkFreeTail(long chunk) { return ZendMMChunk.freeTail(checkedChunk(chunk)); }

    /** The page-map entry (zend_mm_page_info) of a page of a chunk of this heap. */
    public int pageInfo(long chunk, int page) { return ZendMMChunk.map(checkedChunk(chunk), page); }

    /** Number of elements on the free list of a bin. */
    public int freeSlotCount(int bin) {
        int n = 0;
        for (long p = freeSlot[bin]; p != 0; p = getLong(p)) n++;
        return n;
    }

    // ------------------------------------------------------------------ debug (JZEND_MM_DEBUG=1)

    private long[] bitsOf(long chunk) {
        return freeBits.computeIfAbsent(chunk, c -> new long[(int) (CHUNK_SIZE >>> 3 >>> 6)]);
    }

    private void debugMarkFree(long p, int elSize) {
        long[] bits = bitsOf(p & -CHUNK_SIZE);
        int g = (int) ((p & (CHUNK_SIZE - 1)) >>> 3);
        bits[g >>> 6] |= 1L << (g & 63);
        if (elSize > 8) NativeMemory.fill(p + 8, elSize - 8, POISON);
    }

    private void debugFreeSmall(long ptr, int bin) {
        long chunk = ptr & -CHUNK_SIZE;
        int pageNum = (int) ((ptr & (CHUNK_SIZE - 1)) >>> 12);
        int info = ZendMMChunk.map(chunk, pageNum);
        int first = (info & IS_LRUN) != 0 ? pageNum - ZendMM.nrunOffset(info) : pageNum;
        long runStart = chunk + first * PAGE_SIZE;
        int elSize = ZendMMBins.SIZE[bin];
        if ((ptr - runStart) % elSize != 0 || !ZendMMChunk.isPageUsed(chunk, first)) {
            throw new ZendMMPanic(CORRUPTED + " (free of 0x" + Long.toHexString(ptr) + ", not the start of a block)");
        }
        long[] bits = bitsOf(chunk);
        int g = (int) ((ptr & (CHUNK_SIZE - 1)) >>> 3);
        if ((bits[g >>> 6] & (1L << (g & 63))) != 0) {
            throw new ZendMMPanic(CORRUPTED + " (double free of 0x" + Long.toHexString(ptr) + ")");
        }
        debugMarkFree(ptr, elSize);
    }

    private void debugCheckPop(long p, long next, int bin) {
        long chunk = p & -CHUNK_SIZE;
        long[] bits = bitsOf(chunk);
        int g = (int) ((p & (CHUNK_SIZE - 1)) >>> 3);
        if ((bits[g >>> 6] & (1L << (g & 63))) == 0) {
            throw new ZendMMPanic(CORRUPTED + " (free list of bin " + bin + " holds 0x" + Long.toHexString(p) + ", a block in use)");
        }
        if (next != 0) {
            long nchunk = next & -CHUNK_SIZE;
            if ((next & (CHUNK_SIZE - 1)) == 0 || !isOwned(nchunk)) {
                throw new ZendMMPanic(CORRUPTED + " (free list of bin " + bin + " points outside the heap: 0x" + Long.toHexString(next) + ")");
            }
            int info = ZendMMChunk.map(nchunk, (int) ((next & (CHUNK_SIZE - 1)) >>> 12));
            if ((info & IS_SRUN) == 0 || ZendMM.srunBin(info) != bin) {
                throw new ZendMMPanic(CORRUPTED + " (free list of bin " + bin + " points into another run: 0x" + Long.toHexString(next) + ")");
            }
        }
        int elSize = ZendMMBins.SIZE[bin];
        for (long a = p + 8; a < p + elSize; a++) {
            if (NativeMemory.getByte(a) != POISON) {
                throw new ZendMMPanic(CORRUPTED + " (freed block 0x" + Long.toHexString(p) + " was written after free)");
            }
        }
        bits[g >>> 6] &= ~(1L << (g & 63));
    }

    private void debugForgetRun(long chunk, int firstPage, int pages) {
        long[] bits = freeBits.get(chunk);
        if (bits == null) return;
        int from = (int) ((firstPage * PAGE_SIZE) >>> 3), to = (int) (((firstPage + pages) * PAGE_SIZE) >>> 3);
        for (int g = from; g < to; g++) bits[g >>> 6] &= ~(1L << (g & 63));
    }
}
