package jzend.ext.standard;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendHashSort;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static jzend.ext.standard.ArrayCompare.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * ZendHashSort (zend_sort + zend_hash_sort_ex) with array.c's compare functions over real
 * HashTables in ZendMM memory. Every expected line is what php -n 8.2.36 printed for the same
 * sort (d() = the key=>value pairs in var_export form).
 */
class ArraySortTest {
    private long baseline;
    private long tmp;

    @BeforeEach
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        tmp = ZendAlloc.pemalloc(16);
        baseline = AllocGlobals.mm_heap.size();
    }

    @AfterEach
    void stop() {
        assertEquals(baseline, AllocGlobals.mm_heap.size(), "the heap is back at its baseline");
        ZendAlloc.pefree(tmp);
        ZendInternedStrings.deactivate();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private void value(Object v) {
        switch (v) {
            case null -> ZendVm.setNull(tmp);
            case Long l -> ZendVm.setLong(tmp, l);
            case Integer i -> ZendVm.setLong(tmp, i);
            case Double d -> ZendVm.setDouble(tmp, d);
            case Boolean b -> ZendVm.setBool(tmp, b);
            case String s -> ZendVm.setString(tmp, ZendString.init(s.getBytes(StandardCharsets.ISO_8859_1), false));
            default -> throw new IllegalArgumentException();
        }
    }

    /** A list array of the values. */
    private long list(Object... values) {
        long ht = ZendHash.zend_new_array_0();
        for (Object v : values) {
            value(v);
            ZendHash.zend_hash_next_index_insert(ht, tmp);
        }
        return ht;
    }

    /** An array from key, value pairs (Integer or String keys, strings taken as they are). */
    private long map(Object... kv) {
        long ht = ZendHash.zend_new_array_0();
        for (int i = 0; i < kv.length; i += 2) {
            value(kv[i + 1]);
            if (kv[i] instanceof Integer k) ZendHash.zend_hash_index_update(ht, k, tmp);
            else {
                long key = ZendString.init(((String) kv[i]).getBytes(StandardCharsets.ISO_8859_1), false);
                ZendHash.zend_hash_update(ht, key, tmp);
                ZendString.release(key);
            }
        }
        return ht;
    }

    private static String export(long zv) {
        return switch (NativeMemory.getInt(zv + 8) & 0xff) {
            case ZendVm.IS_NULL -> "NULL";
            case ZendVm.IS_FALSE -> "false";
            case ZendVm.IS_TRUE -> "true";
            case ZendVm.IS_LONG -> Long.toString(NativeMemory.getLong(zv));
            case ZendVm.IS_DOUBLE -> {
                double d = NativeMemory.getDouble(zv);
                yield d == Math.rint(d) ? Long.toString((long) d) + ".0" : Double.toString(d);
            }
            case ZendVm.IS_STRING -> "'" + ZendString.toJavaString(NativeMemory.getLong(zv)) + "'";
            default -> "?";
        };
    }

    /** d($a) of the php script, then the array is released. */
    private static String dump(long ht) {
        List<String> out = new ArrayList<>();
        for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
            long k = ZendHash.zend_hash_str_key_at(ht, p);
            String key = k != 0 ? "'" + ZendString.toJavaString(k) + "'" : Long.toString(ZendHash.zend_hash_int_key_at(ht, p));
            out.add(key + "=>" + export(ZendHash.zend_hash_data_at(ht, p)));
        }
        ZendArrays.release(ht);
        return String.join(",", out);
    }

    private static long sort(long ht, long flags) { ZendHashSort.zend_hash_sort(ht, php_get_data_compare_func(flags, false), true); return ht; }
    private static long rsort(long ht, long flags) { ZendHashSort.zend_hash_sort(ht, php_get_data_compare_func(flags, true), true); return ht; }
    private static long asort(long ht, boolean rev) { ZendHashSort.zend_hash_sort(ht, php_get_data_compare_func(0, rev), false); return ht; }
    private static long ksort(long ht, long flags, boolean rev) { ZendHashSort.zend_hash_sort(ht, php_get_key_compare_func(flags, rev), false); return ht; }

    @Test
    void regularMixesNumbersAndNumericStrings() {
        assertEquals("0=>1,1=>'2',2=>3,3=>'10'", dump(sort(list(3, "10", 1, "2"), PHP_SORT_REGULAR)));
    }

    @Test
    void stringFlags() {
        assertEquals("0=>'A1',1=>'a1',2=>'a10',3=>'a9',4=>'b'", dump(sort(list("b", "a10", "a9", "A1", "a1"), PHP_SORT_STRING)));
        // case-folded: 'A1' and 'a1' tie and keep their order
        assertEquals("0=>'A1',1=>'a1',2=>'a10',3=>'a9',4=>'b'",
                dump(sort(list("b", "a10", "a9", "A1", "a1"), PHP_SORT_STRING | PHP_SORT_FLAG_CASE)));
    }

    @Test
    void naturalFlags() {
        assertEquals("0=>'IMG2',1=>'img1',2=>'img2',3=>'img10',4=>'img12'",
                dump(sort(list("img12", "img10", "IMG2", "img1", "img2"), PHP_SORT_NATURAL)));
        assertEquals("0=>'img1',1=>'IMG2',2=>'img2',3=>'img10',4=>'img12'",
                dump(sort(list("img12", "img10", "IMG2", "img1", "img2"), PHP_SORT_NATURAL | PHP_SORT_FLAG_CASE)));
    }

    @Test
    void numericFlag() {
        assertEquals("0=>'0x1A',1=>'abc',2=>' 5',3=>'9',4=>'10',5=>'1e1'",
                dump(sort(list("10", "9", "1e1", "0x1A", " 5", "abc"), PHP_SORT_NUMERIC)));
    }

    @Test
    void reverseKeepsTiesInOriginalOrder() {
        assertEquals("0=>'abc',1=>'10',2=>'1e1',3=>'9',4=>'5'", dump(rsort(list("10", "9", "1e1", "abc", "5"), 0)));
    }

    private long mod3() {
        Object[] kv = new Object[80];
        for (int i = 0; i < 40; i++) {
            kv[2 * i] = "k" + i;
            kv[2 * i + 1] = (long) (i % 3);
        }
        return map(kv);
    }

    private static String mod3Expected(int... order) {
        List<String> out = new ArrayList<>();
        for (int r : order) for (int i = r; i < 40; i += 3) out.add("'k" + i + "'=>" + r);
        return String.join(",", out);
    }

    @Test
    void stableBeyondInsertionSort() {
        // 40 elements: the quick sort path; equal values stay in insertion order
        assertEquals(mod3Expected(0, 1, 2), dump(asort(mod3(), false)));
        assertEquals(mod3Expected(2, 1, 0), dump(asort(mod3(), true)));
    }

    private static final Object[] MIXED = {"abc", 10, "9", true, null, 2.5, "1e1", "x", 0, "", "0", -1, "-1", 1.5, "a", "B",
            false, 7, "7.0", "zz", 3};

    @Test
    void nonTransitiveRegularCompareGivesPhpsOrder() {
        // PHP 8's comparison is not a total order across types: only the same algorithm gives the same result
        assertEquals("0=>NULL,1=>'',2=>-1,3=>'0',4=>false,5=>true,6=>'-1',7=>0,8=>1.5,9=>2.5,10=>3,11=>7,12=>'7.0',"
                + "13=>'9',14=>10,15=>'1e1',16=>'B',17=>'a',18=>'abc',19=>'x',20=>'zz'", dump(sort(list(MIXED), 0)));
        assertEquals("0=>'abc',1=>'a',2=>'9',3=>true,4=>'zz',5=>'x',6=>'B',7=>10,8=>'1e1',9=>7,10=>'7.0',11=>3,12=>2.5,"
                + "13=>1.5,14=>0,15=>'0',16=>-1,17=>'-1',18=>NULL,19=>'',20=>false", dump(rsort(list(MIXED), 0)));
    }

    @Test
    void keyFlags() {
        Object[] kv = {"b", 1, "a", 2, 10, 3, "9a", 4, 9, 5, -1, 6, "x", 7};
        long ht = map(kv);
        ksort(ht, 0, false);
        assertEquals("-1=>6,9=>5,10=>3,'9a'=>4,'a'=>2,'b'=>1,'x'=>7", dumpKeep(ht));
        ksort(ht, 0, true);
        assertEquals("'x'=>7,'b'=>1,'a'=>2,'9a'=>4,10=>3,9=>5,-1=>6", dumpKeep(ht));
        ksort(ht, PHP_SORT_STRING, false);
        assertEquals("-1=>6,10=>3,9=>5,'9a'=>4,'a'=>2,'b'=>1,'x'=>7", dumpKeep(ht));
        ksort(ht, PHP_SORT_NUMERIC, false);
        assertEquals("-1=>6,'a'=>2,'b'=>1,'x'=>7,9=>5,'9a'=>4,10=>3", dump(ht));
    }

    private static String dumpKeep(long ht) {
        ZendArrays.addRef(ht);
        return dump(ht);
    }

    @Test
    void quickSortWithFivePivotsOnLargeArrays() {
        // 1100 elements: nmemb >> 10 selects zend_sort_5; result checked against Java's sort
        Object[] v = new Object[1100];
        long[] expect = new long[1100];
        for (int i = 0; i < 1100; i++) {
            v[i] = (long) ((i * 7919) % 1013);
            expect[i] = (long) v[i];
        }
        java.util.Arrays.sort(expect);
        long ht = sort(list(v), 0);
        assertTrue(ZendArray.isPacked(ht));
        assertEquals(1100, ZendArray.nextFreeElement(ht));
        for (int i = 0; i < 1100; i++) assertEquals(expect[i], NativeMemory.getLong(ZendArray.valAt(ht, i)));
        ZendArrays.release(ht);
    }

    @Test
    void renumberingDropsStringKeysAndPacks() {
        long ht = map("b", 2, "a", 1, 7, 0);
        sort(ht, 0);
        assertTrue(ZendArray.isPacked(ht));
        assertEquals(3, ZendArray.nextFreeElement(ht));
        assertEquals("0=>0,1=>1,2=>2", dump(ht));
    }

    @Test
    void holesAreSqueezedOut() {
        long ht = list(5, 4, 3, 2, 1);
        ZendHash.zend_hash_index_del(ht, 1);
        ZendHash.zend_hash_index_del(ht, 3);
        asort(ht, false);
        assertEquals(3, ZendArray.numUsed(ht));
        assertEquals("4=>1,2=>3,0=>5", dump(ht));
    }

    @Test
    void singleElementIsLeftAlone() {
        long ht = list(1);
        asort(ht, false);
        assertTrue(ZendArray.isPacked(ht), "no conversion for one element without renumbering");
        assertEquals("0=>1", dump(ht));
    }

    @Test
    void arraysCompareByCountThenElements() {
        assertEquals(1, zendCompareArrays(new Object[] {1, 2}, new Object[] {3}));
        assertEquals(-1, zendCompareArrays(new Object[] {1, 2}, new Object[] {2, 1}));
        assertEquals(0, zendCompareArrays(new Object[] {1, "2"}, new Object[] {1, 2}));
    }

    private int zendCompareArrays(Object[] a, Object[] b) {
        long x = list(a), y = list(b);
        int r = ArrayCompare.zend_compare_arrays(x, y);
        ZendArrays.release(x);
        ZendArrays.release(y);
        return r;
    }

    @Test
    void memoryOfSortMatchesPhp() {
        // php: $a = range(1, 8) (packed, 8 slots: 56 + 8*16+8 = 192 bytes); sort($a) converts to a
        // hash and back, ending packed with the same footprint
        long ht = list(8, 7, 6, 5, 4, 3, 2, 1);
        long before = AllocGlobals.mm_heap.size();
        sort(ht, 0);
        assertEquals(before, AllocGlobals.mm_heap.size());
        assertEquals("0=>1,1=>2,2=>3,3=>4,4=>5,5=>6,6=>7,7=>8", dump(ht));
        ht = list(8, 7, 6, 5, 4, 3, 2, 1);
        before = AllocGlobals.mm_heap.size();
        asort(ht, false);
        // asort leaves a hash: 8 buckets + 16 slots (320 bytes) instead of 8 zvals + 2 slots (136, bin 160)
        assertEquals(before + 160, AllocGlobals.mm_heap.size());
        assertFalse(ZendArray.isPacked(ht));
        ZendArrays.release(ht);
    }
}
