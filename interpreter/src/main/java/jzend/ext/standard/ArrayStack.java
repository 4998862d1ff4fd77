package jzend.ext.standard;

import jzend.zend.alloc.LibC;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendReference;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.Bucket;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;

import static jzend.ext.standard.ArrayUtil.*;
import static jzend.zend.hash.ZendArray.*;

/**
 * ext/standard/array.c's functions that modify their by-reference array in place: array_push,
 * array_pop, array_shift, array_unshift, array_splice (php_splice).
 */
public final class ArrayStack {
    private ArrayStack() {}

    private static void setNumUsed(long ht, int n) { NativeMemory.putInt(ht + NUM_USED, n); }
    private static void setNextFree(long ht, long n) { NativeMemory.putLong(ht + NEXT_FREE_ELEMENT, n); }

    /** zend_hash_internal_pointer_reset. */
    private static void resetInternalPointer(long ht) {
        NativeMemory.putInt(ht + INTERNAL_POINTER, ZendHash.zend_hash_get_valid_pos(ht, 0));
    }

    /** RETVAL_COPY_DEREF. */
    private static void copyDeref(long rv, long zv) {
        zv = ZendReference.deref(zv);
        NativeMemory.putLong(rv, NativeMemory.getLong(zv));
        NativeMemory.putInt(rv + 8, NativeMemory.getInt(zv + 8));
        addRef(rv);
    }

    /** Deletes the element at a position (zend_hash_packed_del_val / zend_hash_del_bucket). */
    private static void deleteAt(long ht, int idx) {
        long key = strKey(ht, idx);
        if (key != 0) ZendHash.zend_hash_del(ht, key);
        else ZendHash.zend_hash_index_del(ht, numKey(ht, idx));
    }

    /** PHP_FUNCTION(array_push). */
    public static void array_push(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        int argc = ZendExecuteData.numArgs(ex);
        for (int i = 2; i <= argc; i++) {
            long v = ZendParseParameters.arg(ex, i);
            addRef(v);
            if (ZendHash.zend_hash_next_index_insert(ht, v) == 0) {
                ZendVm.release(v);
                throw ArrayFunctions.cannotAddElement();
            }
        }
        ZendVm.setLong(rv, ZendArray.numOfElements(ht));
    }

    /** PHP_FUNCTION(array_pop). */
    public static void array_pop(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) return;
        int idx = used(ht);
        long v;
        while (true) {
            if (idx == 0) return;
            idx--;
            v = val(ht, idx);
            if (!undef(v)) break;
        }
        copyDeref(rv, v);
        if (strKey(ht, idx) == 0 && numKey(ht, idx) == ZendArray.nextFreeElement(ht) - 1) {
            setNextFree(ht, ZendArray.nextFreeElement(ht) - 1);
        }
        deleteAt(ht, idx);
        resetInternalPointer(ht);
    }

    /** PHP_FUNCTION(array_shift): the first element goes, integer keys are renumbered from 0. */
    public static void array_shift(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) return;
        int idx = 0;
        long v;
        while (true) {
            if (idx == used(ht)) return;
            v = val(ht, idx);
            if (!undef(v)) break;
            idx++;
        }
        copyDeref(rv, v);
        deleteAt(ht, idx);
        int k = 0;
        if (ZendArray.isPacked(ht)) {
            for (idx = 0; idx < used(ht); idx++) {
                long zv = val(ht, idx);
                if (undef(zv)) continue;
                if (idx != k) {
                    long q = val(ht, k);
                    Bucket.copyValue(q, zv);
                    Bucket.setUndef(zv);
                }
                k++;
            }
            setNumUsed(ht, k);
            setNextFree(ht, k);
        } else {
            boolean rehash = false;
            for (idx = 0; idx < used(ht); idx++) {
                long p = val(ht, idx);
                if (undef(p)) continue;
                if (Bucket.key(p) == 0) {
                    if (Bucket.h(p) != k) {
                        Bucket.setH(p, k++);
                        rehash = true;
                    } else {
                        k++;
                    }
                }
            }
            setNextFree(ht, k);
            if (rehash) ZendHash.zend_hash_rehash(ht);
        }
        resetInternalPointer(ht);
    }

    /** A HashTable header outside the request heap (php's out_hash / new_hash on the C stack). */
    private static long stackHashTable(long nSize) {
        long ht = LibC.malloc(ZendArray.SIZE);
        ZendHash.zend_hash_init(ht, nSize, ZendArray.ZVAL_PTR_DTOR, false);
        return ht;
    }

    /**
     * The "replace HashTable data" step: the old data is destroyed without destructor (its values
     * moved to {@code out}), then {@code in} takes over {@code out}'s data.
     */
    private static void replaceData(long in, long out) {
        NativeMemory.putLong(in + DESTRUCTOR, 0);
        ZendHash.zend_hash_destroy(in);
        NativeMemory.putInt(in + FLAGS, NativeMemory.getInt(out + FLAGS));
        NativeMemory.putInt(in + TABLE_SIZE, NativeMemory.getInt(out + TABLE_SIZE));
        NativeMemory.putInt(in + TABLE_MASK, NativeMemory.getInt(out + TABLE_MASK));
        NativeMemory.putInt(in + NUM_USED, NativeMemory.getInt(out + NUM_USED));
        NativeMemory.putInt(in + NUM_OF_ELEMENTS, NativeMemory.getInt(out + NUM_OF_ELEMENTS));
        NativeMemory.putLong(in + NEXT_FREE_ELEMENT, NativeMemory.getLong(out + NEXT_FREE_ELEMENT));
        NativeMemory.putLong(in + AR_DATA, NativeMemory.getLong(out + AR_DATA));
        NativeMemory.putLong(in + DESTRUCTOR, NativeMemory.getLong(out + DESTRUCTOR));
        LibC.free(out);
        resetInternalPointer(in);
    }

    /** PHP_FUNCTION(array_unshift). */
    public static void array_unshift(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        int argc = ZendExecuteData.numArgs(ex) - 1;
        long newHash = stackHashTable((long) ZendArray.numOfElements(ht) + argc);
        for (int i = 2; i <= argc + 1; i++) {
            long v = ZendParseParameters.arg(ex, i);
            addRef(v);
            ZendHash.zend_hash_next_index_insert_new(newHash, v);
        }
        for (int p = 0; p < used(ht); p++) {
            long v = val(ht, p);
            if (undef(v)) continue;
            long key = strKey(ht, p);
            if (key != 0) ZendHash.zend_hash_add_new(newHash, key, v);
            else ZendHash.zend_hash_next_index_insert_new(newHash, v);
        }
        replaceData(ht, newHash);
        ZendVm.setLong(rv, ZendArray.numOfElements(ht));
    }

    /** PHP_FUNCTION(array_splice) (the removed elements are always collected). */
    public static void array_splice(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        long offset = ZendParseParameters.requiredLong(ex, 2);
        long numIn = ZendArray.numOfElements(ht);
        long length = optionalLongOrNull(ex, 3, numIn);
        long repl = 0;
        boolean replOwned = false;
        if (ZendExecuteData.numArgs(ex) == 4) {
            long r = ZendReference.deref(ZendParseParameters.arg(ex, 4));
            if (type(r) == jzend.zend.execute.ZendVm.IS_ARRAY) {
                repl = NativeMemory.getLong(r);
            } else {
                // convert_to_array: null gives [], a scalar [scalar]
                repl = ZendHash.zend_new_array_0();
                replOwned = true;
                if (type(r) != ZendVm.IS_NULL) {
                    addRef(r);
                    ZendHash.zend_hash_index_add_new(repl, 0, r);
                }
            }
        }
        long size = length;
        if (offset > numIn) offset = numIn;
        else if (offset < 0 && (offset = numIn + offset) < 0) offset = 0;
        if (length < 0) size = numIn - offset + length;
        else if (Long.compareUnsigned(offset + length, numIn) > 0) size = numIn - offset;
        long removed = ZendHash.zend_new_array(size > 0 ? size : 0);
        ZendArrays.setArray(rv, removed);
        try {
            php_splice(ht, offset, length, repl, removed);
        } finally {
            if (replOwned) ZendArrays.release(repl);
        }
    }

    /** Port of php_splice (no hash iterators exist here). */
    private static void php_splice(long in, long offset, long length, long replace, long removed) {
        long numIn = ZendArray.numOfElements(in);
        if (offset > numIn) offset = numIn;
        else if (offset < 0 && (offset = numIn + offset) < 0) offset = 0;
        if (length < 0) length = numIn - offset + length;
        else if (((offset & 0xffffffffL) + (length & 0xffffffffL)) > (numIn & 0xffffffffL)) length = numIn - offset;
        long out = stackHashTable((length > 0 ? numIn - length : 0) + (replace != 0 ? ZendArray.numOfElements(replace) : 0));
        boolean packed = ZendArray.isPacked(in);
        long pos = 0;
        int idx = 0;
        for (; pos < offset && idx < used(in); idx++) {
            long e = val(in, idx);
            if (undef(e)) continue;
            long key = packed ? 0 : Bucket.key(e);
            if (key == 0) ZendHash.zend_hash_next_index_insert_new(out, e);
            else ZendHash.zend_hash_add_new(out, key, e);
            pos++;
        }
        for (; pos < offset + length && idx < used(in); idx++) {
            long e = val(in, idx);
            if (undef(e)) continue;
            pos++;
            addRef(e);
            long key = packed ? 0 : Bucket.key(e);
            if (key == 0) ZendHash.zend_hash_next_index_insert_new(removed, e);
            else ZendHash.zend_hash_add_new(removed, key, e);
            deleteAt(in, idx);
        }
        if (replace != 0) {
            for (int p = 0; p < used(replace); p++) {
                long e = val(replace, p);
                if (undef(e)) continue;
                addRef(e);
                ZendHash.zend_hash_next_index_insert_new(out, e);
            }
        }
        for (; idx < used(in); idx++) {
            long e = val(in, idx);
            if (undef(e)) continue;
            long key = packed ? 0 : Bucket.key(e);
            if (key == 0) ZendHash.zend_hash_next_index_insert_new(out, e);
            else ZendHash.zend_hash_add_new(out, key, e);
        }
        replaceData(in, out);
    }
}
