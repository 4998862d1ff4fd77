package jzend.bench;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * zend_string and HashTable on ZendMM: lookups by int and string key in a 1000-element array,
 * appending 1000 ints to a packed array, and concatenating two strings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class ZendHashBenchmark {
    private long packed, mixed, value;
    private long[] keys;
    private long a, b;
    private int i;

    @Setup(Level.Trial)
    public void build() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        value = ZendAlloc.emalloc(16);
        packed = ZendHash.zend_new_array_0();
        mixed = ZendHash.zend_new_array_0();
        keys = new long[1000];
        for (int n = 0; n < 1000; n++) {
            ZendVm.setLong(value, n);
            ZendHash.zend_hash_next_index_insert(packed, value);
            keys[n] = ZendString.init(("k" + n).getBytes(), false);
            ZendHash.zend_hash_update(mixed, keys[n], value);
        }
        a = ZendString.init("hello, ".getBytes(), false);
        b = ZendString.init("world".getBytes(), false);
    }

    @TearDown(Level.Trial)
    public void free() {
        ZendArrays.release(packed);
        ZendArrays.release(mixed);
        for (long k : keys) ZendString.release(k);
        ZendString.release(a);
        ZendString.release(b);
        ZendAlloc.efree(value);
        ZendInternedStrings.deactivate();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    /** $packed[$i] — zend_hash_index_find on a packed array. */
    @Benchmark
    public long intKeyLookup() {
        i = (i + 7) % 1000;
        return NativeMemory.getLong(ZendHash.zend_hash_index_find(packed, i));
    }

    /** $mixed["k$i"] — zend_hash_find with a string whose hash is cached. */
    @Benchmark
    public long stringKeyLookup() {
        i = (i + 7) % 1000;
        return NativeMemory.getLong(ZendHash.zend_hash_find(mixed, keys[i]));
    }

    /** $x = []; for 1000: $x[] = $n; then the array is freed. */
    @Benchmark
    public long packedAppend1000() {
        long ht = ZendHash.zend_new_array_0();
        for (int n = 0; n < 1000; n++) {
            ZendVm.setLong(value, n);
            ZendHash.zend_hash_next_index_insert(ht, value);
        }
        long count = ZendArrays.zend_array_count(ht);
        ZendArrays.release(ht);
        return count;
    }

    /** $a . $b — zend_string_concat2 and release. */
    @Benchmark
    public long stringConcat() {
        long s = ZendString.concat2(a, b);
        long len = ZendString.len(s);
        ZendString.release(s);
        return len;
    }
}
