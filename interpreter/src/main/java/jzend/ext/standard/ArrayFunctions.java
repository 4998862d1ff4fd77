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
    private static final String SET_OPS = "jzend/ext/standard/ArraySetOps";
    private static final String SORT = "jzend/ext/standard/ArraySort";
    private static final String STACK = "jzend/ext/standard/ArrayStack";
    private static final String RANDOM = "jzend/ext/standard/ArrayRandom";
    private static final String POINTER = "jzend/ext/standard/ArrayPointer";

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
        new ZendFunctionEntry("array_merge", OWNER, "array_merge", 0, "...arrays"),
        new ZendFunctionEntry("array_merge_recursive", OWNER, "array_merge_recursive", 0, "...arrays"),
        new ZendFunctionEntry("array_replace", OWNER, "array_replace", 1, "array", "...replacements"),
        new ZendFunctionEntry("array_combine", OWNER, "array_combine", 2, "keys", "values"),
        new ZendFunctionEntry("array_flip", OWNER, "array_flip", 1, "array"),
        new ZendFunctionEntry("array_slice", OWNER, "array_slice", 2, "array", "offset", "length", "preserve_keys"),
        new ZendFunctionEntry("array_reverse", OWNER, "array_reverse", 1, "array", "preserve_keys"),
        new ZendFunctionEntry("array_count_values", OWNER, "array_count_values", 1, "array"),
        new ZendFunctionEntry("array_fill", OWNER, "array_fill", 3, "start_index", "count", "value"),
        new ZendFunctionEntry("array_fill_keys", OWNER, "array_fill_keys", 2, "keys", "value"),
        new ZendFunctionEntry("array_pad", OWNER, "array_pad", 3, "array", "length", "value"),
        new ZendFunctionEntry("array_chunk", OWNER, "array_chunk", 2, "array", "length", "preserve_keys"),
        new ZendFunctionEntry("array_column", OWNER, "array_column", 2, "array", "column_key", "index_key"),
        new ZendFunctionEntry("array_product", OWNER, "array_product", 1, "array"),
        new ZendFunctionEntry("array_is_list", OWNER, "array_is_list", 1, "array"),
        new ZendFunctionEntry("array_change_key_case", OWNER, "array_change_key_case", 1, "array", "case"),
        new ZendFunctionEntry("array_unique", SET_OPS, "array_unique", 1, "array", "flags"),
        new ZendFunctionEntry("array_diff", SET_OPS, "array_diff", 1, "array", "...arrays"),
        new ZendFunctionEntry("array_diff_key", SET_OPS, "array_diff_key", 1, "array", "...arrays"),
        new ZendFunctionEntry("array_diff_assoc", SET_OPS, "array_diff_assoc", 1, "array", "...arrays"),
        new ZendFunctionEntry("array_intersect", SET_OPS, "array_intersect", 1, "array", "...arrays"),
        new ZendFunctionEntry("array_intersect_key", SET_OPS, "array_intersect_key", 1, "array", "...arrays"),
        new ZendFunctionEntry("array_intersect_assoc", SET_OPS, "array_intersect_assoc", 1, "array", "...arrays"),
        new ZendFunctionEntry("sort", SORT, "sort", 1, "&array", "flags"),
        new ZendFunctionEntry("rsort", SORT, "rsort", 1, "&array", "flags"),
        new ZendFunctionEntry("asort", SORT, "asort", 1, "&array", "flags"),
        new ZendFunctionEntry("arsort", SORT, "arsort", 1, "&array", "flags"),
        new ZendFunctionEntry("ksort", SORT, "ksort", 1, "&array", "flags"),
        new ZendFunctionEntry("krsort", SORT, "krsort", 1, "&array", "flags"),
        new ZendFunctionEntry("natsort", SORT, "natsort", 1, "&array"),
        new ZendFunctionEntry("natcasesort", SORT, "natcasesort", 1, "&array"),
        new ZendFunctionEntry("array_push", STACK, "array_push", 1, "&array", "...values"),
        new ZendFunctionEntry("array_pop", STACK, "array_pop", 1, "&array"),
        new ZendFunctionEntry("array_shift", STACK, "array_shift", 1, "&array"),
        new ZendFunctionEntry("array_unshift", STACK, "array_unshift", 1, "&array", "...values"),
        new ZendFunctionEntry("array_splice", STACK, "array_splice", 2, "&array", "offset", "length", "replacement"),
        new ZendFunctionEntry("array_rand", RANDOM, "array_rand", 1, "array", "num"),
        new ZendFunctionEntry("shuffle", RANDOM, "shuffle", 1, "&array"),
        new ZendFunctionEntry("current", POINTER, "current", 1, "array"),
        new ZendFunctionEntry("pos", POINTER, "current", 1, "array"),
        new ZendFunctionEntry("key", POINTER, "key", 1, "array"),
        new ZendFunctionEntry("reset", POINTER, "reset", 1, "&array"),
        new ZendFunctionEntry("end", POINTER, "end", 1, "&array"),
        new ZendFunctionEntry("next", POINTER, "next", 1, "&array"),
        new ZendFunctionEntry("prev", POINTER, "prev", 1, "&array"),
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

    /** A zval for array_sum's converted element (one executor thread). */
    private static final long NUMBER = java.lang.foreign.Arena.global().allocate(16, 8).address();

    /**
     * PHP_FUNCTION(array_sum) as in 8.2: arrays and objects skipped, every other element through
     * convert_scalar_to_number (silently: "2x" is 2, "abc" 0), ints staying ints until they overflow.
     */
    public static void array_sum(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        ZendVm.setLong(rv, 0);
        for (int p = first(ht); valid(ht, p); p = next(ht, p)) {
            long v = ZendArrayOps.deref(ZendHash.zend_hash_data_at(ht, p));
            int t = NativeMemory.getInt(v + 8) & 0xff;
            if (t == ZendVm.IS_ARRAY || t == jzend.zend.execute.ZendExceptions.IS_OBJECT) continue;
            convert_scalar_to_number(v, NUMBER);
            ZendVm.add(rv, rv, NUMBER);
        }
    }

    /** Port of convert_scalar_to_number for a scalar, written into {@code out} (an int or a float). */
    private static void convert_scalar_to_number(long v, long out) {
        switch (NativeMemory.getInt(v + 8) & 0xff) {
            case ZendVm.IS_LONG -> ZendVm.setLong(out, NativeMemory.getLong(v));
            case ZendVm.IS_DOUBLE -> ZendVm.setDouble(out, NativeMemory.getDouble(v));
            case ZendVm.IS_TRUE -> ZendVm.setLong(out, 1);
            case ZendVm.IS_STRING -> {
                byte[] b = ZendString.bytes(NativeMemory.getLong(v));
                jzend.zend.ops.NumResult r = new jzend.zend.ops.NumResult();
                int nt = NumericString.isNumericString(b, 0, b.length, r, true);
                if (nt == ZendVm.IS_DOUBLE) ZendVm.setDouble(out, r.dval);
                else ZendVm.setLong(out, nt == ZendVm.IS_LONG ? r.lval : 0);
            }
            default -> ZendVm.setLong(out, 0);
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

    // ------------------------------------------------------------------ merge / replace

    /** PHP_FUNCTION(array_merge). */
    public static void array_merge(long ex, long rv) { php_array_merge_wrapper(ex, rv, false); }

    /** PHP_FUNCTION(array_merge_recursive). */
    public static void array_merge_recursive(long ex, long rv) { php_array_merge_wrapper(ex, rv, true); }

    /** Port of php_array_merge_wrapper (8.2: the first array is always copied). */
    private static void php_array_merge_wrapper(long ex, long rv, boolean recursive) {
        int argc = ZendExecuteData.numArgs(ex);
        if (argc == 0) {
            ZendArrays.setEmptyArray(rv);
            return;
        }
        long count = 0;
        for (int i = 1; i <= argc; i++) count += ZendArray.numOfElements(ArrayUtil.arrayArg(ex, i));
        if (argc == 2) {
            long ret = 0;
            if (ZendArray.numOfElements(ArrayUtil.arrayArg(ex, 1)) == 0) ret = ArrayUtil.arrayArg(ex, 2);
            else if (ZendArray.numOfElements(ArrayUtil.arrayArg(ex, 2)) == 0) ret = ArrayUtil.arrayArg(ex, 1);
            if (ret != 0) {
                boolean copy;
                if (ZendArray.isPacked(ret)) {
                    copy = ZendArray.isWithoutHoles(ret);
                } else {
                    copy = true;
                    for (int p = 0; p < ArrayUtil.used(ret); p++) {
                        if (ArrayUtil.undef(ArrayUtil.val(ret, p))) continue;
                        if (ArrayUtil.strKey(ret, p) == 0) { copy = false; break; }
                    }
                }
                if (copy) {
                    ZendArrays.addRef(ret);
                    ZendArrays.setArray(rv, ret);
                    return;
                }
            }
        }
        long src = ArrayUtil.arrayArg(ex, 1);
        long dest = ZendHash.zend_new_array(count);
        ZendArrays.setArray(rv, dest);
        if (ZendArray.isPacked(src)) {
            ZendHash.zend_hash_real_init_packed(dest);
            for (int p = 0; p < ArrayUtil.used(src); p++) {
                long e = ArrayUtil.val(src, p);
                if (ArrayUtil.undef(e)) continue;
                ArrayUtil.appendCopy(dest, ArrayUtil.unwrapLoneRef(e));
            }
        } else {
            ZendHash.zend_hash_real_init_mixed(dest);
            for (int p = 0; p < ArrayUtil.used(src); p++) {
                long e = ArrayUtil.val(src, p);
                if (ArrayUtil.undef(e)) continue;
                e = ArrayUtil.unwrapLoneRef(e);
                ArrayUtil.addRef(e);
                long key = ArrayUtil.strKey(src, p);
                if (key != 0) ZendHash.zend_hash_add_new(dest, key, e);
                else ZendHash.zend_hash_next_index_insert_new(dest, e);
            }
        }
        for (int i = 2; i <= argc; i++) {
            if (recursive) php_array_merge_recursive(dest, ArrayUtil.arrayArg(ex, i));
            else php_array_merge(dest, ArrayUtil.arrayArg(ex, i));
        }
    }

    /** Port of php_array_merge: string keys overwrite, integer keys are appended. */
    static void php_array_merge(long dest, long src) {
        if (ZendArray.isPacked(dest) && ZendArray.isPacked(src)) {
            ZendHash.zend_hash_extend(dest, (long) ZendArray.numOfElements(dest) + ZendArray.numOfElements(src), true);
            for (int p = 0; p < ArrayUtil.used(src); p++) {
                long e = ArrayUtil.val(src, p);
                if (ArrayUtil.undef(e)) continue;
                ArrayUtil.appendCopy(dest, ArrayUtil.unwrapLoneRef(e));
            }
            return;
        }
        for (int p = 0; p < ArrayUtil.used(src); p++) {
            long e = ArrayUtil.val(src, p);
            if (ArrayUtil.undef(e)) continue;
            e = ArrayUtil.unwrapLoneRef(e);
            ArrayUtil.addRef(e);
            long key = ArrayUtil.strKey(src, p);
            if (key != 0) ZendHash.zend_hash_update(dest, key, e);
            else ZendHash.zend_hash_next_index_insert_new(dest, e);
        }
    }

    /** Port of php_array_merge_recursive (without GC recursion protection). */
    static void php_array_merge_recursive(long dest, long src) {
        for (int p = 0; p < ArrayUtil.used(src); p++) {
            long srcEntry = ArrayUtil.val(src, p);
            if (ArrayUtil.undef(srcEntry)) continue;
            long key = ArrayUtil.strKey(src, p);
            if (key != 0) {
                long destEntry = ZendHash.zend_hash_find(dest, key);
                if (destEntry != 0) {
                    long srcZval = ArrayCompare.deref(srcEntry);
                    long destZval = ArrayCompare.deref(destEntry);
                    if (ArrayUtil.type(destZval) == ZendVm.IS_ARRAY) ZendArrays.separateZval(destZval);
                    if (ArrayUtil.type(destZval) == ZendVm.IS_NULL) {
                        ZendArrays.setArray(destZval, ZendHash.zend_new_array_0());
                        ZendVm.setNull(ArrayUtil.TMP);
                        ZendHash.zend_hash_next_index_insert(NativeMemory.getLong(destZval), ArrayUtil.TMP);
                    } else {
                        convertToArray(destZval);
                    }
                    if (ArrayUtil.type(srcZval) == ZendVm.IS_ARRAY) {
                        php_array_merge_recursive(NativeMemory.getLong(destZval), NativeMemory.getLong(srcZval));
                    } else {
                        ArrayUtil.addRef(srcZval);
                        if (ZendHash.zend_hash_next_index_insert(NativeMemory.getLong(destZval), srcZval) == 0) {
                            ZendVm.release(srcZval);
                            throw cannotAddElement();
                        }
                    }
                } else {
                    long zv = ZendHash.zend_hash_add_new(dest, key, srcEntry);
                    ArrayUtil.zvalAddRef(zv);
                }
            } else {
                long zv = ZendHash.zend_hash_next_index_insert(dest, srcEntry);
                if (zv == 0) throw cannotAddElement();
                ArrayUtil.zvalAddRef(zv);
            }
        }
    }

    /** convert_to_array for a scalar: [0 => value] (the value moves into the new array). */
    private static void convertToArray(long zv) {
        if (ArrayUtil.type(zv) == ZendVm.IS_ARRAY) return;
        long ht = ZendHash.zend_new_array_0();
        NativeMemory.copy(zv, ArrayUtil.TMP2, 16);
        ZendHash.zend_hash_index_add_new(ht, 0, ArrayUtil.TMP2);
        ZendArrays.setArray(zv, ht);
    }

    static RuntimeException cannotAddElement() {
        return jzend.zend.execute.ZendError.create("Error", "Cannot add element to the array as the next element is already occupied");
    }

    /** PHP_FUNCTION(array_replace): a copy of the first array, then zend_hash_merge(…, overwrite) of the others. */
    public static void array_replace(long ex, long rv) {
        int argc = ZendExecuteData.numArgs(ex);
        for (int i = 1; i <= argc; i++) ArrayUtil.arrayArg(ex, i);
        long dest = ZendArrays.zend_array_dup(ArrayUtil.arrayArg(ex, 1));
        ZendArrays.setArray(rv, dest);
        for (int i = 2; i <= argc; i++) {
            long src = ArrayUtil.arrayArg(ex, i);
            for (int p = 0; p < ArrayUtil.used(src); p++) {
                long s = ArrayUtil.val(src, p);
                if (ArrayUtil.undef(s)) continue;
                long key = ArrayUtil.strKey(src, p);
                long t = key != 0 ? ZendHash.zend_hash_update(dest, key, s) : ZendHash.zend_hash_index_update(dest, ArrayUtil.numKey(src, p), s);
                ArrayUtil.zvalAddRef(t);
            }
        }
    }

    // ------------------------------------------------------------------ keys and values

    /** PHP_FUNCTION(array_combine). */
    public static void array_combine(long ex, long rv) {
        long keys = requiredArray(ex, 1), values = requiredArray(ex, 2);
        int numKeys = ZendArray.numOfElements(keys), numValues = ZendArray.numOfElements(values);
        if (numKeys != numValues) {
            throw ZendParseParameters.valueError(ex, 1, "and argument #2 ($values) must have the same number of elements");
        }
        if (numKeys == 0) {
            ZendArrays.setEmptyArray(rv);
            return;
        }
        long out = ZendHash.zend_new_array(numKeys);
        ZendArrays.setArray(rv, out);
        try {
            combine(keys, values, out);
        } catch (jzend.zend.execute.ZendError e) {
            // a key that cannot be a string (an object): HANDLE_EXCEPTION frees the result
            ZendArrays.release(out);
            ZendVm.setNull(rv);
            throw e;
        }
    }

    private static void combine(long keys, long values, long out) {
        int posValues = 0;
        for (int p = 0; p < ArrayUtil.used(keys); p++) {
            long k = ArrayUtil.val(keys, p);
            if (ArrayUtil.undef(k)) continue;
            while (posValues < ArrayUtil.used(values)) {
                long v = ArrayUtil.val(values, posValues);
                if (!ArrayUtil.undef(v)) {
                    long t;
                    long kd = ArrayCompare.deref(k);
                    if (ArrayUtil.type(kd) == ZendVm.IS_LONG) {
                        t = ZendHash.zend_hash_index_update(out, NativeMemory.getLong(kd), v);
                    } else {
                        long key = ArrayUtil.tmpString(kd);
                        t = jzend.zend.hash.ZendSymtable.zend_symtable_update(out, key, v);
                        ArrayUtil.release(key);
                    }
                    ArrayUtil.zvalAddRef(t);
                    posValues++;
                    break;
                }
                posValues++;
            }
        }
    }

    /** PHP_FUNCTION(array_flip). */
    public static void array_flip(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            e = ArrayCompare.deref(e);
            int t = ArrayUtil.type(e);
            if (t == ZendVm.IS_LONG || t == ZendVm.IS_STRING) {
                long sk = ArrayUtil.strKey(ht, p);
                if (sk != 0) ZendVm.setString(TMP, ZendString.copy(sk));
                else ZendVm.setLong(TMP, ArrayUtil.numKey(ht, p));
                if (t == ZendVm.IS_LONG) ZendHash.zend_hash_index_update(out, NativeMemory.getLong(e), TMP);
                else jzend.zend.hash.ZendSymtable.zend_symtable_update(out, NativeMemory.getLong(e), TMP);
            } else {
                ArrayUtil.warning(ex, "Can only flip string and integer values, entry skipped");
            }
        }
    }

    /** PHP_FUNCTION(array_count_values). */
    public static void array_count_values(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long out = ZendHash.zend_new_array_0();
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            e = ArrayCompare.deref(e);
            int t = ArrayUtil.type(e);
            if (t == ZendVm.IS_LONG) {
                long zv = ZendHash.zend_hash_index_find(out, NativeMemory.getLong(e));
                if (zv == 0) {
                    ZendVm.setLong(TMP, 1);
                    ZendHash.zend_hash_index_update(out, NativeMemory.getLong(e), TMP);
                } else {
                    NativeMemory.putLong(zv, NativeMemory.getLong(zv) + 1);
                }
            } else if (t == ZendVm.IS_STRING) {
                long zv = jzend.zend.hash.ZendSymtable.zend_symtable_find(out, NativeMemory.getLong(e));
                if (zv == 0) {
                    ZendVm.setLong(TMP, 1);
                    jzend.zend.hash.ZendSymtable.zend_symtable_update(out, NativeMemory.getLong(e), TMP);
                } else {
                    NativeMemory.putLong(zv, NativeMemory.getLong(zv) + 1);
                }
            } else {
                ArrayUtil.warning(ex, "Can only count string and integer values, entry skipped");
            }
        }
    }

    /** PHP_FUNCTION(array_is_list) (zend_array_is_list). */
    public static void array_is_list(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        ZendVm.setBool(rv, isList(ht));
    }

    static boolean isList(long ht) {
        if (ZendArray.numOfElements(ht) == 0) return true;
        if (ZendArray.isPacked(ht) && ZendArray.isWithoutHoles(ht)) return true;
        long expected = 0;
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            if (ArrayUtil.undef(ArrayUtil.val(ht, p))) continue;
            if (ArrayUtil.strKey(ht, p) != 0 || ArrayUtil.numKey(ht, p) != expected++) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ slices

    /** PHP_FUNCTION(array_slice). */
    public static void array_slice(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long offset = ZendParseParameters.requiredLong(ex, 2);
        long numIn = ZendArray.numOfElements(ht);
        long length = ArrayUtil.optionalLongOrNull(ex, 3, numIn);
        boolean preserveKeys = ZendParseParameters.optionalBool(ex, 4, false);
        if (offset > numIn) {
            ZendArrays.setEmptyArray(rv);
            return;
        } else if (offset < 0 && (offset = numIn + offset) < 0) {
            offset = 0;
        }
        if (length < 0) {
            length = numIn - offset + length;
        } else if (Long.compareUnsigned(offset + length, numIn) > 0) {
            length = numIn - offset;
        }
        if (length <= 0) {
            ZendArrays.setEmptyArray(rv);
            return;
        }
        long out = ZendHash.zend_new_array(length);
        ZendArrays.setArray(rv, out);
        int start = positionAtOffset(ht, offset);
        int end = ArrayUtil.used(ht);
        if (ZendArray.isPacked(ht)) {
            if (!preserveKeys || (offset == 0 && ZendArray.isWithoutHoles(ht))) {
                ZendHash.zend_hash_real_init_packed(out);
                long n = 0;
                for (int p = start; p < end; p++) {
                    if (n >= length) break;
                    long e = ArrayUtil.val(ht, p);
                    if (ArrayUtil.undef(e)) continue;
                    ArrayUtil.appendCopy(out, ArrayUtil.unwrapLoneRef(e));
                    n++;
                }
            } else {
                long n = 0;
                for (int p = start; p < end; p++) {
                    long e = ArrayUtil.val(ht, p);
                    if (ArrayUtil.undef(e)) continue;
                    if (n >= length) break;
                    n++;
                    ArrayUtil.zvalAddRef(ZendHash.zend_hash_index_add_new(out, p, e));
                }
            }
        } else {
            long n = 0;
            for (int p = start; p < end; p++) {
                long e = ArrayUtil.val(ht, p);
                if (ArrayUtil.undef(e)) continue;
                if (n >= length) break;
                n++;
                copyElement(ht, p, e, out, preserveKeys);
            }
        }
    }

    /**
     * array_slice / array_reverse's copy of element {@code e} at position {@code p}: a string key
     * kept, an int key kept only with {@code preserveKeys} (else appended), the value shared.
     */
    private static void copyElement(long ht, int p, long e, long out, boolean preserveKeys) {
        long key = ArrayUtil.strKey(ht, p);
        long t;
        if (key != 0) t = ZendHash.zend_hash_add_new(out, key, e);
        else if (preserveKeys) t = ZendHash.zend_hash_index_add_new(out, ArrayUtil.numKey(ht, p), e);
        else t = ZendHash.zend_hash_next_index_insert_new(out, e);
        ArrayUtil.zvalAddRef(t);
    }

    /** find_bucket_at_offset / find_packed_val_at_offset: the position of the offset-th element. */
    private static int positionAtOffset(long ht, long offset) {
        if (ZendArray.isWithoutHoles(ht)) return (int) offset;
        long pos = 0;
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            if (ArrayUtil.undef(ArrayUtil.val(ht, p))) continue;
            if (pos >= offset) return p;
            pos++;
        }
        return ArrayUtil.used(ht);
    }

    /** PHP_FUNCTION(array_reverse). */
    public static void array_reverse(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        boolean preserveKeys = ZendParseParameters.optionalBool(ex, 2, false);
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        ZendArrays.setArray(rv, out);
        if (ZendArray.isPacked(ht) && !preserveKeys) {
            ZendHash.zend_hash_real_init_packed(out);
            for (int p = ArrayUtil.used(ht) - 1; p >= 0; p--) {
                long e = ArrayUtil.val(ht, p);
                if (ArrayUtil.undef(e)) continue;
                ArrayUtil.appendCopy(out, ArrayUtil.unwrapLoneRef(e));
            }
            return;
        }
        for (int p = ArrayUtil.used(ht) - 1; p >= 0; p--) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            copyElement(ht, p, e, out, preserveKeys);
        }
    }

    /** PHP_FUNCTION(array_chunk). */
    public static void array_chunk(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long size = ZendParseParameters.requiredLong(ex, 2);
        boolean preserveKeys = ZendParseParameters.optionalBool(ex, 3, false);
        if (size < 1) throw ZendParseParameters.valueError(ex, 2, "must be greater than 0");
        int numIn = ZendArray.numOfElements(ht);
        if (size > numIn) {
            if (numIn == 0) {
                ZendArrays.setEmptyArray(rv);
                return;
            }
            size = numIn;
        }
        long out = ZendHash.zend_new_array(((numIn - 1) / size) + 1);
        ZendArrays.setArray(rv, out);
        long chunk = 0;
        long current = 0;
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            if (chunk == 0) chunk = ZendHash.zend_new_array(size);
            long t;
            if (preserveKeys) {
                long key = ArrayUtil.strKey(ht, p);
                t = key != 0 ? ZendHash.zend_hash_add_new(chunk, key, e) : ZendHash.zend_hash_index_add_new(chunk, ArrayUtil.numKey(ht, p), e);
            } else {
                t = ZendHash.zend_hash_next_index_insert(chunk, e);
            }
            ArrayUtil.zvalAddRef(t);
            if (++current % size == 0) {
                ZendArrays.setArray(TMP, chunk);
                ZendHash.zend_hash_next_index_insert(out, TMP);
                chunk = 0;
            }
        }
        if (chunk != 0) {
            ZendArrays.setArray(TMP, chunk);
            ZendHash.zend_hash_next_index_insert(out, TMP);
        }
    }

    // ------------------------------------------------------------------ filling

    /** PHP_FUNCTION(array_fill). */
    public static void array_fill(long ex, long rv) {
        long startKey = ZendParseParameters.requiredLong(ex, 1);
        long num = ZendParseParameters.requiredLong(ex, 2);
        long val = arg(ex, 3);
        if (num > 0) {
            if (num > Integer.MAX_VALUE) throw ZendParseParameters.valueError(ex, 2, "is too large");
            if (startKey > Long.MAX_VALUE - num + 1) throw cannotAddElement();
            if (startKey >= 0 && startKey < num) {
                long out = ZendHash.zend_new_array(startKey + num);
                ZendArrays.setArray(rv, out);
                ZendHash.zend_hash_real_init_packed(out);
                for (long i = 0; i < num; i++) {
                    ArrayUtil.addRef(val);
                    ZendHash.zend_hash_index_add_new(out, startKey + i, val);
                }
            } else {
                long out = ZendHash.zend_new_array(num);
                ZendArrays.setArray(rv, out);
                ZendHash.zend_hash_real_init_mixed(out);
                ArrayUtil.addRef(val);
                ZendHash.zend_hash_index_add_new(out, startKey, val);
                while (--num != 0) {
                    ArrayUtil.addRef(val);
                    ZendHash.zend_hash_next_index_insert_new(out, val);
                }
            }
        } else if (num == 0) {
            ZendArrays.setEmptyArray(rv);
        } else {
            throw ZendParseParameters.valueError(ex, 2, "must be greater than or equal to 0");
        }
    }

    /** PHP_FUNCTION(array_fill_keys). */
    public static void array_fill_keys(long ex, long rv) {
        long keys = requiredArray(ex, 1);
        long val = arg(ex, 2);
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(keys));
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < ArrayUtil.used(keys); p++) {
            long e = ArrayUtil.val(keys, p);
            if (ArrayUtil.undef(e)) continue;
            e = ArrayCompare.deref(e);
            if (ArrayUtil.type(e) == ZendVm.IS_LONG) {
                ArrayUtil.addRef(val);
                ZendHash.zend_hash_index_update(out, NativeMemory.getLong(e), val);
            } else {
                long key;
                try {
                    key = ArrayUtil.tmpString(e);
                } catch (jzend.zend.execute.ZendError x) {
                    // a key that cannot be a string (an object): HANDLE_EXCEPTION frees the result
                    ZendArrays.release(out);
                    ZendVm.setNull(rv);
                    throw x;
                }
                ArrayUtil.addRef(val);
                jzend.zend.hash.ZendSymtable.zend_symtable_update(out, key, val);
                ArrayUtil.release(key);
            }
        }
    }

    /** PHP_FUNCTION(array_pad) as in 8.2 (at most 1048576 elements added). */
    public static void array_pad(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        long padSize = ZendParseParameters.requiredLong(ex, 2);
        long padValue = arg(ex, 3);
        long inputSize = ZendArray.numOfElements(ht);
        long padSizeAbs = Math.abs(padSize);
        if (padSizeAbs < 0 || padSizeAbs - inputSize > 1048576) {
            throw ZendParseParameters.valueError(ex, 2, "must be less than or equal to 1048576");
        }
        if (inputSize >= padSizeAbs) {
            ZendArrays.addRef(ht);
            ZendArrays.setArray(rv, ht);
            return;
        }
        long numPads = padSizeAbs - inputSize;
        long out = ZendHash.zend_new_array(padSizeAbs);
        ZendArrays.setArray(rv, out);
        if (ZendArray.isPacked(ht)) {
            ZendHash.zend_hash_real_init_packed(out);
            if (padSize < 0) for (long i = 0; i < numPads; i++) ArrayUtil.appendCopy(out, padValue);
            for (int p = 0; p < ArrayUtil.used(ht); p++) {
                long e = ArrayUtil.val(ht, p);
                if (ArrayUtil.undef(e)) continue;
                ArrayUtil.appendCopy(out, e);
            }
            if (padSize > 0) for (long i = 0; i < numPads; i++) ArrayUtil.appendCopy(out, padValue);
        } else {
            if (padSize < 0) for (long i = 0; i < numPads; i++) ArrayUtil.appendCopy(out, padValue);
            for (int p = 0; p < ArrayUtil.used(ht); p++) {
                long e = ArrayUtil.val(ht, p);
                if (ArrayUtil.undef(e)) continue;
                ArrayUtil.addRef(e);
                long key = ArrayUtil.strKey(ht, p);
                if (key != 0) ZendHash.zend_hash_add_new(out, key, e);
                else ZendHash.zend_hash_next_index_insert_new(out, e);
            }
            if (padSize > 0) for (long i = 0; i < numPads; i++) ArrayUtil.appendCopy(out, padValue);
        }
    }

    // ------------------------------------------------------------------ column / product

    /** Z_PARAM_STR_OR_LONG_OR_NULL: sets COL_STR (a borrowed string) or COL_LONG; false for null. */
    private static long colStr;
    private static long colLong;

    private static boolean strOrLongOrNull(long ex, int n) {
        long zv = ArrayCompare.deref(arg(ex, n));
        int t = ArrayUtil.type(zv);
        colStr = 0;
        switch (t) {
            case ZendVm.IS_NULL:
                return false;
            case ZendVm.IS_STRING:
                colStr = NativeMemory.getLong(zv);
                return true;
            case ZendVm.IS_LONG, ZendVm.IS_DOUBLE, ZendVm.IS_TRUE, ZendVm.IS_FALSE:
                colLong = ZendParseParameters.requiredLong(ex, n);
                return true;
            default:
                throw ArrayUtil.argumentTypeError(ex, n, "string|int|null", t);
        }
    }

    /** array_column_fetch_prop for arrays: the element (with a new reference), or 0. */
    private static long fetchColumn(long data, long str, long lng) {
        if (ArrayUtil.type(data) != ZendVm.IS_ARRAY) return 0;
        long ht = NativeMemory.getLong(data);
        long prop = str != 0 ? jzend.zend.hash.ZendSymtable.zend_symtable_find(ht, str) : ZendHash.zend_hash_index_find(ht, lng);
        if (prop != 0) {
            prop = ArrayCompare.deref(prop);
            ArrayUtil.addRef(prop);
        }
        return prop;
    }

    /** PHP_FUNCTION(array_column) for arrays of arrays. */
    public static void array_column(long ex, long rv) {
        long input = requiredArray(ex, 1);
        boolean hasColumn = strOrLongOrNull(ex, 2);
        long columnStr = colStr, columnLong = colLong;
        boolean hasIndex = ZendExecuteData.numArgs(ex) >= 3 && strOrLongOrNull(ex, 3);
        long indexStr = colStr, indexLong = colLong;
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(input));
        ZendArrays.setArray(rv, out);
        if (!hasIndex) ZendHash.zend_hash_real_init_packed(out);
        for (int p = 0; p < ArrayUtil.used(input); p++) {
            long data = ArrayUtil.val(input, p);
            if (ArrayUtil.undef(data)) continue;
            data = ArrayCompare.deref(data);
            long colval;
            if (!hasColumn) {
                ArrayUtil.addRef(data);
                colval = data;
            } else if ((colval = fetchColumn(data, columnStr, columnLong)) == 0) {
                continue;
            }
            if (!hasIndex) {
                ZendHash.zend_hash_next_index_insert_new(out, colval);
                continue;
            }
            long keyval = fetchColumn(data, indexStr, indexLong);
            if (keyval != 0) {
                arraySetZvalKey(out, keyval, colval);
                ZendVm.release(keyval);
            } else {
                ZendHash.zend_hash_next_index_insert(out, colval);
            }
        }
    }

    /** array_set_zval_key: the value (whose reference the table takes) under a key of any scalar type. */
    private static void arraySetZvalKey(long ht, long key, long value) {
        switch (ArrayUtil.type(key)) {
            case ZendVm.IS_STRING -> jzend.zend.hash.ZendSymtable.zend_symtable_update(ht, NativeMemory.getLong(key), value);
            case ZendVm.IS_NULL -> ZendHash.zend_hash_update(ht, jzend.zend.string.ZendInternedStrings.emptyString(), value);
            case ZendVm.IS_LONG -> ZendHash.zend_hash_index_update(ht, NativeMemory.getLong(key), value);
            case ZendVm.IS_FALSE -> ZendHash.zend_hash_index_update(ht, 0, value);
            case ZendVm.IS_TRUE -> ZendHash.zend_hash_index_update(ht, 1, value);
            case ZendVm.IS_DOUBLE -> ZendHash.zend_hash_index_update(ht, jzend.zend.ops.Arith.dvalToLval(NativeMemory.getDouble(key)), value);
            default -> {
                ZendVm.release(value);
                throw jzend.zend.execute.ZendError.create("TypeError", "Illegal offset type");
            }
        }
    }

    /** PHP_FUNCTION(array_product) as in 8.2: arrays skipped, scalars converted to numbers, ints overflow to float. */
    public static void array_product(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        ZendVm.setLong(rv, 1);
        boolean isDouble = false;
        long l = 1;
        double d = 1;
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            e = ArrayCompare.deref(e);
            int t = ArrayUtil.type(e);
            if (t == ZendVm.IS_ARRAY || t == jzend.zend.execute.ZendExceptions.IS_OBJECT) continue;
            boolean eLong;
            long el = 0;
            double ed = 0;
            switch (t) {
                case ZendVm.IS_LONG -> { eLong = true; el = NativeMemory.getLong(e); }
                case ZendVm.IS_DOUBLE -> { eLong = false; ed = NativeMemory.getDouble(e); }
                case ZendVm.IS_TRUE -> { eLong = true; el = 1; }
                case ZendVm.IS_STRING -> {
                    byte[] b = ZendString.bytes(NativeMemory.getLong(e));
                    jzend.zend.ops.NumResult r = new jzend.zend.ops.NumResult();
                    int nt = NumericString.isNumericString(b, 0, b.length, r, true);
                    if (nt == ZendVm.IS_DOUBLE) { eLong = false; ed = r.dval; }
                    else { eLong = true; el = nt == ZendVm.IS_LONG ? r.lval : 0; }
                }
                default -> { eLong = true; el = 0; }
            }
            if (eLong && !isDouble) {
                long hi = Math.multiplyHigh(l, el), lo = l * el;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    l = lo;
                    continue;
                }
                d = (double) l * (double) el;
                isDouble = true;
                continue;
            }
            if (!isDouble) {
                d = l;
                isDouble = true;
            }
            d *= eLong ? (double) el : ed;
        }
        if (isDouble) ZendVm.setDouble(rv, d);
        else ZendVm.setLong(rv, l);
    }

    /** PHP_FUNCTION(array_change_key_case): string keys through php_string_tolower / php_string_toupper. */
    public static void array_change_key_case(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        boolean upper = ZendParseParameters.optionalLong(ex, 2, 0) != 0;
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < ArrayUtil.used(ht); p++) {
            long e = ArrayUtil.val(ht, p);
            if (ArrayUtil.undef(e)) continue;
            long key = ArrayUtil.strKey(ht, p);
            long t;
            if (key == 0) {
                t = ZendHash.zend_hash_index_update(out, ArrayUtil.numKey(ht, p), e);
            } else {
                long newKey = changeCase(key, upper);
                t = ZendHash.zend_hash_update(out, newKey, e);
                ZendString.release(newKey);
            }
            ArrayUtil.zvalAddRef(t);
        }
    }

    /** zend_string_tolower / php_string_toupper (ASCII): the same string with a new reference when nothing changes. */
    private static long changeCase(long s, boolean upper) {
        long len = ZendString.len(s), v = ZendString.val(s);
        long i = 0;
        for (; i < len; i++) {
            int c = NativeMemory.getByte(v + i) & 0xff;
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) break;
        }
        if (i == len) return ZendString.copy(s);
        byte[] b = ZendString.bytes(s);
        for (int j = (int) i; j < b.length; j++) {
            int c = b[j] & 0xff;
            if (upper && c >= 'a' && c <= 'z') b[j] = (byte) (c - 32);
            else if (!upper && c >= 'A' && c <= 'Z') b[j] = (byte) (c + 32);
        }
        return ZendString.init(b, false);
    }
}
