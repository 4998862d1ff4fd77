package jzend.ext.standard;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendReference;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import static jzend.ext.standard.ArrayUtil.*;
import static jzend.zend.hash.ZendArray.INTERNAL_POINTER;

/**
 * The internal array pointer functions of array.c (current/pos, key, next, prev, reset, end) over
 * zend_hash.c's nInternalPointer moves (zend_hash_move_forward, zend_hash_move_backwards,
 * zend_hash_internal_pointer_reset/_end). next, prev, reset and end take the array by reference
 * and separate it, as php does.
 */
public final class ArrayPointer {
    private ArrayPointer() {}

    private static int pointer(long ht) { return NativeMemory.getInt(ht + INTERNAL_POINTER); }
    private static void setPointer(long ht, int pos) { NativeMemory.putInt(ht + INTERNAL_POINTER, pos); }

    /** RETURN_COPY_DEREF of the current element, or false (zend_hash_get_current_data). */
    private static void currentOrFalse(long ht, long rv) {
        long zv = ZendHash.zend_hash_data_at(ht, pointer(ht));
        if (zv == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        zv = ZendReference.deref(zv);
        NativeMemory.putLong(rv, NativeMemory.getLong(zv));
        NativeMemory.putInt(rv + 8, NativeMemory.getInt(zv + 8));
        addRef(rv);
    }

    /** PHP_FUNCTION(current) / pos. */
    public static void current(long ex, long rv) {
        currentOrFalse(ZendParseParameters.requiredArray(ex, 1), rv);
    }

    /** PHP_FUNCTION(key): zend_hash_get_current_key_zval (null past the end). */
    public static void key(long ex, long rv) {
        long ht = ZendParseParameters.requiredArray(ex, 1);
        int pos = ZendHash.zend_hash_get_valid_pos(ht, pointer(ht));
        if (Integer.compareUnsigned(pos, ZendArray.numUsed(ht)) >= 0) {
            ZendVm.setNull(rv);
            return;
        }
        long k = strKey(ht, pos);
        if (k != 0) ZendVm.setString(rv, ZendString.copy(k));
        else ZendVm.setLong(rv, numKey(ht, pos));
    }

    /** PHP_FUNCTION(reset): zend_hash_internal_pointer_reset. */
    public static void reset(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        setPointer(ht, ZendHash.zend_hash_get_valid_pos(ht, 0));
        currentOrFalse(ht, rv);
    }

    /** PHP_FUNCTION(end): zend_hash_internal_pointer_end. */
    public static void end(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        int idx = used(ht);
        int pos = used(ht);
        while (idx > 0) {
            idx--;
            if (!undef(val(ht, idx))) {
                pos = idx;
                break;
            }
        }
        setPointer(ht, pos);
        currentOrFalse(ht, rv);
    }

    /** PHP_FUNCTION(next): zend_hash_move_forward. */
    public static void next(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        int idx = ZendHash.zend_hash_get_valid_pos(ht, pointer(ht));
        if (Integer.compareUnsigned(idx, used(ht)) < 0) {
            while (true) {
                idx++;
                if (idx >= used(ht)) {
                    setPointer(ht, used(ht));
                    break;
                }
                if (!undef(val(ht, idx))) {
                    setPointer(ht, idx);
                    break;
                }
            }
        }
        currentOrFalse(ht, rv);
    }

    /** PHP_FUNCTION(prev): zend_hash_move_backwards. */
    public static void prev(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        if (ZendArray.numOfElements(ht) == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        int idx = pointer(ht);
        if (Integer.compareUnsigned(idx, used(ht)) < 0) {
            int pos = used(ht);
            while (idx > 0) {
                idx--;
                if (!undef(val(ht, idx))) {
                    pos = idx;
                    break;
                }
            }
            setPointer(ht, pos);
        }
        currentOrFalse(ht, rv);
    }
}
