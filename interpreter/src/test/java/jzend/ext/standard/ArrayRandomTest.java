package jzend.ext.standard;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * shuffle() and array_rand() draw the same sequence as php 8.2 from a seeded MT19937. Expected
 * values printed by php -n after mt_srand(42) / mt_srand(7, MT_RAND_PHP) (json_encode / implode).
 */
class ArrayRandomTest {
    private long baseline, tmp, rv;

    @BeforeEach
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        tmp = ZendAlloc.pemalloc(16);
        rv = ZendAlloc.pemalloc(16);
        baseline = AllocGlobals.mm_heap.size();
    }

    @AfterEach
    void stop() {
        assertEquals(baseline, AllocGlobals.mm_heap.size(), "the heap is back at its baseline");
        ZendAlloc.pefree(tmp);
        ZendAlloc.pefree(rv);
        ZendInternedStrings.deactivate();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private long range(int from, int to) {
        long ht = ZendHash.zend_new_array_0();
        for (int i = from; i <= to; i++) {
            ZendVm.setLong(tmp, i);
            ZendHash.zend_hash_next_index_insert(ht, tmp);
        }
        return ht;
    }

    private long map(Object... kv) {
        long ht = ZendHash.zend_new_array_0();
        for (int i = 0; i < kv.length; i += 2) {
            ZendVm.setLong(tmp, (Integer) kv[i + 1]);
            if (kv[i] instanceof Integer k) {
                ZendHash.zend_hash_index_update(ht, k, tmp);
            } else {
                long key = ZendString.init(((String) kv[i]).getBytes(StandardCharsets.ISO_8859_1), false);
                ZendHash.zend_hash_update(ht, key, tmp);
                ZendString.release(key);
            }
        }
        return ht;
    }

    private static String json(long zv) {
        int t = NativeMemory.getInt(zv + 8) & 0xff;
        if (t == ZendVm.IS_LONG) return Long.toString(NativeMemory.getLong(zv));
        if (t == ZendVm.IS_STRING) return "\"" + ZendString.toJavaString(NativeMemory.getLong(zv)) + "\"";
        long ht = NativeMemory.getLong(zv);
        List<String> out = new ArrayList<>();
        for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
            out.add(json(ZendHash.zend_hash_data_at(ht, p)));
        }
        return "[" + String.join(",", out) + "]";
    }

    private String shuffled(long ht) {
        ArrayRandom.php_array_data_shuffle(ht);
        ZendArrays.setArray(tmp, ht);
        String s = json(tmp);
        ZendArrays.release(ht);
        return s;
    }

    private String pick(long ht, long num) {
        ArrayRandom.php_array_pick_keys(0, ht, num, rv);
        String s = json(rv);
        ZendVm.release(rv);
        ZendArrays.release(ht);
        return s;
    }

    @Test
    void mt19937Sequence() {
        ArrayRandom.mt = new MtRand();
        ArrayRandom.mt.seed(42);
        assertEquals("[2,4,10,8,7,1,9,5,6,3]", shuffled(range(1, 10)));
        assertEquals("[5,1,2,3,4]", shuffled(map("a", 1, "b", 2, "c", 3, 5, 4, "e", 5)));
        assertEquals("[7,11,12,14,15]", pick(range(0, 19), 5));
        assertEquals("[0,1,2,3,4,5,7,8,10,12,14,15,17,18,19]", pick(range(0, 19), 15));
        assertEquals("\"z\"", pick(map("x", 1, "y", 2, "z", 3), 1));
        long holes = range(0, 9);
        for (int i = 1; i <= 6; i++) ZendHash.zend_hash_index_del(holes, i);
        assertEquals("7", pick(holes, 1));
        assertEquals("[\"r\",\"t\"]", pick(map("q", 1, "r", 2, "s", 3, "t", 4), 2));
    }

    @Test
    void mtRandPhpModeChangesTheTwistNotTheRange() {
        ArrayRandom.mt = new MtRand();
        ArrayRandom.mt.seed(7, MtRand.MT_RAND_PHP);
        assertEquals("[5,1,3,4,6,7,9,10,8,2]", shuffled(range(1, 10)));
        assertEquals("[5,11,14]", pick(range(0, 19), 3));
    }
}
