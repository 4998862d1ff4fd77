package jzend.bench;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.LibC;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The ZendMM port's allocation paths through the interface layer (emalloc/efree/erealloc), and
 * libc's malloc/free through the same FFM downcalls the agent uses, in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class ZendAllocBenchmark {

    @Setup(Level.Trial)
    public void startHeap() {
        ZendMemoryManager.start_memory_manager(name -> null);
    }

    @TearDown(Level.Trial)
    public void stopHeap() {
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    /** emalloc(64) + efree: a small bin's free-list pop and push. */
    @Benchmark
    public long smallPair() {
        long p = ZendAlloc.emalloc(64);
        ZendAlloc.efree(p);
        return p;
    }

    /** emalloc(16 KB) + efree: a 4-page run found by the bitmap search, then released. */
    @Benchmark
    public long largePair() {
        long p = ZendAlloc.emalloc(16 * 1024);
        ZendAlloc.efree(p);
        return p;
    }

    /** emalloc(4 MB) + efree: a huge block mapped and unmapped (mmap/munmap system calls). */
    @Benchmark
    public long hugePair() {
        long p = ZendAlloc.emalloc(4 * 1024 * 1024);
        ZendAlloc.efree(p);
        return p;
    }

    /** erealloc from 16 bytes doubling to 1 MB (small → large, in place where possible), then efree. */
    @Benchmark
    public long reallocGrowthSeries() {
        long p = ZendAlloc.emalloc(16);
        for (long size = 32; size <= 1024 * 1024; size <<= 1) p = ZendAlloc.erealloc(p, size);
        ZendAlloc.efree(p);
        return p;
    }

    /** libc malloc(64) + free through FFM: what USE_ZEND_ALLOC=0 pays per small allocation. */
    @Benchmark
    public long libcMallocFreePair() {
        long p = LibC.malloc(64);
        LibC.free(p);
        return p;
    }

    /** The current heap, so the JIT cannot treat AG(mm_heap) as absent. */
    public static long heapSize() {
        return AllocGlobals.mm_heap.size();
    }
}
