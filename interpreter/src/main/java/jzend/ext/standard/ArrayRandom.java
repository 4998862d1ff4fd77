package jzend.ext.standard;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.Bucket;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import static jzend.ext.standard.ArrayUtil.*;
import static jzend.zend.hash.ZendArray.*;

/**
 * array_rand (php_array_pick_keys) and shuffle (php_array_data_shuffle) of PHP 8.2, drawing from
 * the default engine: MT19937 through its algo->range, which in 8.2 is php_mt_rand_range in both
 * modes (MT_RAND_PHP only changes the twist; the legacy scaling is mt_rand()'s alone).
 */
public final class ArrayRandom {
    private ArrayRandom() {}

    /**
     * The request's MT19937 state (BG(state) / php_random_default_status()). mt_srand() must seed
     * this same instance for seeded sequences to match php's.
     */
    public static MtRand mt = new MtRand();

    /** algo->range(status, min, max): php_random_range, whatever the mode. */
    private static long range(long min, long max) {
        return mt.range(min, max);
    }

    /** PHP_FUNCTION(array_rand). */
    public static void array_rand(long ex, long rv) {
        long ht = ZendParseParameters.requiredArray(ex, 1);
        long numReq = ZendParseParameters.optionalLong(ex, 2, 1);
        php_array_pick_keys(ex, ht, numReq, rv);
    }

    private static void setKey(long ht, int idx, long zv) {
        long key = strKey(ht, idx);
        if (key != 0) ZendVm.setString(zv, ZendString.copy(key));
        else ZendVm.setLong(zv, numKey(ht, idx));
    }

    /** Port of php_array_pick_keys (not silent). */
    static void php_array_pick_keys(long ex, long ht, long numReq, long retval) {
        int numAvail = ZendArray.numOfElements(ht);
        if (numAvail == 0) throw ZendParseParameters.valueError(ex, 1, "cannot be empty");
        if (numReq == 1) {
            int nUsed = ZendArray.numUsed(ht);
            if (numAvail < nUsed - (nUsed >> 1)) {
                long randval = range(0, numAvail - 1);
                long i = 0;
                for (int p = 0; p < nUsed; p++) {
                    if (undef(val(ht, p))) continue;
                    if (i == randval) {
                        setKey(ht, p, retval);
                        return;
                    }
                    i++;
                }
            }
            while (true) {
                long randval = range(0, nUsed - 1);
                if (!undef(val(ht, (int) randval))) {
                    setKey(ht, (int) randval, retval);
                    return;
                }
            }
        }
        if (numReq <= 0 || numReq > numAvail) {
            throw ZendParseParameters.valueError(ex, 2, "must be between 1 and the number of elements in argument #1 ($array)");
        }
        long out = ZendHash.zend_new_array(numReq);
        boolean negative = false;
        if (numReq > (numAvail >> 1)) {
            negative = true;
            numReq = numAvail - numReq;
        }
        java.util.BitSet bitset = new java.util.BitSet(numAvail);
        long i = numReq;
        while (i != 0) {
            int randval = (int) range(0, numAvail - 1);
            if (!bitset.get(randval)) {
                bitset.set(randval);
                i--;
            }
        }
        ZendArrays.setArray(retval, out);
        ZendHash.zend_hash_real_init_packed(out);
        int n = 0;
        for (int p = 0; p < ZendArray.numUsed(ht); p++) {
            if (undef(val(ht, p))) continue;
            if (bitset.get(n) ^ negative) {
                setKey(ht, p, TMP);
                ZendHash.zend_hash_next_index_insert_new(out, TMP);
            }
            n++;
        }
    }

    /** PHP_FUNCTION(shuffle). */
    public static void shuffle(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        php_array_data_shuffle(ht);
        ZendVm.setBool(rv, true);
    }

    /** Port of php_array_data_shuffle: keys dropped, the table packed, then Fisher-Yates from the end. */
    static void php_array_data_shuffle(long hash) {
        int nElems = ZendArray.numOfElements(hash);
        if (nElems < 1) return;
        if (!ZendArray.isPacked(hash)) {
            if (!ZendArray.hasStaticKeysOnly(hash)) {
                for (int p = 0; p < ZendArray.numUsed(hash); p++) {
                    long b = val(hash, p);
                    long key = Bucket.key(b);
                    if (key != 0) {
                        ZendString.release(key);
                        Bucket.setKey(b, 0);
                    }
                }
            }
            ZendHash.zend_hash_to_packed(hash);
        }
        long arPacked = ZendArray.arData(hash);
        if (ZendArray.numUsed(hash) != nElems) {
            int j = 0;
            for (int idx = 0; idx < ZendArray.numUsed(hash); idx++) {
                long zv = arPacked + (long) idx * ZVAL_SIZE;
                if (undef(zv)) continue;
                if (j != idx) Bucket.copyValue(arPacked + (long) j * ZVAL_SIZE, zv);
                j++;
            }
        }
        long nLeft = nElems;
        while (--nLeft != 0) {
            long rnd = range(0, nLeft);
            if (rnd != nLeft) {
                long a = arPacked + nLeft * ZVAL_SIZE, b = arPacked + rnd * ZVAL_SIZE;
                long v = NativeMemory.getLong(a);
                int t = NativeMemory.getInt(a + 8);
                Bucket.copyValue(a, b);
                NativeMemory.putLong(b, v);
                NativeMemory.putInt(b + 8, t);
            }
        }
        NativeMemory.putInt(hash + NUM_USED, nElems);
        NativeMemory.putInt(hash + INTERNAL_POINTER, 0);
        NativeMemory.putLong(hash + NEXT_FREE_ELEMENT, nElems);
    }
}
