package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import jzend.zend.ops.NumericString;
import static jzend.zend.execute.ZendParseParameters.arg;
import static jzend.zend.execute.ZendParseParameters.requiredArray;

/**
 * ext/standard/array.c: the array functions that take their arguments by value.
 */
public final class ArrayFunctions {
    private ArrayFunctions() {}

    private static final String OWNER = "jzend/ext/standard/ArrayFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("array_keys", OWNER, "array_keys", 1, "array"),
        new ZendFunctionEntry("array_values", OWNER, "array_values", 1, "array"),
        new ZendFunctionEntry("in_array", OWNER, "in_array", 2, "needle", "haystack", "strict"),
        new ZendFunctionEntry("array_search", OWNER, "array_search", 2, "needle", "haystack", "strict"),
        new ZendFunctionEntry("array_key_exists", OWNER, "array_key_exists", 2, "key", "array"),
        new ZendFunctionEntry("key_exists", OWNER, "array_key_exists", 2, "key", "array"),
        new ZendFunctionEntry("array_sum", OWNER, "array_sum", 1, "array"),
        new ZendFunctionEntry("array_key_first", OWNER, "array_key_first", 1, "array"),
        new ZendFunctionEntry("array_key_last", OWNER, "array_key_last", 1, "array"),
        new ZendFunctionEntry("range", OWNER, "range", 2, "start", "end", "step"),
    };

    private static int first(long ht) { return ZendHash.zend_hash_first_pos(ht); }
    private static boolean valid(long ht, int pos) { return pos < ZendArray.numUsed(ht); }
    private static int next(long ht, int pos) { return ZendHash.zend_hash_next_pos(ht, pos); }

    /** Writes the key at a position into a zval. */
    private static void key(long ht, int pos, long zv) {
        if (ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG) ZendVm.setLong(zv, ZendHash.zend_hash_int_key_at(ht, pos));
        else ZendVm.setString(zv, ZendString.copy(ZendHash.zend_hash_str_key_at(ht, pos)));
    }

    /** A scratch zval (one executor thread). */
    private static final long TMP = jzend.zend.alloc.LibC.malloc(16);

    /** Appends a copy of a zval to a new array being built. */
    private static void append(long ht, long zv) {
        ZendVm.setNull(TMP);
        long slot = ZendHash.zend_hash_next_index_insert(ht, TMP);
        NativeMemory.copy(zv, slot, 16);
        int t = NativeMemory.getInt(zv + 8);
        if ((t & 0x100) != 0) NativeMemory.putInt(NativeMemory.getLong(zv), NativeMemory.getInt(NativeMemory.getLong(zv)) + 1);
    }

    /** PHP_FUNCTION(array_keys). */
    public static void array_keys(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) {
            key(ht, p, TMP);
            long slot = ZendHash.zend_hash_next_index_insert(out, TMP);
            if (slot == 0) throw new IllegalStateException();
        }
        ZendArrays.setArray(rv, out);
    }

    /** PHP_FUNCTION(array_values). */
    public static void array_values(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) append(out, ZendHash.zend_hash_data_at(ht, p));
        ZendArrays.setArray(rv, out);
    }

    /** php_search_array: the position of the needle, or -1. */
    private static int search(long ex, long ht) {
        long needle = arg(ex, 1);
        boolean strict = ZendParseParameters.optionalBool(ex, 3, false);
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) {
            long v = ZendHash.zend_hash_data_at(ht, p);
            if (strict ? ZendVm.isIdentical(v, needle) : ZendVm.isEqual(v, needle)) return p;
        }
        return -1;
    }

    /** PHP_FUNCTION(in_array). */
    public static void in_array(long ex, long rv) {
        ZendVm.setBool(rv, search(ex, requiredArray(ex, 2)) >= 0);
    }

    /** PHP_FUNCTION(array_search): the key, or false. */
    public static void array_search(long ex, long rv) {
        long ht = requiredArray(ex, 2);
        int p = search(ex, ht);
        if (p < 0) ZendVm.setBool(rv, false);
        else key(ht, p, rv);
    }

    /** PHP_FUNCTION(array_key_exists). */
    public static void array_key_exists(long ex, long rv) {
        long ht = requiredArray(ex, 2);
        long found = ZendArrayOps.findKey(ht, arg(ex, 1));
        ZendVm.setBool(rv, found != 0);
    }

    /** PHP_FUNCTION(array_sum): ints stay ints until they overflow. */
    public static void array_sum(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        ZendVm.setLong(rv, 0);
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) {
            long v = ZendHash.zend_hash_data_at(ht, p);
            int t = NativeMemory.getInt(v + 8) & 0xff;
            if (t == ZendVm.IS_ARRAY) continue;
            ZendVm.add(rv, rv, v);
        }
    }

    /** PHP_FUNCTION(array_key_first). */
    public static void array_key_first(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        int p = first(ht);
        if (valid(ht, p)) key(ht, p, rv);
        else ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(array_key_last). */
    public static void array_key_last(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        int last = -1;
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) last = p;
        if (last >= 0) key(ht, last, rv);
        else ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(range) as in PHP 8.2: character, float and integer ranges with a step. */
    public static void range(long ex, long rv) {
        long a = ZendArrayOps.deref(arg(ex, 1)), b = ZendArrayOps.deref(arg(ex, 2));
        int ta = NativeMemory.getInt(a + 8) & 0xff, tb = NativeMemory.getInt(b + 8) & 0xff;
        boolean hasStep = ZendExecuteData.numArgs(ex) >= 3;
        boolean stepIsDouble = hasStep && isDoubleValued(ZendArrayOps.deref(arg(ex, 3)));
        double step = hasStep ? Math.abs(ZendParseParameters.requiredDouble(ex, 3)) : 1.0;
        boolean isFloat = ta == ZendVm.IS_DOUBLE || tb == ZendVm.IS_DOUBLE || stepIsDouble;
        if (ta == ZendVm.IS_STRING && tb == ZendVm.IS_STRING && ZendString.len(NativeMemory.getLong(a)) >= 1
                && ZendString.len(NativeMemory.getLong(b)) >= 1) {
            byte[] sa = ZendString.bytes(NativeMemory.getLong(a)), sb = ZendString.bytes(NativeMemory.getLong(b));
            jzend.zend.ops.NumResult r = new jzend.zend.ops.NumResult();
            int t1 = NumericString.isNumericString(sa, 0, sa.length, r, false);
            int t2 = NumericString.isNumericString(sb, 0, sb.length, r, false);
            if (t1 == ZendVm.IS_DOUBLE || t2 == ZendVm.IS_DOUBLE) isFloat = true;
            else if (t1 != ZendVm.IS_LONG && t2 != ZendVm.IS_LONG && !stepIsDouble) {
                charRange(ex, rv, sa[0] & 0xff, sb[0] & 0xff, (long) step);
                return;
            }
        }
        long out = ZendHash.zend_new_array_0();
        if (isFloat) {
            double low = rangeDouble(ex, 1, a, ta), high = rangeDouble(ex, 2, b, tb);
            if (low != high && (Math.abs(high - low) < step || step <= 0)) {
                ZendArrays.release(out);
                throw stepExceedsRange(ex);
            }
            long n = low == high ? 0 : (long) Math.floor(Math.abs(high - low) / step);
            for (long i = 0; i <= n; i++) {
                ZendVm.setDouble(TMP, low <= high ? low + i * step : low - i * step);
                ZendHash.zend_hash_next_index_insert(out, TMP);
            }
        } else {
            long low = rangeLong(ex, 1, a, ta), high = rangeLong(ex, 2, b, tb);
            long lstep = (long) step;
            if (low != high && (lstep <= 0 || Math.abs((double) high - (double) low) < lstep)) {
                ZendArrays.release(out);
                throw stepExceedsRange(ex);
            }
            for (long v = low; ; v += low <= high ? lstep : -lstep) {
                ZendVm.setLong(TMP, v);
                ZendHash.zend_hash_next_index_insert(out, TMP);
                if (low == high || (low < high ? v > high - lstep : v < high + lstep)) break;
            }
        }
        ZendArrays.setArray(rv, out);
    }

    /** A float step, or a numeric string holding one: range()'s is_step_double. */
    private static boolean isDoubleValued(long zv) {
        int t = NativeMemory.getInt(zv + 8) & 0xff;
        if (t == ZendVm.IS_DOUBLE) return true;
        if (t != ZendVm.IS_STRING) return false;
        byte[] s = ZendString.bytes(NativeMemory.getLong(zv));
        return NumericString.isNumericString(s, 0, s.length, new jzend.zend.ops.NumResult(), false) == ZendVm.IS_DOUBLE;
    }

    /** zval_get_double for string bounds (as range() does), weak double parsing otherwise. */
    private static double rangeDouble(long ex, int n, long zv, int type) {
        if (type != ZendVm.IS_STRING) return ZendParseParameters.requiredDouble(ex, n);
        byte[] s = ZendString.bytes(NativeMemory.getLong(zv));
        return NumericString.toDouble(s, 0, s.length);
    }

    /** zval_get_long for string bounds (as range() does), weak long parsing otherwise. */
    private static long rangeLong(long ex, int n, long zv, int type) {
        if (type != ZendVm.IS_STRING) return ZendParseParameters.requiredLong(ex, n);
        byte[] s = ZendString.bytes(NativeMemory.getLong(zv));
        return NumericString.toLong(s, 0, s.length, new jzend.zend.ops.NumResult());
    }

    private static void charRange(long ex, long rv, int from, int to, long lstep) {
        if (from != to && lstep <= 0) throw stepExceedsRange(ex);
        long out = ZendHash.zend_new_array_0();
        for (int c = from; ; c += from <= to ? (int) lstep : (int) -lstep) {
            ZendVm.setString(TMP, jzend.zend.string.ZendInternedStrings.oneChar(c));
            ZendHash.zend_hash_next_index_insert(out, TMP);
            if (from == to || (from < to ? c + lstep > to : c - lstep < to)) break;
        }
        ZendArrays.setArray(rv, out);
    }

    private static RuntimeException stepExceedsRange(long ex) {
        return ZendParseParameters.valueError(ex, 3, "must not exceed the specified range");
    }
}
