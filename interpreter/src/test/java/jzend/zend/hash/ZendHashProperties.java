package jzend.zend.hash;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Random sequences of array writes (integer and string keys, numeric strings, negative keys,
 * appends, deletions, copy-on-write duplicates), checked after every operation against a model:
 * a LinkedHashMap under PHP's key rules, with the nNextFreeElement rules of 8.2 and the packed /
 * hash decision of zend_hash.c. Iteration order, lookups, counts, nNextFreeElement and
 * packedness must all agree; an array that was duplicated and then written to is unchanged; the
 * heap returns to its baseline.
 */
class ZendHashProperties {
    // ------------------------------------------------------------------ the model

    /** PHP's array, as a user sees it, plus the layout facts that change what a user sees. */
    static final class Model {
        enum Mode { UNINIT, PACKED, HASH }
        final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
        long nextFree;
        Mode mode = Mode.UNINIT;
        long tableSize = 8;

        Model(long nextFree) { this.nextFree = nextFree; }

        /** What zend_array_dup makes of this array (the separated copy): an empty one is uninitialized. */
        Model copy() {
            Model m = new Model(nextFree);
            m.map.putAll(map);
            if (map.isEmpty()) { m.mode = Mode.UNINIT; m.tableSize = 8; }
            else { m.mode = mode; m.tableSize = tableSize; }
            return m;
        }

        /** This array as it is (the table a second reference keeps while the first separates). */
        Model snapshot() {
            Model m = new Model(nextFree);
            m.map.putAll(map);
            m.mode = mode;
            m.tableSize = tableSize;
            return m;
        }

        /** nNumUsed of a packed table: the highest key + 1 (trailing holes are trimmed). */
        long packedUsed() {
            long max = -1;
            for (Object k : map.keySet()) max = Math.max(max, (Long) k);
            return max + 1;
        }

        void maxRule(long h) {
            if (h >= nextFree) nextFree = h < Long.MAX_VALUE ? h + 1 : Long.MAX_VALUE;
        }

        /** Adds or updates an integer key; false for an add of an existing key. */
        boolean putInt(long h, Object v, boolean add) {
            if (map.containsKey(h)) {
                if (add) return false;
                map.put(h, v);
                return true;
            }
            switch (mode) {
                case UNINIT -> {
                    if (Long.compareUnsigned(h, tableSize) < 0) { mode = Mode.PACKED; nextFree = h + 1; }
                    else { mode = Mode.HASH; maxRule(h); }
                }
                case PACKED -> {
                    long used = packedUsed();
                    if (Long.compareUnsigned(h, used) < 0) { mode = Mode.HASH; maxRule(h); }
                    else if (Long.compareUnsigned(h, tableSize) < 0) nextFree = h + 1;
                    else if (Long.compareUnsigned(h >>> 1, tableSize) < 0 && (tableSize >>> 1) < map.size()) {
                        tableSize *= 2;
                        nextFree = h + 1;
                    } else {
                        mode = Mode.HASH;
                        maxRule(h);
                    }
                }
                case HASH -> maxRule(h);
            }
            map.put(h, v);
            return true;
        }

        boolean putStr(String k, Object v, boolean add) {
            if (map.containsKey(k)) {
                if (add) return false;
                map.put(k, v);
                return true;
            }
            mode = Mode.HASH;
            map.put(k, v);
            return true;
        }

        boolean append(Object v) {
            return putInt(nextFree == Long.MIN_VALUE ? 0 : nextFree, v, true);
        }

        boolean del(Object k) { return map.remove(k) != null; }
    }

    private static final Pattern INTEGER_KEY = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE), MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** PHP's rule for string keys, written independently of ZendHandleNumericStr. */
    static Object phpKey(String s) {
        if (!INTEGER_KEY.matcher(s).matches() || s.equals("-0")) return s;
        BigInteger b = new BigInteger(s);
        return b.compareTo(MIN) < 0 || b.compareTo(MAX) > 0 ? s : (Object) b.longValue();
    }

    // ------------------------------------------------------------------ operations

    sealed interface Op permits IndexUpdate, IndexAdd, IndexDel, StrUpdate, StrAdd, StrDel, Append, Dup {}
    record IndexUpdate(long h, Object v) implements Op {}
    record IndexAdd(long h, Object v) implements Op {}
    record IndexDel(long h) implements Op {}
    record StrUpdate(String k, Object v) implements Op {}
    record StrAdd(String k, Object v) implements Op {}
    record StrDel(String k) implements Op {}
    record Append(Object v) implements Op {}
    /** $copy = $a (a reference is added; the next write to $a separates). */
    record Dup() implements Op {}

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Long> ints = Arbitraries.frequencyOf(
                Tuple(8, Arbitraries.longs().between(0, 20)),
                Tuple(3, Arbitraries.longs().between(21, 300)),
                Tuple(2, Arbitraries.longs().between(-6, -1)),
                Tuple(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, 1L << 40)));
        Arbitrary<String> strs = Arbitraries.frequencyOf(
                Tuple(6, Arbitraries.integers().between(0, 30).map(i -> "k" + i)),
                Tuple(3, Arbitraries.of("0", "1", "5", "7", "-5", "-1", "123", "20", "0123", "-0", " 1", "1.5", "",
                        "-", "1e3", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                        "-9223372036854775809", "99999999999999999999", "00", "a", "B")),
                Tuple(1, Arbitraries.integers().between(-10, 40).map(String::valueOf)));
        Arbitrary<Object> vals = Arbitraries.oneOf(
                Arbitraries.longs().between(-1000, 1000).map(l -> (Object) l),
                Arbitraries.integers().between(0, 99).map(i -> (Object) ("v" + i)));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple(5, Combinators.combine(ints, vals).as(IndexUpdate::new)),
                Tuple(2, Combinators.combine(ints, vals).as(IndexAdd::new)),
                Tuple(3, ints.map(IndexDel::new)),
                Tuple(4, Combinators.combine(strs, vals).as(StrUpdate::new)),
                Tuple(1, Combinators.combine(strs, vals).as(StrAdd::new)),
                Tuple(2, strs.map(StrDel::new)),
                Tuple(8, vals.map(Append::new)),
                Tuple(1, Arbitraries.just(new Dup())));
        return op.list().ofMinSize(0).ofMaxSize(200).withSizeDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> Tuple(int f, Arbitrary<? extends T> a) {
        return net.jqwik.api.Tuple.of(f, a);
    }

    // ------------------------------------------------------------------ the run

    private long baseline, tmp, zv;
    private static long operations, packedToHash, separations, rejected;

    @AfterContainer
    static void enoughVolume() {
        assertTrue(operations >= 20_000, "only " + operations + " operations ran");
        assertTrue(packedToHash >= 100, "packed arrays became hashes only " + packedToHash + " times");
        assertTrue(separations >= 100, "only " + separations + " copy-on-write separations");
        assertTrue(rejected >= 50, "only " + rejected + " rejected adds / appends");
    }

    @BeforeTry
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        tmp = ZendAlloc.pemalloc(16);
        zv = ZendAlloc.pemalloc(16);
        baseline = AllocGlobals.mm_heap.size();
    }

    @AfterTry
    void stop() {
        ZendAlloc.pefree(tmp);
        ZendAlloc.pefree(zv);
        ZendInternedStrings.deactivate();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    /** A value in tmp: a long, or a fresh refcounted string the table takes over. */
    private long value(Object v) {
        if (v instanceof Long l) ZendVm.setLong(tmp, l);
        else ZendVm.setString(tmp, ZendString.init(((String) v).getBytes(StandardCharsets.ISO_8859_1), false));
        return tmp;
    }

    /** An add that failed leaves the value with us: release it. */
    private void dropIfRejected(long r) {
        if (r == 0) {
            ZendVm.release(tmp);
            rejected++;
        }
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Property(tries = 300, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void behavesLikePhpArrays(@ForAll("sequences") List<Op> ops, @ForAll boolean startFromEmptyLiteral) {
        Model model;
        if (startFromEmptyLiteral) {
            ZendArrays.setEmptyArray(zv); // $a = [];
            model = new Model(0);
        } else {
            ZendArrays.setArray(zv, ZendHash.zend_new_array_0()); // a fresh zend_new_array
            model = new Model(Long.MIN_VALUE);
        }
        List<Long> held = new ArrayList<>();
        List<Model> heldModels = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Dup) {
                long ht = NativeMemory.getLong(zv);
                ZendArrays.addRef(ht);
                held.add(ht);
                heldModels.add(model.snapshot());
                continue;
            }
            long before = NativeMemory.getLong(zv);
            boolean wasPacked = ZendArray.isPacked(before);
            long ht = ZendArrays.separateZval(zv);
            if (ht != before) {
                separations++;
                model = model.copy(); // $a now has zend_array_dup's copy; the held reference keeps the old table
                wasPacked = ZendArray.isPacked(ht);
            }
            operations++;
            String what = op.toString();
            switch (op) {
                case IndexUpdate(long h, Object v) -> {
                    assertNotEquals(0, ZendHash.zend_hash_index_update(ht, h, value(v)), what);
                    model.putInt(h, v, false);
                }
                case IndexAdd(long h, Object v) -> {
                    long r = ZendHash.zend_hash_index_add(ht, h, value(v));
                    dropIfRejected(r);
                    assertEquals(model.putInt(h, v, true), r != 0, what);
                }
                case IndexDel(long h) -> assertEquals(model.del(h), ZendHash.zend_hash_index_del(ht, h), what);
                case StrUpdate(String k, Object v) -> {
                    long key = ZendString.init(bytes(k), false);
                    assertNotEquals(0, ZendSymtable.zend_symtable_update(ht, key, value(v)), what);
                    ZendString.release(key);
                    Object pk = phpKey(k);
                    if (pk instanceof Long l) model.putInt(l, v, false);
                    else model.putStr(k, v, false);
                }
                case StrAdd(String k, Object v) -> {
                    long key = ZendString.init(bytes(k), false);
                    long r = ZendSymtable.zend_symtable_add(ht, key, value(v));
                    dropIfRejected(r);
                    ZendString.release(key);
                    Object pk = phpKey(k);
                    boolean added = pk instanceof Long l ? model.putInt(l, v, true) : model.putStr(k, v, true);
                    assertEquals(added, r != 0, what);
                }
                case StrDel(String k) -> {
                    boolean r = ZendSymtable.zend_symtable_str_del(ht, bytes(k));
                    assertEquals(model.del(phpKey(k)), r, what);
                }
                case Append(Object v) -> {
                    long r = ZendHash.zend_hash_next_index_insert(ht, value(v));
                    dropIfRejected(r);
                    assertEquals(model.append(v), r != 0, what);
                }
                case Dup d -> throw new AssertionError();
            }
            if (wasPacked && !ZendArray.isPacked(ht)) packedToHash++;
            check(ht, model, what);
            for (int i = 0; i < held.size(); i++) check(held.get(i), heldModels.get(i), "held copy after " + what);
        }
        ZendVm.release(zv);
        for (long h : held) ZendArrays.release(h);
        assertEquals(baseline, AllocGlobals.mm_heap.size(), "every array, key and value freed");
    }

    private static Object valueOf(long val) {
        int t = NativeMemory.getInt(val + 8) & 0xff;
        if (t == ZendVm.IS_LONG) return NativeMemory.getLong(val);
        assertEquals(ZendVm.IS_STRING, t);
        return ZendString.toJavaString(NativeMemory.getLong(val));
    }

    private static void check(long ht, Model model, String after) {
        assertEquals(model.map.size(), ZendHash.zend_hash_num_elements(ht), "count after " + after);
        assertEquals(model.nextFree, ZendArray.nextFreeElement(ht), "nNextFreeElement after " + after);
        assertEquals(model.mode == Model.Mode.PACKED, ZendArray.isPacked(ht), "packed after " + after);
        assertEquals(model.mode == Model.Mode.UNINIT, ZendArray.isUninitialized(ht), "uninitialized after " + after);
        List<Map.Entry<Object, Object>> actual = new ArrayList<>();
        for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
            Object key = switch (ZendHash.zend_hash_key_type_at(ht, pos)) {
                case ZendHash.HASH_KEY_IS_LONG -> (Object) ZendHash.zend_hash_int_key_at(ht, pos);
                case ZendHash.HASH_KEY_IS_STRING -> ZendString.toJavaString(ZendHash.zend_hash_str_key_at(ht, pos));
                default -> throw new AssertionError("no key at a valid position");
            };
            actual.add(Map.entry(key, valueOf(ZendHash.zend_hash_data_at(ht, pos))));
        }
        assertEquals(new ArrayList<>(model.map.entrySet()), actual, "iteration after " + after);
        for (var e : model.map.entrySet()) {
            long found = e.getKey() instanceof Long l ? ZendHash.zend_hash_index_find(ht, l)
                    : ZendHash.zend_hash_str_find(ht, bytes((String) e.getKey()));
            assertNotEquals(0, found, "find " + e.getKey() + " after " + after);
            assertEquals(e.getValue(), valueOf(found));
        }
        assertEquals(0, ZendHash.zend_hash_str_find(ht, bytes("absent")));
        assertEquals(0, ZendHash.zend_hash_index_find(ht, 123456789));
    }
}
