package jzend.zend.alloc;

import jzend.zend.ZendBailout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static jzend.zend.alloc.ZendMM.CHUNK_SIZE;
import static jzend.zend.alloc.ZendMM.PAGE_SIZE;
import static org.junit.jupiter.api.Assertions.*;

/** Scenario tests of the ZendMM port against zend_alloc.c's rules and php 8.2.36's figures. */
class ZendMMHeapTest {
    private ZendMMHeap heap = ZendMMHeap.init(ZendMMStorage.forMemType(null), false);

    @AfterEach
    void release() {
        if (heap.mainChunk() != 0) heap.shutdown(true, true);
    }

    @Test
    void freshHeapHasOneChunk() {
        assertEquals(0, heap.size());
        assertEquals(0, heap.peak());
        assertEquals(CHUNK_SIZE, heap.realSize());
        assertEquals(CHUNK_SIZE, heap.realPeak());
        assertEquals(1, heap.chunksCount());
        assertEquals(0, heap.mainChunk() & (CHUNK_SIZE - 1), "chunks are 2 MB aligned");
        assertEquals(511, heap.chunkFreePages(heap.mainChunk()));
        assertEquals(1, heap.chunkFreeTail(heap.mainChunk()));
        assertEquals(ZendMM.IS_LRUN | 1, heap.pageInfo(heap.mainChunk(), 0));
    }

    @Test
    void smallBlocksComeFromTheirBinAndAreReusedLifo() {
        long a = heap.alloc(1);
        assertEquals(8, heap.size());
        long b = heap.alloc(8);
        assertEquals(a + 8, b, "elements of a run are consecutive");
        long c = heap.alloc(100);
        assertEquals(8 + 8 + 112, heap.size());
        assertEquals(112, heap.blockSize(c));
        heap.free(b);
        assertEquals(8 + 112, heap.size());
        assertEquals(b, heap.alloc(3), "last freed, first reused");
        heap.free(a);
        heap.free(b);
        heap.free(c);
        assertEquals(0, heap.size());
        assertEquals(128, heap.peak());
    }

    @Test
    void newSmallRunIsCarvedIntoAFreeList() {
        long p = heap.alloc(320); // bin 16: 64 elements in 5 pages
        assertEquals(63, heap.freeSlotCount(16));
        long chunk = heap.mainChunk();
        int page = (int) ((p - chunk) / PAGE_SIZE);
        assertEquals(ZendMM.IS_SRUN | 16, heap.pageInfo(chunk, page));
        for (int i = 1; i < 5; i++) {
            assertEquals(ZendMM.IS_NRUN | (i << 16) | 16, heap.pageInfo(chunk, page + i), "NRUN page " + i);
        }
        heap.free(p);
    }

    @Test
    void largeBlocksAreWholePages() {
        long p = heap.alloc(3073);
        assertEquals(0, p & (PAGE_SIZE - 1));
        assertEquals(4096, heap.size());
        long q = heap.alloc(4097);
        assertEquals(4096 + 8192, heap.size());
        assertEquals(8192, heap.blockSize(q));
        long max = heap.alloc(ZendMM.MAX_LARGE_SIZE);
        assertEquals(2, heap.chunksCount(), "a 511-page run needs a chunk of its own");
        assertEquals(4 * CHUNK_SIZE / 2, heap.realSize());
        heap.free(p);
        heap.free(q);
        heap.free(max);
        assertEquals(0, heap.size());
    }

    @Test
    void hugeBlocksHaveTheirOwnMappingAndA24ByteNode() {
        long before = heap.size();
        long p = heap.alloc(3145728 + 32);
        assertEquals(0, p & (CHUNK_SIZE - 1), "huge blocks are 2 MB aligned");
        assertEquals(3149848, heap.size() - before, "php: str_repeat('x', 3 MB) costs 3149848");
        assertEquals(CHUNK_SIZE + 3149824, heap.realSize());
        assertEquals(1, heap.hugeBlocksCount());
        assertEquals(3149824, heap.blockSize(p));
        NativeMemory.putLong(p + 3145728, 42);
        heap.free(p);
        assertEquals(before, heap.size());
        assertEquals(CHUNK_SIZE, heap.realSize());
        assertEquals(0, heap.hugeBlocksCount());
    }

    @Test
    void bestFitPrefersAnExactRunThenTheShortestOne() {
        long chunk = heap.mainChunk();
        long[] runs = new long[8];
        for (int i = 0; i < 8; i++) runs[i] = heap.alloc(2 * PAGE_SIZE); // pages 1..16
        long guard = heap.alloc(PAGE_SIZE); // page 17
        heap.free(runs[1]); // hole of 2 pages at 3
        heap.free(runs[4]); heap.free(runs[5]); // hole of 4 pages at 9
        long p = heap.alloc(2 * PAGE_SIZE);
        assertEquals(runs[1], p, "exact-length run wins");
        long q = heap.alloc(3 * PAGE_SIZE);
        assertEquals(runs[4], q, "shortest run that fits (4 pages) beats the tail");
        long r = heap.alloc(PAGE_SIZE);
        assertEquals(chunk + 12 * PAGE_SIZE, r, "1 page: the 1-page hole left at 12");
        for (long x : new long[]{runs[0], p, runs[2], runs[3], q, r, runs[6], runs[7], guard}) heap.free(x);
        assertEquals(0, heap.size());
    }

    @Test
    void emptyChunksAreCachedByTheAverageRule() {
        // php: 40 x 100 KB strings -> real 6 MiB; all freed -> 4 MiB (one unmapped, one cached)
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 40; i++) blocks.add(heap.alloc(100 * 1024 + 32));
        assertEquals(3, heap.chunksCount());
        assertEquals(6 * 1024 * 1024, heap.realSize());
        for (long b : blocks) heap.free(b);
        assertEquals(4 * 1024 * 1024, heap.realSize());
        assertEquals(1, heap.chunksCount());
        assertEquals(1, heap.cachedChunksCount());
        long p = heap.alloc(ZendMM.MAX_LARGE_SIZE); // fills the (empty again) main chunk
        long q = heap.alloc(ZendMM.MAX_LARGE_SIZE);
        assertEquals(0, heap.cachedChunksCount(), "a cached chunk is reused before mapping a new one");
        assertEquals(4 * 1024 * 1024, heap.realSize());
        heap.free(p);
        heap.free(q);
    }

    @Test
    void reallocRules() {
        long p = heap.alloc(20);
        NativeMemory.putLong(p, 0x1122334455667788L);
        assertEquals(p, heap.realloc(p, 24), "fits the bin: in place");
        long q = heap.realloc(p, 8);
        assertNotEquals(p, q, "much smaller: moves down a bin");
        assertEquals(0x1122334455667788L, NativeMemory.getLong(q));
        long r = heap.realloc(q, 3000);
        assertEquals(0x1122334455667788L, NativeMemory.getLong(r));
        assertEquals(3072, heap.size());
        long l = heap.realloc(r, 5000);
        assertEquals(8192, heap.size());
        assertEquals(0x1122334455667788L, NativeMemory.getLong(l));
        assertEquals(l, heap.realloc(l, 12000), "large: grows in place into free pages");
        assertEquals(12288, heap.size());
        assertEquals(l, heap.realloc(l, 4000), "large: shrinks in place");
        assertEquals(4096, heap.size());
        long h = heap.realloc(l, 3 * 1024 * 1024);
        assertEquals(0x1122334455667788L, NativeMemory.getLong(h));
        long h2 = heap.realloc(h, 4 * 1024 * 1024);
        assertEquals(h, h2, "huge: mremap grows in place or copies");
        long h3 = heap.realloc(h2, 2 * 1024 * 1024 + 4096);
        assertEquals(h2, h3, "huge: shrinks in place");
        assertEquals(2 * 1024 * 1024 + 4096 + 24, heap.size());
        assertEquals(0x1122334455667788L, NativeMemory.getLong(h3));
        heap.free(h3);
        assertEquals(0, heap.size());
    }

    @Test
    void memoryLimitIsCheckedWhenRealSizeGrows() {
        List<String> reported = new ArrayList<>();
        heap.setErrorHandler(reported::add);
        assertTrue(heap.setMemoryLimit(4 * 1024 * 1024));
        ZendBailout b = assertThrows(ZendBailout.class, () -> heap.alloc(5 * 1024 * 1024 + 32));
        assertEquals("Allowed memory size of 4194304 bytes exhausted (tried to allocate 5246976 bytes)", b.getMessage());
        assertEquals(List.of(b.getMessage()), reported);
        assertFalse(heap.overflow());
    }

    @Test
    void smallAllocationsHitTheLimitAtAChunk() {
        heap.setMemoryLimit(2 * 1024 * 1024);
        ZendBailout b = assertThrows(ZendBailout.class, () -> {
            for (int i = 0; i < 100000; i++) heap.alloc(100);
        });
        assertEquals("Allowed memory size of 2097152 bytes exhausted (tried to allocate 2097152 bytes)", b.getMessage());
    }

    @Test
    void limitBelowRealSizeFailsUnlessCachedChunksCanGo() {
        long big = heap.alloc(3 * 1024 * 1024);
        assertFalse(heap.setMemoryLimit(1024 * 1024), "below real usage: refused");
        assertEquals(ZendMM.DEFAULT_LIMIT, heap.limit());
        heap.free(big);
        assertTrue(heap.setMemoryLimit(1024 * 1024 * 3));
    }

    @Test
    void gcReturnsWhollyFreeSmallRuns() {
        long[] ps = new long[20000];
        for (int i = 0; i < ps.length; i++) ps[i] = heap.alloc(40);
        for (long p : ps) heap.free(p);
        long collected = heap.gc();
        assertTrue(collected > 0);
        assertEquals(0, collected % PAGE_SIZE);
        assertEquals(0, heap.freeSlotCount(ZendMMBins.sizeToBin(40)));
        assertEquals(0, heap.gc(), "nothing left to collect");
    }

    @Test
    void gcNeverCollectsBinZeroRunsBecauseTheirFreeCounterOverflows() {
        long[] ps = new long[512];
        for (int i = 0; i < ps.length; i++) ps[i] = heap.alloc(8); // exactly one bin-0 run
        for (long p : ps) heap.free(p);
        assertEquals(0, heap.gc(), "512 free elements wrap the 9-bit counter to 0, as in php-src");
        assertEquals(512, heap.freeSlotCount(0));
        long[] qs = new long[256];
        for (int i = 0; i < qs.length; i++) qs[i] = heap.alloc(16); // one bin-1 run
        for (long q : qs) heap.free(q);
        assertEquals(PAGE_SIZE, heap.gc(), "a 256-element run is collected");
    }

    @Test
    void requestShutdownResetsTheHeapAndKeepsCachedChunksByAverage() {
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 10; i++) blocks.add(heap.alloc(200 * PAGE_SIZE)); // two runs per chunk
        assertEquals(5, heap.peakChunksCount());
        heap.shutdown(false, false);
        assertEquals(0, heap.size());
        assertEquals(0, heap.peak());
        assertEquals(1, heap.chunksCount());
        // avg = (1 + 5) / 2 = 3: unmap cached chunks while cached + 0.9 > 3 -> 2 stay cached
        assertEquals(2, heap.cachedChunksCount());
        assertEquals(3 * CHUNK_SIZE, heap.realSize());
        assertEquals(3 * CHUNK_SIZE, heap.realPeak());
        long p = heap.alloc(16);
        heap.free(p);
    }

    @Test
    void foreignPointersPanicInsteadOfCrashing() {
        long foreign = ZendAlloc.pemalloc(64);
        try {
            ZendMMPanic e = assertThrows(ZendMMPanic.class, () -> heap.free(foreign + 8));
            assertEquals("zend_mm_heap corrupted", e.getMessage());
        } finally {
            ZendAlloc.pefree(foreign);
        }
        assertThrows(ZendMMPanic.class, () -> heap.free(0x7f0000200000L), "2 MB aligned, not on the huge list");
        assertThrows(ZendMMPanic.class, () -> heap.free(0x12345678L));
        long large = heap.alloc(10000);
        assertThrows(ZendMMPanic.class, () -> heap.free(large + 16), "misaligned large pointer");
        heap.free(large);
        assertThrows(ZendMMPanic.class, () -> heap.blockSize(heap.mainChunk() + 9 * PAGE_SIZE), "free page");
    }

    @Test
    void debugModeCatchesDoubleFreeAndWritesAfterFree() {
        heap.shutdown(true, true);
        heap = ZendMMHeap.init(ZendMMStorage.forMemType(null), true);
        long p = heap.alloc(64);
        heap.free(p);
        assertEquals(ZendMMHeap.POISON, NativeMemory.getByte(p + 63), "freed blocks are poisoned");
        ZendMMPanic e = assertThrows(ZendMMPanic.class, () -> heap.free(p));
        assertTrue(e.getMessage().startsWith("zend_mm_heap corrupted (double free"), e.getMessage());
        NativeMemory.putByte(p + 20, (byte) 1); // write after free
        ZendMMPanic e2 = assertThrows(ZendMMPanic.class, () -> heap.alloc(64));
        assertTrue(e2.getMessage().contains("written after free"), e2.getMessage());
    }

    @Test
    void debugModeCatchesACorruptedFreeList() {
        heap.shutdown(true, true);
        heap = ZendMMHeap.init(ZendMMStorage.forMemType(null), true);
        long a = heap.alloc(32);
        long b = heap.alloc(32);
        heap.free(b);
        heap.free(a);
        NativeMemory.putLong(a, 0x4141414141414141L);
        ZendMMPanic e = assertThrows(ZendMMPanic.class, () -> heap.alloc(32));
        assertTrue(e.getMessage().contains("points outside the heap"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mmap_anon", "mmap_zero", "malloc"})
    void everyStorageServesAllThreeSizeClasses(String memType) {
        heap.shutdown(true, true);
        heap = ZendMMHeap.init(ZendMMStorage.forMemType(memType), false);
        assertEquals(memType, heap.storage().name());
        long s = heap.alloc(100), l = heap.alloc(100000), h = heap.alloc(5 * 1024 * 1024);
        NativeMemory.fill(h, 5 * 1024 * 1024, (byte) 7);
        long h2 = heap.realloc(h, 7 * 1024 * 1024);
        assertEquals(7, NativeMemory.getByte(h2 + 5 * 1024 * 1024 - 1));
        heap.free(s);
        heap.free(l);
        heap.free(h2);
        assertEquals(0, heap.size());
        assertEquals(CHUNK_SIZE, heap.realSize());
    }

    @Test
    void unknownMemTypesAreRejectedInOneLine() {
        var e = assertThrows(ZendMMStorage.UnknownMemTypeException.class, () -> ZendMMStorage.forMemType("shm"));
        assertEquals("Wrong or unsupported zend_mm storage type 'shm'; supported types: 'mmap_anon' (default), 'mmap_zero', 'malloc'", e.getMessage());
        var w = assertThrows(ZendMMStorage.UnknownMemTypeException.class, () -> ZendMMStorage.forMemType("win32"));
        assertTrue(w.getMessage().contains("only on Windows"));
    }
}
