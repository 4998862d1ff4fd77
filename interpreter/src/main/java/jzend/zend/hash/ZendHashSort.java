package jzend.zend.hash;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.string.ZendString;

import static jzend.zend.hash.ZendArray.*;

/**
 * Port of zend_sort.c (the hybrid insertion sort / quick sort of PHP 7+) and zend_hash.c's
 * zend_hash_sort_ex. The sort works on an array of fixed-size elements in native memory (Buckets
 * here); PHP 8's sorts are stable because zend_hash_sort_ex stores each bucket's original position
 * in Z_EXTRA(val) (u2, the same word as Z_NEXT) and the compare functions fall back to it
 * ({@link #stableFallback}).
 */
public final class ZendHashSort {
    private ZendHashSort() {}

    /** bucket_compare_func_t: compares two Buckets (addresses) as strcmp does. */
    @FunctionalInterface
    public interface BucketCompare {
        int compare(long a, long b);
    }

    /** swap_func_t. */
    @FunctionalInterface
    public interface Swap {
        void swap(long a, long b);
    }

    /** Z_EXTRA of a bucket's val: its original position while sorting. */
    public static int extra(long bucket) { return NativeMemory.getInt(bucket + Bucket.Z_NEXT); }

    /** Port of stable_sort_fallback (array.c): the original order decides ties. */
    public static int stableFallback(long a, long b) {
        return Integer.compareUnsigned(extra(a), extra(b));
    }

    /** Port of zend_hash_bucket_swap: value (with u2), h and key. */
    public static void zend_hash_bucket_swap(long p, long q) {
        long v = NativeMemory.getLong(p), ti = NativeMemory.getLong(p + 8), h = Bucket.h(p), k = Bucket.key(p);
        NativeMemory.putLong(p, NativeMemory.getLong(q));
        NativeMemory.putLong(p + 8, NativeMemory.getLong(q + 8));
        Bucket.setH(p, Bucket.h(q));
        Bucket.setKey(p, Bucket.key(q));
        NativeMemory.putLong(q, v);
        NativeMemory.putLong(q + 8, ti);
        Bucket.setH(q, h);
        Bucket.setKey(q, k);
    }

    /** Port of zend_hash_bucket_renum_swap: the values only (keys are renumbered afterwards). */
    public static void zend_hash_bucket_renum_swap(long p, long q) {
        long v = NativeMemory.getLong(p), ti = NativeMemory.getLong(p + 8);
        NativeMemory.putLong(p, NativeMemory.getLong(q));
        NativeMemory.putLong(p + 8, NativeMemory.getLong(q + 8));
        NativeMemory.putLong(q, v);
        NativeMemory.putLong(q + 8, ti);
    }

    private static final Swap BUCKET_SWAP = ZendHashSort::zend_hash_bucket_swap;
    private static final Swap RENUM_SWAP = ZendHashSort::zend_hash_bucket_renum_swap;

    /**
     * Port of zend_hash_sort_ex with zend_sort as the sort function (zend_hash_sort). A packed
     * table is first converted to a hash (as 8.2 does); holes are squeezed out; with
     * {@code renumber} the keys become 0…n−1 and the table packed again, otherwise it is rehashed.
     */
    public static void zend_hash_sort(long ht, BucketCompare compar, boolean renumber) {
        int n = numOfElements(ht);
        if (!(n > 1) && !(renumber && n > 0)) return; // doesn't require sorting
        if (isPacked(ht)) zend_hash_packed_to_hash(ht);
        long arData = arData(ht);
        int i;
        if (isWithoutHoles(ht)) {
            int used = numUsed(ht);
            for (i = 0; i < used; i++) NativeMemory.putInt(Bucket.at(arData, i) + Bucket.Z_NEXT, i);
        } else {
            int used = numUsed(ht);
            i = 0;
            for (int j = 0; j < used; j++) {
                long p = Bucket.at(arData, j);
                if (Bucket.isUndef(p)) continue;
                long q = Bucket.at(arData, i);
                if (i != j) NativeMemory.copy(p, q, Bucket.SIZE);
                NativeMemory.putInt(q + Bucket.Z_NEXT, i);
                i++;
            }
            setNumUsed(ht, i);
        }
        // the collision chains were overwritten by Z_EXTRA: reset the hash slots
        hashReset(ht);
        zend_sort(arData, numUsed(ht), Bucket.SIZE, compar, renumber ? RENUM_SWAP : BUCKET_SWAP);
        setInternalPointer(ht, 0);
        if (renumber) {
            for (int j = 0; j < i; j++) {
                long p = Bucket.at(arData, j);
                Bucket.setH(p, j);
                long key = Bucket.key(p);
                if (key != 0) {
                    ZendString.release(key);
                    Bucket.setKey(p, 0);
                }
            }
            setNextFreeElement(ht, i);
            long oldData = dataAddr(ht);
            long oldBuckets = arData;
            boolean persistent = isPersistent(ht);
            long size = packedSizeEx(tableSize(ht), HT_MIN_MASK);
            long newData = persistent ? ZendAlloc.pemalloc(size) : ZendAlloc.emalloc(size);
            setFlags(ht, flags(ht) | HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS);
            setTableMask(ht, HT_MIN_MASK);
            setDataAddr(ht, newData);
            long zv = arData(ht);
            int used = numUsed(ht);
            for (int j = 0; j < used; j++) Bucket.copyValue(zv + (long) j * ZVAL_SIZE, Bucket.at(oldBuckets, j));
            if (persistent) ZendAlloc.pefree(oldData);
            else ZendAlloc.efree(oldData);
            hashResetPacked(ht);
        } else {
            zend_hash_rehash(ht);
        }
    }

    private static void zend_hash_packed_to_hash(long ht) {
        ZendHash.zend_hash_packed_to_hash(ht);
    }

    private static void zend_hash_rehash(long ht) {
        ZendHash.zend_hash_rehash(ht);
    }

    // ------------------------------------------------------------------ zend_sort.c

    /** Port of zend_sort_2. */
    static void zend_sort_2(long a, long b, BucketCompare cmp, Swap swp) {
        if (cmp.compare(a, b) > 0) swp.swap(a, b);
    }

    /** Port of zend_sort_3. */
    static void zend_sort_3(long a, long b, long c, BucketCompare cmp, Swap swp) {
        if (!(cmp.compare(a, b) > 0)) {
            if (!(cmp.compare(b, c) > 0)) return;
            swp.swap(b, c);
            if (cmp.compare(a, b) > 0) swp.swap(a, b);
            return;
        }
        if (!(cmp.compare(c, b) > 0)) {
            swp.swap(a, c);
            return;
        }
        swp.swap(a, b);
        if (cmp.compare(b, c) > 0) swp.swap(b, c);
    }

    /** Port of zend_sort_4. */
    static void zend_sort_4(long a, long b, long c, long d, BucketCompare cmp, Swap swp) {
        zend_sort_3(a, b, c, cmp, swp);
        if (cmp.compare(c, d) > 0) {
            swp.swap(c, d);
            if (cmp.compare(b, c) > 0) {
                swp.swap(b, c);
                if (cmp.compare(a, b) > 0) swp.swap(a, b);
            }
        }
    }

    /** Port of zend_sort_5. */
    static void zend_sort_5(long a, long b, long c, long d, long e, BucketCompare cmp, Swap swp) {
        zend_sort_4(a, b, c, d, cmp, swp);
        if (cmp.compare(d, e) > 0) {
            swp.swap(d, e);
            if (cmp.compare(c, d) > 0) {
                swp.swap(c, d);
                if (cmp.compare(b, c) > 0) {
                    swp.swap(b, c);
                    if (cmp.compare(a, b) > 0) swp.swap(a, b);
                }
            }
        }
    }

    /** Port of zend_insert_sort. */
    public static void zend_insert_sort(long base, int nmemb, int siz, BucketCompare cmp, Swap swp) {
        switch (nmemb) {
            case 0, 1 -> { }
            case 2 -> zend_sort_2(base, base + siz, cmp, swp);
            case 3 -> zend_sort_3(base, base + siz, base + 2L * siz, cmp, swp);
            case 4 -> zend_sort_4(base, base + siz, base + 2L * siz, base + 3L * siz, cmp, swp);
            case 5 -> zend_sort_5(base, base + siz, base + 2L * siz, base + 3L * siz, base + 4L * siz, cmp, swp);
            default -> {
                long start = base;
                long end = start + (long) nmemb * siz;
                long siz2 = siz + siz;
                long sentry = start + 6L * siz;
                long i, j, k;
                for (i = start + siz; i < sentry; i += siz) {
                    j = i - siz;
                    if (!(cmp.compare(j, i) > 0)) continue;
                    while (j != start) {
                        j -= siz;
                        if (!(cmp.compare(j, i) > 0)) {
                            j += siz;
                            break;
                        }
                    }
                    for (k = i; k > j; k -= siz) swp.swap(k, k - siz);
                }
                for (i = sentry; i < end; i += siz) {
                    j = i - siz;
                    if (!(cmp.compare(j, i) > 0)) continue;
                    do {
                        j -= siz2;
                        if (!(cmp.compare(j, i) > 0)) {
                            j += siz;
                            if (!(cmp.compare(j, i) > 0)) j += siz;
                            break;
                        }
                        if (j == start) break;
                        if (j == start + siz) {
                            j -= siz;
                            if (cmp.compare(i, j) > 0) j += siz;
                            break;
                        }
                    } while (true);
                    for (k = i; k > j; k -= siz) swp.swap(k, k - siz);
                }
            }
        }
    }

    /** Port of zend_sort: hybrid insertion sort (≤ 16 elements) and quick sort (derived from libc++'s std::sort). */
    public static void zend_sort(long base, int nmemb, int siz, BucketCompare cmp, Swap swp) {
        long n = nmemb;
        while (true) {
            if (n <= 16) {
                zend_insert_sort(base, (int) n, siz, cmp, swp);
                return;
            }
            long start = base;
            long end = start + n * siz;
            long offset = n >> 1;
            long pivot = start + offset * siz;
            if ((n >> 10) != 0) {
                long delta = (offset >> 1) * siz;
                zend_sort_5(start, start + delta, pivot, pivot + delta, end - siz, cmp, swp);
            } else {
                zend_sort_3(start, pivot, end - siz, cmp, swp);
            }
            swp.swap(start + siz, pivot);
            pivot = start + siz;
            long i = pivot + siz;
            long j = end - siz;
            done:
            while (true) {
                while (cmp.compare(pivot, i) > 0) {
                    i += siz;
                    if (i == j) break done;
                }
                j -= siz;
                if (j == i) break;
                while (cmp.compare(j, pivot) > 0) {
                    j -= siz;
                    if (j == i) break done;
                }
                swp.swap(i, j);
                i += siz;
                if (i == j) break;
            }
            swp.swap(pivot, i - siz);
            if ((i - siz) - start < end - i) {
                zend_sort(start, (int) ((i - start) / siz - 1), siz, cmp, swp);
                base = i;
                n = (end - i) / siz;
            } else {
                zend_sort(i, (int) ((end - i) / siz), siz, cmp, swp);
                n = (i - start) / siz - 1;
            }
        }
    }
}
