package jzend.ext.standard;

import jzend.zend.alloc.LibC;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.Bucket;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendHashSort;
import jzend.zend.hash.ZendHashSort.BucketCompare;

import static jzend.ext.standard.ArrayUtil.*;

/**
 * ext/standard/array.c's set operations: array_unique, array_diff (exclude map),
 * array_diff_key / array_diff_assoc (php_array_diff_key), array_intersect (php_array_intersect:
 * sorted bucket lists), array_intersect_key / array_intersect_assoc (php_array_intersect_key).
 */
public final class ArraySetOps {
    private ArraySetOps() {}

    /** A HashTable header outside the request heap, like the C stack's {@code HashTable seen}. */
    private static long stackHashTable(long nSize) {
        long ht = LibC.malloc(ZendArray.SIZE);
        ZendHash.zend_hash_init(ht, nSize, 0, false);
        return ht;
    }

    private static void destroyStackHashTable(long ht) {
        ZendHash.zend_hash_destroy(ht);
        LibC.free(ht);
    }

    /** Copies the used elements of an array into a bucket list (emalloc'd, one UNDEF bucket after them). */
    private static long bucketList(long hash, int stride) {
        int n = ZendArray.numOfElements(hash);
        long list = ZendAlloc.emalloc((long) (n + 1) * stride);
        long q = list;
        boolean packed = ZendArray.isPacked(hash);
        for (int idx = 0; idx < used(hash); idx++) {
            long zv = val(hash, idx);
            if (undef(zv)) continue;
            NativeMemory.putLong(q, NativeMemory.getLong(zv));
            NativeMemory.putLong(q + 8, NativeMemory.getLong(zv + 8));
            Bucket.setH(q, packed ? idx : Bucket.h(zv));
            Bucket.setKey(q, packed ? 0 : Bucket.key(zv));
            q += stride;
        }
        Bucket.setUndef(q);
        return list;
    }

    private static void delete(long ht, long bucket) {
        long key = Bucket.key(bucket);
        if (key == 0) ZendHash.zend_hash_index_del(ht, Bucket.h(bucket));
        else ZendHash.zend_hash_del(ht, key);
    }

    // ------------------------------------------------------------------ array_unique

    /** struct bucketindex: a Bucket and its original position (40 bytes). */
    private static final int BUCKETINDEX = 40, BI_I = 32;

    /** PHP_FUNCTION(array_unique). */
    public static void array_unique(long ex, long rv) {
        long ht = ZendParseParameters.requiredArray(ex, 1);
        long sortType = ZendParseParameters.optionalLong(ex, 2, ArrayCompare.PHP_SORT_STRING);
        if (ZendArray.numOfElements(ht) <= 1) {
            ZendArrays.addRef(ht);
            ZendArrays.setArray(rv, ht);
            return;
        }
        if (sortType == ArrayCompare.PHP_SORT_STRING) {
            long seen = stackHashTable(ZendArray.numOfElements(ht));
            long out = ZendHash.zend_new_array_0();
            ZendArrays.setArray(rv, out);
            ZendVm.setNull(TMP);
            for (int p = 0; p < used(ht); p++) {
                long v = val(ht, p);
                if (undef(v)) continue;
                long str = tmpString(v);
                long added = ZendHash.zend_hash_add(seen, str, TMP);
                release(str);
                if (added != 0) {
                    long e = unwrapLoneRef(v);
                    addRef(e);
                    long key = strKey(ht, p);
                    if (key != 0) ZendHash.zend_hash_add_new(out, key, e);
                    else ZendHash.zend_hash_index_add_new(out, numKey(ht, p), e);
                }
            }
            destroyStackHashTable(seen);
            return;
        }
        BucketCompare cmp = ArrayCompare.php_get_data_compare_func_unstable(sortType, false);
        long out = ZendArrays.zend_array_dup(ht);
        ZendArrays.setArray(rv, out);
        long arTmp = bucketList(ht, BUCKETINDEX);
        int n = ZendArray.numOfElements(ht);
        for (int i = 0; i < n; i++) NativeMemory.putInt(arTmp + (long) i * BUCKETINDEX + BI_I, i);
        ZendHashSort.zend_sort(arTmp, n, BUCKETINDEX, cmp, ArraySetOps::bucketIndexSwap);
        long lastkept = arTmp;
        for (long cmpdata = arTmp + BUCKETINDEX; !undef(cmpdata); cmpdata += BUCKETINDEX) {
            if (cmp.compare(lastkept, cmpdata) != 0) {
                lastkept = cmpdata;
            } else {
                long p;
                if (Integer.compareUnsigned(NativeMemory.getInt(lastkept + BI_I), NativeMemory.getInt(cmpdata + BI_I)) > 0) {
                    p = lastkept;
                    lastkept = cmpdata;
                } else {
                    p = cmpdata;
                }
                delete(out, p);
            }
        }
        ZendAlloc.efree(arTmp);
    }

    /** array_bucketindex_swap. */
    private static void bucketIndexSwap(long p, long q) {
        for (int off = 0; off < BUCKETINDEX; off += 8) {
            long t = NativeMemory.getLong(p + off);
            NativeMemory.putLong(p + off, NativeMemory.getLong(q + off));
            NativeMemory.putLong(q + off, t);
        }
    }

    // ------------------------------------------------------------------ diff

    /** PHP_FUNCTION(array_diff): values compared as strings through an exclude map. */
    public static void array_diff(long ex, long rv) {
        int argc = ZendExecuteData.numArgs(ex);
        long first = arrayArg(ex, 1);
        int num = ZendArray.numOfElements(first);
        if (num == 0) {
            for (int i = 2; i <= argc; i++) arrayArg(ex, i);
            ZendArrays.setEmptyArray(rv);
            return;
        } else if (num == 1) {
            long value = 0;
            for (int p = 0; p < used(first); p++) {
                if (!undef(val(first, p))) { value = val(first, p); break; }
            }
            long search = tmpString(value);
            boolean found = false;
            try {
                for (int i = 2; i <= argc; i++) {
                    long other = arrayArg(ex, i);
                    if (found) continue;
                    for (int p = 0; p < used(other); p++) {
                        long v = val(other, p);
                        if (undef(v)) continue;
                        long str = tmpString(v);
                        boolean eq = jzend.zend.string.ZendString.equals(search, str);
                        release(str);
                        if (eq) { found = true; break; }
                    }
                }
            } finally {
                release(search);
            }
            if (found) {
                ZendArrays.setEmptyArray(rv);
            } else {
                ZendArrays.addRef(first);
                ZendArrays.setArray(rv, first);
            }
            return;
        }
        num = 0;
        for (int i = 2; i <= argc; i++) num += ZendArray.numOfElements(arrayArg(ex, i));
        if (num == 0) {
            ZendArrays.addRef(first);
            ZendArrays.setArray(rv, first);
            return;
        }
        long exclude = stackHashTable(num);
        ZendVm.setNull(TMP);
        for (int i = 2; i <= argc; i++) {
            long other = arrayArg(ex, i);
            for (int p = 0; p < used(other); p++) {
                long v = val(other, p);
                if (undef(v)) continue;
                long str = tmpString(v);
                ZendHash.zend_hash_add(exclude, str, TMP);
                release(str);
            }
        }
        long out = ZendHash.zend_new_array(ZendArray.numOfElements(first));
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < used(first); p++) {
            long v = val(first, p);
            if (undef(v)) continue;
            long str = tmpString(v);
            if (!ZendHash.zend_hash_exists(exclude, str)) {
                long key = strKey(first, p);
                long t = key != 0 ? ZendHash.zend_hash_add_new(out, key, v) : ZendHash.zend_hash_index_add_new(out, numKey(first, p), v);
                zvalAddRef(t);
            }
            release(str);
        }
        destroyStackHashTable(exclude);
    }

    /** PHP_FUNCTION(array_diff_key). */
    public static void array_diff_key(long ex, long rv) { php_array_diff_key(ex, rv, false); }

    /** PHP_FUNCTION(array_diff_assoc). */
    public static void array_diff_assoc(long ex, long rv) { php_array_diff_key(ex, rv, true); }

    /** Port of php_array_diff_key (DIFF_COMP_DATA_NONE or DIFF_COMP_DATA_INTERNAL: string comparison). */
    private static void php_array_diff_key(long ex, long rv, boolean compareData) {
        int argc = ZendExecuteData.numArgs(ex);
        for (int i = 1; i <= argc; i++) arrayArg(ex, i);
        long first = arrayArg(ex, 1);
        long out = ZendHash.zend_new_array_0();
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < used(first); p++) {
            long v = val(first, p);
            if (undef(v)) continue;
            v = unwrapLoneRef(v);
            long key = strKey(first, p);
            boolean ok = true;
            for (int i = 2; i <= argc; i++) {
                long other = arrayArg(ex, i);
                long data = key == 0 ? ZendHash.zend_hash_index_find(other, numKey(first, p)) : ZendHash.zend_hash_find(other, key);
                if (data != 0 && (!compareData || ArrayCompare.string_compare_function(v, data) == 0)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                addRef(v);
                if (key == 0) ZendHash.zend_hash_index_add_new(out, numKey(first, p), v);
                else ZendHash.zend_hash_add_new(out, key, v);
            }
        }
    }

    // ------------------------------------------------------------------ intersect

    /** PHP_FUNCTION(array_intersect_key). */
    public static void array_intersect_key(long ex, long rv) { php_array_intersect_key(ex, rv, false); }

    /** PHP_FUNCTION(array_intersect_assoc). */
    public static void array_intersect_assoc(long ex, long rv) { php_array_intersect_key(ex, rv, true); }

    /** Port of php_array_intersect_key (INTERSECT_COMP_DATA_NONE / INTERNAL). */
    private static void php_array_intersect_key(long ex, long rv, boolean compareData) {
        int argc = ZendExecuteData.numArgs(ex);
        for (int i = 1; i <= argc; i++) arrayArg(ex, i);
        long first = arrayArg(ex, 1);
        long out = ZendHash.zend_new_array_0();
        ZendArrays.setArray(rv, out);
        for (int p = 0; p < used(first); p++) {
            long v = val(first, p);
            if (undef(v)) continue;
            v = unwrapLoneRef(v);
            long key = strKey(first, p);
            boolean ok = true;
            for (int i = 2; i <= argc; i++) {
                long other = arrayArg(ex, i);
                long data = key == 0 ? ZendHash.zend_hash_index_find(other, numKey(first, p)) : ZendHash.zend_hash_find(other, key);
                if (data == 0 || (compareData && ArrayCompare.string_compare_function(v, data) != 0)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                addRef(v);
                if (key == 0) ZendHash.zend_hash_index_add_new(out, numKey(first, p), v);
                else ZendHash.zend_hash_add_new(out, key, v);
            }
        }
    }

    private static final BucketCompare STRING_DATA = ArrayCompare::string_compare_function;

    /** PHP_FUNCTION(array_intersect): php_array_intersect with INTERSECT_NORMAL and string comparison. */
    public static void array_intersect(long ex, long rv) {
        int argc = ZendExecuteData.numArgs(ex);
        long[] lists = new long[argc];
        long[] ptrs = new long[argc];
        // safe_emalloc of the lists and ptrs arrays (argc pointers each), freed at the end
        long listsMem = ZendAlloc.emalloc(8L * argc), ptrsMem = ZendAlloc.emalloc(8L * argc);
        int made = 0;
        try {
            for (int i = 0; i < argc; i++) {
                long hash = arrayArg(ex, i + 1);
                lists[i] = bucketList(hash, Bucket.SIZE);
                ptrs[i] = lists[i];
                made++;
                int n = ZendArray.numOfElements(hash);
                if (n > 1) ZendHashSort.zend_sort(lists[i], n, Bucket.SIZE, STRING_DATA, ZendHashSort::zend_hash_bucket_swap);
            }
            long out = ZendArrays.zend_array_dup(arrayArg(ex, 1));
            ZendArrays.setArray(rv, out);
            int c = 0;
            outer:
            while (!undef(ptrs[0])) {
                int i;
                for (i = 1; i < argc; i++) {
                    while (!undef(ptrs[i]) && 0 < (c = STRING_DATA.compare(ptrs[0], ptrs[i]))) ptrs[i] += Bucket.SIZE;
                    if (undef(ptrs[i])) {
                        for (;;) {
                            long p = ptrs[0];
                            ptrs[0] += Bucket.SIZE;
                            if (undef(p)) break outer;
                            delete(out, p);
                        }
                    }
                    if (c != 0) break;
                    ptrs[i] += Bucket.SIZE;
                }
                if (c != 0) {
                    for (;;) {
                        delete(out, ptrs[0]);
                        ptrs[0] += Bucket.SIZE;
                        if (undef(ptrs[0])) break outer;
                        if (0 <= STRING_DATA.compare(ptrs[0], ptrs[i])) break;
                    }
                } else {
                    for (;;) {
                        ptrs[0] += Bucket.SIZE;
                        if (undef(ptrs[0])) break outer;
                        if (STRING_DATA.compare(ptrs[0] - Bucket.SIZE, ptrs[0]) != 0) break;
                    }
                }
            }
        } finally {
            for (int i = 0; i < made; i++) ZendAlloc.efree(lists[i]);
            ZendAlloc.efree(ptrsMem);
            ZendAlloc.efree(listsMem);
        }
    }
}
