package jzend.zend.hash;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * memory_get_usage() deltas of array operations, byte for byte as php 8.2.36 reports them
 * (php -n, each figure checked against the real binary; see php-internals.md §6).
 */
class ZendHashMemoryTest {
    private long baseline;
    /** $x, and a temporary zval for values (persistent: not on the request heap). */
    private long x, tmp;

    @BeforeEach
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        x = ZendAlloc.pemalloc(16);
        tmp = ZendAlloc.pemalloc(16);
        baseline = usage();
    }

    @AfterEach
    void stop() {
        assertEquals(baseline, usage(), "the heap is back at its baseline");
        ZendAlloc.pefree(x);
        ZendAlloc.pefree(tmp);
        ZendInternedStrings.deactivate();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private static long usage() { return AllocGlobals.mm_heap.size(); }

    private long longVal(long v) {
        ZendVm.setLong(tmp, v);
        return tmp;
    }

    /** $x = []. */
    private void emptyArray() { ZendArrays.setEmptyArray(x); }

    /** $x[] = v: SEPARATE_ARRAY then zend_hash_next_index_insert. */
    private void append(long v) {
        long ht = ZendArrays.separateZval(x);
        assertNotEquals(0, ZendHash.zend_hash_next_index_insert(ht, longVal(v)));
    }

    private void unsetX() { ZendVm.release(x); ZendVm.setNull(x); }

    @ParameterizedTest(name = "{0} ints appended to [] take {1} bytes")
    @CsvSource({"1, 216", "8, 216", "9, 376", "16, 376", "17, 696", "1000, 20536"})
    void appendInts(int count, long bytes) {
        emptyArray();
        for (int i = 0; i < count; i++) append(i);
        assertEquals(bytes, usage() - baseline);
        assertEquals(count, ZendHash.zend_hash_num_elements(NativeMemory.getLong(x)));
        assertTrue(ZendArray.isPacked(NativeMemory.getLong(x)));
        unsetX();
    }

    @ParameterizedTest(name = "$x[{0}]=1 takes {1} bytes")
    @CsvSource({"5, 216", "100, 376"})
    void assignIndex(long key, long bytes) {
        emptyArray();
        long ht = ZendArrays.separateZval(x);
        ZendHash.zend_hash_index_update(ht, key, longVal(1));
        assertEquals(bytes, usage() - baseline);
        assertEquals(key < 8, ZendArray.isPacked(ht));
        unsetX();
    }

    @ParameterizedTest(name = "{0} string keys take {1} bytes")
    @CsvSource({"1, 408", "8, 632", "9, 984", "1000, 73016"})
    void stringKeys(int count, long bytes) {
        emptyArray();
        for (int i = 0; i < count; i++) {
            long ht = ZendArrays.separateZval(x);
            long key = ZendString.init(("k" + i).getBytes(StandardCharsets.ISO_8859_1), false); // "k$i": a TMP string
            assertEquals(32, AllocGlobals.mm_heap.blockSize(key));
            ZendSymtable.zend_symtable_update(ht, key, longVal(i));
            ZendString.release(key); // FREE_OP of the TMP: the table keeps its reference
        }
        assertEquals(bytes, usage() - baseline);
        unsetX();
    }

    @Test
    void dupOfHundredIntsThenAppend() {
        emptyArray();
        for (int i = 0; i < 100; i++) append(i);
        long arr = NativeMemory.getLong(x);
        long b = ZendAlloc.pemalloc(16);
        try {
            // $b = $arr: 0 bytes
            long before = usage();
            ZendArrays.setArray(b, arr);
            ZendArrays.addRef(arr);
            assertEquals(before, usage());
            // $b[] = 1: separation (zend_array_dup) then append
            long ht = ZendArrays.separateZval(b);
            assertNotEquals(arr, ht);
            assertEquals(1, ZendArray.refcount(arr));
            ZendHash.zend_hash_next_index_insert(ht, longVal(1));
            assertEquals(2616, usage() - before);
            assertEquals(100, ZendHash.zend_hash_num_elements(arr));
            assertEquals(101, ZendHash.zend_hash_num_elements(ht));
            ZendVm.release(b);
        } finally {
            ZendAlloc.pefree(b);
        }
        unsetX();
    }

    @Test
    void emptyArrayLiteralCostsNothingAndIsNeverFreed() {
        emptyArray();
        long e = ZendArrays.zend_empty_array();
        assertEquals(0, usage() - baseline);
        assertEquals(2, ZendArray.refcount(e));
        assertTrue(ZendArray.isImmutable(e));
        ZendArrays.release(e);
        ZendVm.release(x);
        assertEquals(2, ZendArray.refcount(e));
        assertEquals(0, ZendArray.nextFreeElement(e));
    }

    @Test
    void dupOfEmptyArrayKeepsItsNextFreeElement() {
        // $b = []; $b[-3] = 1; $b[] = 2 → keys -3, 0 (the empty array's nNextFreeElement is 0)
        emptyArray();
        long ht = ZendArrays.separateZval(x);
        assertEquals(56, usage() - baseline);
        ZendHash.zend_hash_index_update(ht, -3, longVal(1));
        ZendHash.zend_hash_next_index_insert(ht, longVal(2));
        assertNotEquals(0, ZendHash.zend_hash_index_find(ht, 0));
        // a new array ([-5 => 'a'] literal) starts at ZEND_LONG_MIN: $a[] goes to -4
        long a = ZendHash.zend_new_array_0();
        ZendHash.zend_hash_index_update(a, -5, longVal(1));
        ZendHash.zend_hash_next_index_insert(a, longVal(2));
        assertNotEquals(0, ZendHash.zend_hash_index_find(a, -4));
        ZendArrays.release(a);
        unsetX();
    }

    @Test
    void nestedArraysAndStringValuesAreReleased() {
        emptyArray();
        long outer = ZendArrays.separateZval(x);
        for (int i = 0; i < 20; i++) {
            long inner = ZendHash.zend_new_array_0();
            for (int j = 0; j < 10; j++) {
                ZendVm.setString(tmp, ZendString.init(("v" + j).getBytes(StandardCharsets.ISO_8859_1), false));
                ZendHash.zend_hash_next_index_insert(inner, tmp);
            }
            ZendArrays.setArray(tmp, inner);
            ZendHash.zend_hash_str_update(outer, ("key" + i).getBytes(StandardCharsets.ISO_8859_1), tmp);
        }
        long copy = ZendArrays.zend_array_dup(outer);
        ZendHash.zend_hash_str_del(outer, "key3".getBytes(StandardCharsets.ISO_8859_1));
        ZendHash.zend_hash_clean(outer);
        ZendArrays.release(copy);
        unsetX();
    }

    @Test
    void persistentTableUsesNoRequestMemory() {
        long ht = ZendAlloc.pemalloc(ZendArray.SIZE);
        ZendHash.zend_hash_init(ht, 8, ZendArray.ZVAL_PTR_DTOR, true);
        for (int i = 0; i < 100; i++) {
            ZendVm.setLong(tmp, i);
            ZendHash.zend_hash_str_update(ht, ("p" + i).getBytes(StandardCharsets.ISO_8859_1), tmp);
        }
        assertEquals(0, usage() - baseline);
        assertEquals(100, ZendHash.zend_hash_num_elements(ht));
        ZendHash.zend_hash_destroy(ht);
        ZendAlloc.pefree(ht);
    }
    /** $x = []; $x[k * 100] = 1 for k < 8: a full mixed table of 8. */
    private long fullMixedTable() {
        emptyArray();
        long ht = ZendArrays.separateZval(x);
        for (int i = 0; i < 8; i++) ZendHash.zend_hash_index_update(ht, i * 100L, longVal(1));
        assertEquals(376, usage() - baseline);
        return ht;
    }

    @Test
    void fullTableWithAHoleIsCompactedNotGrown() {
        long ht = fullMixedTable();
        ZendHash.zend_hash_index_del(ht, 0);
        ZendHash.zend_hash_index_update(ht, 1, longVal(1)); // nNumUsed 8 > 7 + (7 >> 5): rehash in place
        assertEquals(376, usage() - baseline);
        assertEquals(8, ZendArray.tableSize(ht));
        assertEquals(8, ZendArray.numUsed(ht));
        unsetX();
    }

    @Test
    void fullTableWithoutHolesDoubles() {
        long ht = fullMixedTable();
        ZendHash.zend_hash_index_update(ht, 1, longVal(1));
        assertEquals(696, usage() - baseline); // 56 + 16 * 40 = 640
        assertEquals(16, ZendArray.tableSize(ht));
        unsetX();
    }

    @Test
    void negativeKeyMakesAMixedTable() {
        emptyArray();
        long ht = ZendArrays.separateZval(x);
        ZendHash.zend_hash_index_update(ht, -3, longVal(1)); // (zend_ulong)-3 >= nTableSize
        assertEquals(376, usage() - baseline);
        assertFalse(ZendArray.isPacked(ht));
        unsetX();
    }

    @Test
    void packedArrayOverflowingItsTableBecomesAHash() {
        // $x = []; 8 appends; $x[20] = 1: (20 >> 1) >= 8, so packed_to_hash with nTableSize doubled: 56 + 640
        emptyArray();
        for (int i = 0; i < 8; i++) append(i);
        long ht = ZendArrays.separateZval(x);
        ZendHash.zend_hash_index_update(ht, 20, longVal(1));
        assertEquals(696, usage() - baseline);
        assertFalse(ZendArray.isPacked(ht));
        ZendHash.zend_hash_index_del(ht, 3);
        ZendHash.zend_hash_index_update(ht, 3, longVal(5));
        assertEquals(696, usage() - baseline);
        unsetX();
    }

    @Test
    void dupOfAnImmutableLiteralThenStringKey() {
        // $x = [1, 2, 3]; $x["a"] = 1 → 376 (literal arrays are immutable: 0 bytes until written)
        long lit = ZendHash.zend_new_array_0();
        for (int i = 1; i <= 3; i++) ZendHash.zend_hash_next_index_insert(lit, longVal(i));
        NativeMemory.putInt(lit + ZendArray.GC_TYPE_INFO, ZendArray.IS_ARRAY | ZendArray.GC_IMMUTABLE);
        NativeMemory.putInt(lit, 2);
        long key = ZendInternedStrings.intern("a".getBytes(StandardCharsets.ISO_8859_1)); // a compiled literal
        long before = usage();
        ZendArrays.setArray(x, lit);
        assertEquals(ZendArray.IS_ARRAY, NativeMemory.getInt(x + 8), "stored without the refcounted flag");
        long ht = ZendArrays.separateZval(x);
        assertNotEquals(lit, ht);
        ZendHash.zend_hash_update(ht, key, longVal(1));
        assertEquals(376, usage() - before);
        assertNotEquals(0, ZendArray.flags(ht) & ZendArray.HASH_FLAG_STATIC_KEYS, "an interned key keeps STATIC_KEYS");
        assertEquals(2, ZendArray.refcount(lit), "an immutable array's refcount never moves");
        ZendVm.release(x);
        ZendVm.setNull(x);
        NativeMemory.putInt(lit + ZendArray.GC_TYPE_INFO, ZendArray.GC_ARRAY);
        ZendArrays.release(lit);
        ZendArrays.release(lit);
        ZendInternedStrings.deactivate();
    }

    @Test
    void aCopiedKeyLosesStaticKeysAndIsSharedByDup() {
        emptyArray();
        long ht = ZendArrays.separateZval(x);
        long key = ZendString.init("name".getBytes(StandardCharsets.ISO_8859_1), false);
        ZendHash.zend_hash_update(ht, key, longVal(1));
        assertEquals(0, ZendArray.flags(ht) & ZendArray.HASH_FLAG_STATIC_KEYS);
        assertEquals(2, ZendString.refcount(key));
        long copy = ZendArrays.zend_array_dup(ht);
        assertEquals(3, ZendString.refcount(key));
        assertEquals(ZendArray.arData(copy), ZendHash.zend_hash_find(copy, key), "first bucket of the copy");
        ZendArrays.release(copy);
        ZendString.release(key);
        assertEquals(1, ZendString.refcount(key));
        assertTrue(ZendHash.zend_hash_del(ht, key));
        assertEquals(0, ZendHash.zend_hash_num_elements(ht));
        unsetX();
    }
}
