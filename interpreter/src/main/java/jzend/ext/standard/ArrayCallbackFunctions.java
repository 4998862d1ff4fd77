package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendCallable;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendReference;
import jzend.zend.execute.ZendVm;
import jzend.zend.execute.ZendVmStack;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;
import static jzend.zend.execute.ZendParseParameters.requiredArray;

/**
 * ext/standard/array.c's functions that call back into PHP code (array_map, array_filter,
 * array_reduce, array_walk) and basic_functions.c's call_user_func/call_user_func_array, through
 * zend_call_function ({@link ZendCallable}). A callback's return value lands in a zval pushed on
 * the VM stack for the duration of the call, so nothing extra comes from the heap.
 */
public final class ArrayCallbackFunctions {
    private ArrayCallbackFunctions() {}

    private static final String OWNER = "jzend/ext/standard/ArrayCallbackFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("array_map", OWNER, "array_map", 2, "callback", "array", "...arrays"),
        new ZendFunctionEntry("array_filter", OWNER, "array_filter", 1, "array", "callback", "mode"),
        new ZendFunctionEntry("array_reduce", OWNER, "array_reduce", 2, "array", "callback", "initial"),
        new ZendFunctionEntry("array_walk", OWNER, "array_walk", 2, "&array", "callback", "arg"),
        new ZendFunctionEntry("usort", OWNER, "usort", 2, "&array", "callback"),
        new ZendFunctionEntry("uasort", OWNER, "uasort", 2, "&array", "callback"),
        new ZendFunctionEntry("uksort", OWNER, "uksort", 2, "&array", "callback"),
        new ZendFunctionEntry("call_user_func", OWNER, "call_user_func", 1, "callback", "...args"),
        new ZendFunctionEntry("call_user_func_array", OWNER, "call_user_func_array", 2, "callback", "args"),
        new ZendFunctionEntry("is_callable", OWNER, "is_callable", 1, "value", "syntax_only", "callable_name"),
    };

    /** ARRAY_FILTER_USE_BOTH, ARRAY_FILTER_USE_KEY. */
    public static final long USE_BOTH = 1, USE_KEY = 2;

    private static void key(long ht, int pos, long zv) {
        if (ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG) ZendVm.setLong(zv, ZendHash.zend_hash_int_key_at(ht, pos));
        else ZendVm.setString(zv, ZendString.copy(ZendHash.zend_hash_str_key_at(ht, pos)));
    }

    /** A zval on the VM stack for a callback's result (and a second one for keys); popped by {@link #pop}. */
    private static long push(int zvals) {
        long p = ZendVmStack.push(16L * zvals);
        for (int i = 0; i < zvals; i++) ZendVm.setNull(p + 16L * i);
        return p;
    }

    private static void pop(long p) {
        ZendVmStack.pop(p);
    }

    /** A callback failed: zend_array_destroy(Z_ARR_P(return_value)); RETURN_NULL(). */
    private static void destroyResult(long rv) {
        ZendVm.release(rv);
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(array_map): one array keeps its keys; several are walked in step (shorter ones give null), the result a list. */
    public static void array_map(long ex, long rv) {
        ZendCallable.checkCallback(ex, 1, true);
        int n = ZendExecuteData.numArgs(ex);
        long callback = ZendArrayOps.deref(arg(ex, 1));
        boolean noCallback = (NativeMemory.getInt(callback + 8) & 0xff) == ZendVm.IS_NULL;
        if (n == 2) {
            long ht = requiredArray(ex, 2);
            if (noCallback) {
                ZendVm.assign(rv, ZendArrayOps.deref(arg(ex, 2)));
                return;
            }
            long result = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
            ZendArrays.setArray(rv, result);
            long tmp = push(1);
            try {
                for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
                    long call = ZendCallable.prepare(callback, 1);
                    ZendCallable.sendArg(call, 1, ZendHash.zend_hash_data_at(ht, pos));
                    ZendCallable.invoke(call, tmp);
                    long slot = ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG
                            ? ZendHash.zend_hash_index_lookup(result, ZendHash.zend_hash_int_key_at(ht, pos))
                            : ZendHash.zend_hash_lookup(result, ZendHash.zend_hash_str_key_at(ht, pos));
                    NativeMemory.copy(tmp, slot, 16);
                    ZendVm.setNull(tmp);
                }
            } catch (RuntimeException | Error e) {
                destroyResult(rv);
                throw e;
            } finally {
                pop(tmp);
            }
            return;
        }
        int arrays = n - 1;
        int max = 0;
        for (int i = 2; i <= n; i++) {
            long zv = ZendArrayOps.deref(arg(ex, i));
            if ((NativeMemory.getInt(zv + 8) & 0xff) != ZendVm.IS_ARRAY) {
                throw jzend.zend.execute.ZendError.create("TypeError", "array_map(): Argument #" + i + " must be of type array, "
                        + ZendParseParameters.zend_zval_type_name(zv) + " given");
            }
            max = Math.max(max, ZendArray.numOfElements(NativeMemory.getLong(zv)));
        }
        long result = ZendHash.zend_new_array(max);
        ZendArrays.setArray(rv, result);
        int[] positions = new int[arrays];
        for (int a = 0; a < arrays; a++) positions[a] = ZendHash.zend_hash_first_pos(NativeMemory.getLong(ZendArrayOps.deref(arg(ex, a + 2))));
        long tmp = push(1 + arrays);
        try {
            for (int k = 0; k < max; k++) {
                // the k-th value of each array (null past its end)
                for (int a = 0; a < arrays; a++) {
                    long ht = NativeMemory.getLong(ZendArrayOps.deref(arg(ex, a + 2)));
                    long slot = tmp + 16L * (1 + a);
                    if (positions[a] < ZendArray.numUsed(ht)) {
                        ZendVm.assign(slot, ZendHash.zend_hash_data_at(ht, positions[a])); // releases the previous value
                        positions[a] = ZendHash.zend_hash_next_pos(ht, positions[a]);
                    } else {
                        ZendVm.release(slot);
                        ZendVm.setNull(slot);
                    }
                }
                if (noCallback) {
                    long zip = ZendHash.zend_new_array(arrays);
                    for (int a = 0; a < arrays; a++) {
                        long s = ZendHash.zend_hash_next_index_insert(zip, tmp + 16L * (1 + a));
                        ZendVm.setNull(tmp + 16L * (1 + a));
                        if (s == 0) throw new IllegalStateException();
                    }
                    ZendArrays.setArray(tmp, zip);
                } else {
                    long call = ZendCallable.prepare(callback, arrays);
                    for (int a = 0; a < arrays; a++) ZendCallable.sendArg(call, a + 1, tmp + 16L * (1 + a));
                    ZendCallable.invoke(call, tmp);
                }
                ZendHash.zend_hash_next_index_insert(result, tmp);
                ZendVm.setNull(tmp);
            }
        } catch (RuntimeException | Error e) {
            destroyResult(rv);
            throw e;
        } finally {
            for (int a = 0; a <= arrays; a++) ZendVm.release(tmp + 16L * a);
            pop(tmp);
        }
    }

    /** PHP_FUNCTION(array_filter): the elements (keys kept) for which the callback, or the value itself, is true. */
    public static void array_filter(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        int n = ZendExecuteData.numArgs(ex);
        long callback = n >= 2 ? ZendArrayOps.deref(arg(ex, 2)) : 0;
        if (callback != 0 && (NativeMemory.getInt(callback + 8) & 0xff) == ZendVm.IS_NULL) callback = 0;
        if (callback != 0) ZendCallable.checkCallback(ex, 2, true);
        long mode = ZendParseParameters.optionalLong(ex, 3, 0);
        long result = ZendHash.zend_new_array_0();
        ZendArrays.setArray(rv, result);
        long tmp = push(2);
        try {
            for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
                long value = ZendHash.zend_hash_data_at(ht, pos);
                boolean keep;
                if (callback == 0) {
                    keep = ZendVm.isTrue(value);
                } else {
                    key(ht, pos, tmp + 16);
                    long call;
                    if (mode == USE_KEY) {
                        call = ZendCallable.prepare(callback, 1);
                        ZendCallable.sendArg(call, 1, tmp + 16);
                    } else if (mode == USE_BOTH) {
                        call = ZendCallable.prepare(callback, 2);
                        ZendCallable.sendArg(call, 1, value);
                        ZendCallable.sendArg(call, 2, tmp + 16);
                    } else {
                        call = ZendCallable.prepare(callback, 1);
                        ZendCallable.sendArg(call, 1, value);
                    }
                    ZendCallable.invoke(call, tmp);
                    keep = ZendVm.isTrue(tmp);
                    ZendVm.release(tmp);
                    ZendVm.setNull(tmp);
                    ZendVm.release(tmp + 16);
                    ZendVm.setNull(tmp + 16);
                }
                if (keep) {
                    long slot = ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG
                            ? ZendHash.zend_hash_index_lookup(result, ZendHash.zend_hash_int_key_at(ht, pos))
                            : ZendHash.zend_hash_lookup(result, ZendHash.zend_hash_str_key_at(ht, pos));
                    ZendVm.assign(slot, value);
                }
            }
        } catch (RuntimeException | Error e) {
            destroyResult(rv);
            throw e;
        } finally {
            ZendVm.release(tmp);
            ZendVm.release(tmp + 16);
            pop(tmp);
        }
    }

    /** PHP_FUNCTION(array_reduce): the callback folded over the values, from {@code initial} (null). */
    public static void array_reduce(long ex, long rv) {
        long ht = requiredArray(ex, 1);
        ZendCallable.checkCallback(ex, 2, false);
        long callback = ZendArrayOps.deref(arg(ex, 2));
        if (ZendExecuteData.numArgs(ex) >= 3) ZendVm.assign(rv, ZendArrayOps.deref(arg(ex, 3)));
        else ZendVm.setNull(rv);
        long tmp = push(1);
        try {
            for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
                long call = ZendCallable.prepare(callback, 2);
                ZendCallable.sendArg(call, 1, rv);
                ZendCallable.sendArg(call, 2, ZendHash.zend_hash_data_at(ht, pos));
                ZendCallable.invoke(call, tmp);
                ZendVm.release(rv);
                NativeMemory.copy(tmp, rv, 16);
                ZendVm.setNull(tmp);
            }
        } catch (RuntimeException | Error e) {
            destroyResult(rv); // the carry is dropped: RETURN_NULL()
            throw e;
        } finally {
            pop(tmp);
        }
    }

    /**
     * PHP_FUNCTION(array_walk): the callback gets each value (a reference when its parameter is
     * by reference, so it can change the array), the key, and {@code arg} when given.
     */
    public static void array_walk(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        ZendCallable.checkCallback(ex, 2, false);
        long callback = ZendArrayOps.deref(arg(ex, 2));
        boolean extra = ZendExecuteData.numArgs(ex) >= 3;
        long tmp = push(2);
        try {
            for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
                long value = ZendHash.zend_hash_data_at(ht, pos);
                ZendReference.makeRef(value);
                key(ht, pos, tmp + 16);
                long call = ZendCallable.prepare(callback, extra ? 3 : 2);
                ZendCallable.sendArg(call, 1, value);
                ZendCallable.sendArg(call, 2, tmp + 16);
                if (extra) ZendCallable.sendArg(call, 3, ZendArrayOps.deref(arg(ex, 3)));
                ZendCallable.invoke(call, tmp);
                ZendVm.release(tmp);
                ZendVm.setNull(tmp);
                ZendVm.release(tmp + 16);
                ZendVm.setNull(tmp + 16);
                // a reference only this array holds goes back to a plain value
                long v = ZendHash.zend_hash_data_at(ht, pos);
                if (v != 0 && ZendReference.isRef(v) && NativeMemory.getInt(NativeMemory.getLong(v)) == 1) {
                    long ref = NativeMemory.getLong(v);
                    NativeMemory.copy(ref + ZendReference.VAL, v, 16);
                    jzend.zend.alloc.ZendAlloc.efree(ref);
                }
            }
        } finally {
            pop(tmp);
        }
        ZendVm.setBool(rv, true);
    }

    /**
     * Port of php_usort: the array is copied (so the callback never sees it half sorted), the
     * copy sorted with the user's comparison (made stable as php's), and put in place of the
     * original. {@code keys}: uksort; {@code renumber}: usort.
     */
    private static void php_usort(long ex, long rv, String fn, boolean keys, boolean renumber) {
        long zv = ZendArrayOps.deref(arg(ex, 1));
        ZendParseParameters.arrayByRef(ex, 1);
        ZendCallable.checkCallback(ex, 2, false);
        long callback = ZendArrayOps.deref(arg(ex, 2));
        long ht = NativeMemory.getLong(zv);
        if (ZendArray.numOfElements(ht) == 0) {
            ZendVm.setBool(rv, true);
            return;
        }
        long copy = ZendArrays.zend_array_dup(ht);
        long tmp = push(3);
        boolean[] deprecationShown = {false};
        jzend.zend.hash.ZendHashSort.BucketCompare user = (a, b) -> {
            long r = userCompare(callback, tmp, a, b, keys, fn, deprecationShown);
            return r < 0 ? -1 : r > 0 ? 1 : 0;
        };
        try {
            jzend.zend.hash.ZendHashSort.zend_hash_sort(copy, ArrayCompare.stable(user), renumber);
        } catch (RuntimeException | Error e) {
            ZendArrays.release(copy);
            throw e;
        } finally {
            pop(tmp);
        }
        long old = NativeMemory.getLong(zv);
        ZendArrays.setArray(zv, copy);
        ZendArrays.release(old);
        ZendVm.setBool(rv, true);
    }

    /** Port of php_array_user_compare_unstable / php_array_user_key_compare_unstable. */
    private static long userCompare(long callback, long tmp, long a, long b, boolean keys, String fn, boolean[] deprecationShown) {
        long r = callCompare(callback, tmp, a, b, keys);
        int t = NativeMemory.getInt(tmp + 8) & 0xff;
        if (t == ZendVm.IS_FALSE || t == ZendVm.IS_TRUE) {
            if (!deprecationShown[0]) {
                jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_DEPRECATED, fn + "(): Returning bool from comparison function is deprecated, "
                        + "return an integer less than, equal to, or greater than zero");
                deprecationShown[0] = true;
            }
            if (t == ZendVm.IS_FALSE) {
                // retry with the operands swapped
                ZendVm.release(tmp);
                ZendVm.setNull(tmp);
                long swapped = callCompare(callback, tmp, b, a, keys);
                ZendVm.release(tmp);
                ZendVm.setNull(tmp);
                return swapped == 0 ? 0 : -(swapped < 0 ? -1 : 1);
            }
        }
        ZendVm.release(tmp);
        ZendVm.setNull(tmp);
        return r;
    }

    /** One call of the comparison: zval_get_long of what it returned (left in {@code tmp}). */
    private static long callCompare(long callback, long tmp, long a, long b, boolean keys) {
        long call = ZendCallable.prepare(callback, 2);
        if (keys) {
            bucketKey(a, tmp + 16);
            bucketKey(b, tmp + 32);
            ZendCallable.sendArg(call, 1, tmp + 16);
            ZendCallable.sendArg(call, 2, tmp + 32);
        } else {
            ZendCallable.sendArg(call, 1, a);
            ZendCallable.sendArg(call, 2, b);
        }
        try {
            ZendCallable.invoke(call, tmp);
        } finally {
            if (keys) {
                ZendVm.release(tmp + 16);
                ZendVm.setNull(tmp + 16);
                ZendVm.release(tmp + 32);
                ZendVm.setNull(tmp + 32);
            }
        }
        return ZendVm.longOf(tmp);
    }

    /** A bucket's key as a zval (an int, or the key string with one more reference). */
    private static void bucketKey(long bucket, long zv) {
        long key = jzend.zend.hash.Bucket.key(bucket);
        if (key == 0) ZendVm.setLong(zv, jzend.zend.hash.Bucket.h(bucket));
        else ZendVm.setString(zv, ZendString.copy(key));
    }

    /** PHP_FUNCTION(usort). */
    public static void usort(long ex, long rv) { php_usort(ex, rv, "usort", false, true); }

    /** PHP_FUNCTION(uasort). */
    public static void uasort(long ex, long rv) { php_usort(ex, rv, "uasort", false, false); }

    /** PHP_FUNCTION(uksort). */
    public static void uksort(long ex, long rv) { php_usort(ex, rv, "uksort", true, false); }

    /** PHP_FUNCTION(call_user_func). */
    public static void call_user_func(long ex, long rv) {
        ZendCallable.checkCallback(ex, 1, false);
        int n = ZendExecuteData.numArgs(ex);
        long call = ZendCallable.prepare(ZendArrayOps.deref(arg(ex, 1)), n - 1);
        for (int i = 2; i <= n; i++) ZendCallable.sendArg(call, i - 1, ZendArrayOps.deref(arg(ex, i)));
        ZendCallable.invoke(call, rv);
    }

    /** PHP_FUNCTION(call_user_func_array): the array's values as the arguments (string keys are not supported: named arguments). */
    public static void call_user_func_array(long ex, long rv) {
        ZendCallable.checkCallback(ex, 1, false);
        long ht = requiredArray(ex, 2);
        long call = ZendCallable.prepare(ZendArrayOps.deref(arg(ex, 1)), ZendArray.numOfElements(ht));
        int i = 1;
        for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
            ZendCallable.sendArg(call, i++, ZendHash.zend_hash_data_at(ht, pos));
        }
        ZendCallable.invoke(call, rv);
    }

    /** PHP_FUNCTION(is_callable) (syntax_only and callable_name are not supported). */
    public static void is_callable(long ex, long rv) {
        ZendVm.setBool(rv, ZendCallable.isCallable(ZendArrayOps.deref(arg(ex, 1))));
    }
}
