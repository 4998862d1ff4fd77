package jzend.zend.hash;

import jzend.zend.alloc.AllocObserver;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.string.ZendString;

import static jzend.zend.hash.ZendArray.*;

/**
 * Arrays as PHP values: the immutable empty array, zend_array_dup, refcounting and
 * SEPARATE_ARRAY (zend_hash.c, zend_types.h, zend_API.h).
 */
public final class ZendArrays {
    private ZendArrays() {}

    /**
     * zend_empty_array: refcount 2, IS_ARRAY | GC_IMMUTABLE, UNINITIALIZED, nTableSize 8,
     * nNextFreeElement 0. Static in php-src; allocated once here in persistent memory and never
     * freed (release never reaches it: immutable arrays are stored without the refcounted flag).
     */
    private static final long EMPTY_ARRAY;
    static {
        long ht = ZendAlloc.pemalloc(SIZE);
        NativeMemory.putInt(ht + GC_REFCOUNT, 2);
        NativeMemory.putInt(ht + GC_TYPE_INFO, IS_ARRAY | GC_IMMUTABLE);
        NativeMemory.putInt(ht + FLAGS, HASH_FLAG_UNINITIALIZED);
        NativeMemory.putInt(ht + TABLE_MASK, HT_MIN_MASK);
        NativeMemory.putLong(ht + AR_DATA, ZendHash.UNINITIALIZED_BUCKET + 8);
        NativeMemory.putInt(ht + NUM_USED, 0);
        NativeMemory.putInt(ht + NUM_OF_ELEMENTS, 0);
        NativeMemory.putInt(ht + TABLE_SIZE, HT_MIN_SIZE);
        NativeMemory.putInt(ht + INTERNAL_POINTER, 0);
        NativeMemory.putLong(ht + NEXT_FREE_ELEMENT, 0);
        NativeMemory.putLong(ht + DESTRUCTOR, ZVAL_PTR_DTOR);
        EMPTY_ARRAY = ht;
    }

    /** &zend_empty_array. */
    public static long zend_empty_array() { return EMPTY_ARRAY; }

    /** ZVAL_ARR: a zval now holding (one reference to) the array; immutable arrays get the non-refcounted type. */
    public static void setArray(long zv, long ht) {
        NativeMemory.putLong(zv, ht);
        NativeMemory.putInt(zv + 8, isImmutable(ht) ? IS_ARRAY : IS_ARRAY_EX);
    }

    /** ZVAL_EMPTY_ARRAY. */
    public static void setEmptyArray(long zv) {
        NativeMemory.putLong(zv, EMPTY_ARRAY);
        NativeMemory.putInt(zv + 8, IS_ARRAY);
    }

    /** GC_ADDREF for an array (none for immutable arrays, whose refcount is fixed). */
    public static void addRef(long ht) {
        if (!isImmutable(ht)) setRefcount(ht, refcount(ht) + 1);
    }

    /** GC_DELREF then zend_array_destroy at zero (immutable arrays are left alone). */
    public static void release(long ht) {
        if (isImmutable(ht)) return;
        int rc = refcount(ht) - 1;
        if (rc == 0) ZendHash.zend_array_destroy(ht);
        else setRefcount(ht, rc);
    }

    /**
     * SEPARATE_ARRAY: the array to write into. Returns {@code ht} itself when this reference is the
     * only one; otherwise a private {@link #zend_array_dup} copy, dropping this reference to
     * the original (immutable arrays are always duplicated).
     */
    public static long separate(long ht) {
        if (refcount(ht) > 1 || isImmutable(ht)) {
            long copy = zend_array_dup(ht);
            if (!isImmutable(ht)) setRefcount(ht, refcount(ht) - 1);
            return copy;
        }
        return ht;
    }

    /** SEPARATE_ARRAY on a zval holding an array: the zval is made to hold a private copy, which is returned. */
    public static long separateZval(long zv) {
        long ht = NativeMemory.getLong(zv);
        long r = separate(ht);
        if (r != ht) setArray(zv, r);
        return r;
    }

    /** IS_INDIRECT: a table slot pointing at a zval elsewhere (a property table's, a symbol table's). */
    static final int IS_INDIRECT = 12;

    /** Port of zend_array_count (no HAS_EMPTY_IND handling: jzend's property tables have no unset slots). */
    public static int zend_array_count(long ht) { return numOfElements(ht); }

    /** Port of zend_array_dup: a new array (refcount 1) with the same elements, each value and key given a reference. */
    public static long zend_array_dup(long source) {
        AllocObserver.kind = AllocObserver.KIND_HASH_HEADER;
        long target = ZendAlloc.emalloc(SIZE);
        setRefcount(target, 1);
        NativeMemory.putInt(target + GC_TYPE_INFO, GC_ARRAY);
        setDestructor(target, ZVAL_PTR_DTOR);
        NativeMemory.putInt(target + FLAGS, 0);
        if (numOfElements(source) == 0) {
            setFlags(target, HASH_FLAG_UNINITIALIZED);
            setTableMask(target, HT_MIN_MASK);
            setNumUsed(target, 0);
            setNumOfElements(target, 0);
            setNextFreeElement(target, nextFreeElement(source));
            setInternalPointer(target, 0);
            setTableSize(target, HT_MIN_SIZE);
            setArData(target, ZendHash.UNINITIALIZED_BUCKET + 8);
        } else if (isImmutable(source)) {
            setFlags(target, flags(source) & HASH_FLAG_MASK);
            setTableMask(target, tableMask(source));
            setNumUsed(target, numUsed(source));
            setNumOfElements(target, numOfElements(source));
            setNextFreeElement(target, nextFreeElement(source));
            setTableSize(target, tableSize(source));
            long usedSize;
            if (isPacked(source)) {
                AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
                setDataAddr(target, ZendAlloc.emalloc(packedSizeEx(tableSize(target), HT_MIN_MASK)));
                usedSize = hashSize(HT_MIN_MASK) + (long) numUsed(source) * ZVAL_SIZE;
            } else {
                AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
                setDataAddr(target, ZendAlloc.emalloc(sizeEx(tableSize(target), tableMask(target))));
                usedSize = hashSize(tableMask(source)) + (long) numUsed(source) * Bucket.SIZE;
            }
            setInternalPointer(target, internalPointer(source));
            NativeMemory.copy(dataAddr(source), dataAddr(target), usedSize);
        } else if (isPacked(source)) {
            setFlags(target, flags(source) & HASH_FLAG_MASK);
            setTableMask(target, HT_MIN_MASK);
            setNumUsed(target, numUsed(source));
            setNumOfElements(target, numOfElements(source));
            setNextFreeElement(target, nextFreeElement(source));
            setTableSize(target, tableSize(source));
            AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
            setDataAddr(target, ZendAlloc.emalloc(packedSizeEx(tableSize(target), HT_MIN_MASK)));
            setInternalPointer(target, Integer.compareUnsigned(internalPointer(source), numUsed(source)) < 0
                    ? internalPointer(source) : 0);
            hashResetPacked(target);
            // zend_array_dup_packed_elements
            long p = arData(source), q = arData(target);
            long end = p + (long) numUsed(source) * ZVAL_SIZE;
            for (; p < end; p += ZVAL_SIZE, q += ZVAL_SIZE) {
                if (Bucket.isUndef(p)) {
                    Bucket.setUndef(q);
                    continue;
                }
                dupValue(q, p, source);
            }
        } else {
            setFlags(target, flags(source) & HASH_FLAG_MASK);
            setTableMask(target, tableMask(source));
            setNextFreeElement(target, nextFreeElement(source));
            setTableSize(target, tableSize(source));
            setInternalPointer(target, Integer.compareUnsigned(internalPointer(source), numUsed(source)) < 0
                    ? internalPointer(source) : 0);
            AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
            setDataAddr(target, ZendAlloc.emalloc(sizeEx(tableSize(target), tableMask(target))));
            hashReset(target);
            int idx = zend_array_dup_elements(source, target, hasStaticKeysOnly(target));
            setNumUsed(target, idx);
            setNumOfElements(target, idx);
        }
        return target;
    }

    /**
     * zend_array_dup_value: the element copied with one more reference — except a reference only
     * this array holds (refcount 1), whose value is copied instead (so a copy does not share it).
     */
    private static void dupValue(long q, long p, long source) {
        int t = Bucket.typeInfo(p);
        if ((t & 0xff) == 10 /* IS_REFERENCE */) {
            long ref = NativeMemory.getLong(p);
            long val = ref + 8;
            if (NativeMemory.getInt(ref) == 1
                    && ((Bucket.typeInfo(val) & 0xff) != IS_ARRAY || NativeMemory.getLong(val) != source)) {
                Bucket.tryAddRef(val);
                Bucket.copyValue(q, val);
                return;
            }
        }
        Bucket.tryAddRef(p);
        Bucket.copyValue(q, p);
    }

    /** Port of zend_array_dup_elements (with zend_array_dup_element): copies used buckets in order, squeezing holes. */
    private static int zend_array_dup_elements(long source, long target, boolean staticKeys) {
        long src = arData(source), dst = arData(target);
        int used = numUsed(source);
        int mask = tableMask(target);
        int ip = internalPointer(source);
        int idx = 0, j = 0;
        for (; idx < used; idx++) {
            long p = Bucket.at(src, idx);
            if (Bucket.isUndef(p)) continue;
            long data = p;
            if ((Bucket.typeInfo(p) & 0xff) == IS_INDIRECT) {
                // a property table's slot: its value is copied, an unset one left out (zend_array_dup_value)
                data = NativeMemory.getLong(p);
                if (Bucket.isUndef(data)) continue;
            }
            long q = Bucket.at(dst, j);
            dupValue(q, data, source);
            long h = Bucket.h(p);
            Bucket.setH(q, h);
            long key = Bucket.key(p);
            Bucket.setKey(q, key);
            if (!staticKeys && key != 0) ZendString.copy(key);
            int nIndex = (int) h | mask;
            Bucket.setNext(q, ZendArray.hashSlot(dst, nIndex));
            ZendArray.setHashSlot(dst, nIndex, j);
            if (idx == ip) setInternalPointer(target, j);
            j++;
        }
        return j;
    }
}
