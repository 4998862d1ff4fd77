package jzend.zend.alloc;

import jzend.zend.ZendBailout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static jzend.zend.alloc.ZendMM.CHUNK_SIZE;
import static jzend.zend.alloc.ZendMM.MAX_LARGE_SIZE;
import static jzend.zend.alloc.ZendMM.MAX_SMALL_SIZE;
import static jzend.zend.alloc.ZendMM.PAGE_SIZE;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Random emalloc/efree/erealloc sequences over all three size classes, checked after every
 * operation against a model of what zend_alloc.c must do: live blocks never overlap, contents
 * survive realloc, size and peak follow the model's accounting, real_size is what the chunks and
 * huge blocks add up to, and memory_limit trips exactly when real_size would pass it.
 * The run checks its own volume: at least 1,000,000 operations, and limits that really trip.
 */
class ZendMMHeapPropertiesTest {
    private static long operations, limitTrips, overshoots;

    @AfterContainer
    static void enoughOperations() {
        assertTrue(operations >= 1_000_000, "only " + operations + " operations ran");
        assertTrue(limitTrips >= 20, "the memory limit tripped only " + limitTrips + " times");
    }

    enum Kind { ALLOC, FREE, REALLOC, GC }

    record Op(Kind kind, long size, int pick) {}

    /** A live block: requested size, granted size, and the seed of the bytes written into it. */
    record Block(long requested, long granted, long seed) {}

    private ZendMMHeap heap;
    private final TreeMap<Long, Block> live = new TreeMap<>();
    private long modelSize, modelPeak;

    @BeforeTry
    void setUp() {
        heap = ZendMMHeap.init(ZendMMStorage.forMemType(null), false);
        live.clear();
        modelSize = modelPeak = 0;
    }

    @AfterTry
    void tearDown() {
        heap.shutdown(true, true);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Long> small = Arbitraries.longs().between(0, MAX_SMALL_SIZE);
        Arbitrary<Long> large = Arbitraries.longs().between(MAX_SMALL_SIZE + 1, MAX_LARGE_SIZE);
        Arbitrary<Long> huge = Arbitraries.longs().between(MAX_LARGE_SIZE + 1, 5 * CHUNK_SIZE);
        Arbitrary<Long> size = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(85, small), net.jqwik.api.Tuple.of(14, large), net.jqwik.api.Tuple.of(1, huge));
        Arbitrary<Kind> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(45, Kind.ALLOC), net.jqwik.api.Tuple.of(35, Kind.FREE),
                net.jqwik.api.Tuple.of(19, Kind.REALLOC), net.jqwik.api.Tuple.of(1, Kind.GC));
        Arbitrary<Op> op = Combinators.combine(kind, size, Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(Op::new);
        return op.list().ofMinSize(2500).ofMaxSize(3500);
    }

    @Property(tries = 400)
    void heapBehavesLikeTheModel(@ForAll("ops") List<Op> ops) {
        for (Op op : ops) step(op, Long.MAX_VALUE);
        freeAll();
    }

    @Property(tries = 200)
    void memoryLimitTripsExactlyWhereRealSizeWouldPassIt(@ForAll("ops") List<Op> ops,
                                                          @ForAll("limits") long limit) {
        assertTrue(heap.setMemoryLimit(limit));
        for (Op op : ops) {
            long realBefore = heap.realSize();
            int chunksBefore = heap.chunksCount(), hugeBefore = heap.hugeBlocksCount();
            try {
                step(op, limit);
            } catch (ZendBailout e) {
                String msg = e.getMessage();
                assertTrue(msg.startsWith("Allowed memory size of " + limit + " bytes exhausted (tried to allocate "), msg);
                long tried = Long.parseLong(msg.replaceAll(".*\\(tried to allocate (\\d+) bytes\\)$", "$1"));
                // what the heap tried to add must really not fit (gc already ran and could not help)
                // (a huge realloc checks the delta when it can grow in place, the full size when it must move)
                long room = limit - heap.realSize();
                assertTrue(tried > room || growthOf(op, tried) > room,
                        "tripped although " + tried + " fits in the " + room + " bytes left: " + msg);
                assertFalse(heap.overflow());
                assertTrue(heap.realSize() <= Math.max(limit, realBefore));
                limitTrips++;
                // the request ends here, as in PHP: reset the heap and check it is clean
                heap.shutdown(false, true);
                live.clear();
                assertEquals(0, heap.size());
                return;
            }
            if (realBefore > limit) {
                // After such an overshoot, limit - real_size wraps around in size_t: every later
                // check passes until real_size is back under the limit (as in php-src).
                continue;
            }
            if (heap.realSize() > limit) {
                // php-src's zend_mm_alloc_huge allocates the huge-list node before it adds the block
                // to real_size: when that node needs a new chunk, the chunk's limit check does not
                // see the huge block, and real_size ends up to one chunk past the limit.
                assertTrue(chunksBefore + 1 == heap.chunksCount() && heap.hugeBlocksCount() > hugeBefore
                                && heap.realSize() - CHUNK_SIZE <= limit,
                        "real size " + heap.realSize() + " passed the limit " + limit + " after " + op);
                overshoots++;
            }
        }
        freeAll();
    }

    @Provide
    Arbitrary<Long> limits() {
        return Arbitraries.longs().between(2 * CHUNK_SIZE, 12 * CHUNK_SIZE);
    }

    private long growthOf(Op op, long tried) {
        if (op.kind() == Kind.REALLOC && !live.isEmpty()) {
            Map.Entry<Long, Block> e = pick(op.pick());
            if (e.getKey() % CHUNK_SIZE == 0) return tried - e.getValue().granted();
        }
        return tried;
    }

    private Map.Entry<Long, Block> pick(int pick) {
        int idx = pick % live.size();
        // TreeMap has no index access: walk from a key chosen by the pick
        Long key = live.ceilingKey((long) pick * 4096L % (1L << 47));
        if (key == null) key = live.firstKey();
        Map.Entry<Long, Block> e = live.ceilingEntry(key);
        for (int i = 0; i < idx % 4 && live.higherEntry(e.getKey()) != null; i++) e = live.higherEntry(e.getKey());
        return e;
    }

    private void step(Op op, long limit) {
        operations++;
        switch (op.kind()) {
            case ALLOC -> {
                long p = heap.alloc(op.size());
                addLive(p, op.size(), op.pick());
                account(granted(op.size()) + hugeNode(op.size()), 0);
            }
            case FREE -> {
                if (live.isEmpty()) return;
                Map.Entry<Long, Block> e = pick(op.pick());
                checkContents(e.getKey(), e.getValue(), e.getValue().requested());
                live.remove(e.getKey());
                heap.free(e.getKey());
                modelSize -= e.getValue().granted() + hugeNode(e.getValue().requested());
            }
            case REALLOC -> {
                if (live.isEmpty()) return;
                Map.Entry<Long, Block> e = pick(op.pick());
                long old = e.getKey();
                Block b = e.getValue();
                checkContents(old, b, b.requested());
                long sizeBefore = modelSize;
                long newSize = op.size();
                long p = heap.realloc(old, newSize);
                live.remove(old);
                long keep = Math.min(b.requested(), newSize);
                checkContents(p, b, keep);
                addLive(p, newSize, op.pick());
                long newGranted = grantedAfterRealloc(old, b, newSize);
                modelSize = sizeBefore - b.granted() - hugeNode(b.requested()) + newGranted + hugeNode(newSize);
                if (b.granted() <= MAX_SMALL_SIZE && newSize <= b.granted() && newGranted < b.granted()) {
                    // small truncation: zend_mm_realloc_heap does not restore the peak
                    modelPeak = Math.max(modelPeak, sizeBefore + newGranted);
                }
                modelPeak = Math.max(modelPeak, modelSize);
            }
            case GC -> heap.gc();
        }
        assertEquals(modelSize, heap.size(), "size after " + op);
        assertEquals(modelPeak, heap.peak(), "peak after " + op);
        long huge = live.entrySet().stream().filter(x -> x.getKey() % CHUNK_SIZE == 0).mapToLong(x -> x.getValue().granted()).sum();
        assertEquals((heap.chunksCount() + heap.cachedChunksCount()) * CHUNK_SIZE + huge, heap.realSize(), "real size after " + op);
        assertTrue(heap.realPeak() >= heap.realSize());
    }

    private long grantedAfterRealloc(long old, Block b, long newSize) {
        // in place where zend_alloc.c stays in place: a smaller huge block keeps being huge
        if (old % CHUNK_SIZE == 0 && newSize > MAX_LARGE_SIZE) return ZendMM.alignedSize(newSize, PAGE_SIZE);
        if (b.granted() <= MAX_SMALL_SIZE && newSize <= b.granted()) {
            int oldBin = ZendMMBins.sizeToBin(b.granted());
            if (oldBin > 0 && newSize < ZendMMBins.binSize(oldBin - 1)) return granted(newSize);
            return b.granted();
        }
        return granted(newSize);
    }

    private void account(long add, long unused) {
        modelSize += add;
        modelPeak = Math.max(modelPeak, modelSize);
    }

    static long granted(long size) {
        if (size <= MAX_SMALL_SIZE) return ZendMMBins.binSize(ZendMMBins.sizeToBin(size));
        if (size <= MAX_LARGE_SIZE) return ZendMM.alignedSize(size, PAGE_SIZE);
        return ZendMM.alignedSize(size, PAGE_SIZE);
    }

    static long hugeNode(long size) {
        return size > MAX_LARGE_SIZE ? ZendMMBins.binSize(ZendMMBins.sizeToBin(ZendMMHeap.HUGE_NODE_SIZE)) : 0;
    }

    private void addLive(long p, long requested, long seed) {
        long g = p % CHUNK_SIZE == 0 ? ZendMM.alignedSize(requested, PAGE_SIZE) : heap.blockSize(p);
        assertTrue(g >= requested, "granted " + g + " < requested " + requested);
        Map.Entry<Long, Block> below = live.floorEntry(p);
        if (below != null) assertTrue(below.getKey() + below.getValue().granted() <= p, "overlaps the block below");
        Map.Entry<Long, Block> above = live.ceilingEntry(p);
        if (above != null) assertTrue(p + g <= above.getKey(), "overlaps the block above");
        Block b = new Block(requested, g, seed);
        live.put(p, b);
        writeContents(p, b);
    }

    /** Writes a seed-derived pattern at the start and end of the requested bytes. */
    private static void writeContents(long p, Block b) {
        long n = b.requested();
        for (long i = 0; i < Math.min(n, 16); i++) NativeMemory.putByte(p + i, (byte) (b.seed() + i));
        for (long i = Math.max(16, n - 16); i < n; i++) NativeMemory.putByte(p + i, (byte) (b.seed() * 31 + i));
    }

    private static void checkContents(long p, Block b, long upTo) {
        long n = b.requested();
        for (long i = 0; i < Math.min(Math.min(n, 16), upTo); i++) {
            assertEquals((byte) (b.seed() + i), NativeMemory.getByte(p + i), "byte " + i + " of a block");
        }
        for (long i = Math.max(16, n - 16); i < Math.min(n, upTo); i++) {
            assertEquals((byte) (b.seed() * 31 + i), NativeMemory.getByte(p + i), "byte " + i + " of a block");
        }
    }

    private void freeAll() {
        for (var e : new ArrayList<>(live.entrySet())) {
            checkContents(e.getKey(), e.getValue(), e.getValue().requested());
            heap.free(e.getKey());
        }
        live.clear();
        assertEquals(0, heap.size(), "everything freed");
        assertEquals(0, heap.hugeBlocksCount());
        heap.gc();
        // After gc, a chunk other than the main one survives only if it holds a run of bin 0:
        // its 512 elements overflow the 9-bit SRUN free counter (ZEND_MM_SRUN_FREE_COUNTER_MASK
        // 0x01ff0000), so PHP 8.2's zend_mm_gc can never see such a run as wholly free.
        for (long c : heap.chunks()) {
            if (c == heap.mainChunk()) continue;
            for (int page = 1; page < ZendMM.PAGES; page++) {
                int info = heap.pageInfo(c, page);
                if (info != 0 && (info & ZendMM.IS_LRUN) == 0) {
                    assertEquals(0, info & ZendMM.SRUN_BIN_NUM_MASK, "only bin-0 runs outlive gc, page " + page);
                }
            }
        }
        assertEquals(CHUNK_SIZE * (heap.chunksCount() + heap.cachedChunksCount()), heap.realSize());
    }
}
