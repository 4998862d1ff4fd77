package jzend.zend.hash;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.AllocObserver;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

import static jzend.zend.hash.ZendArray.*;

/**
 * Port of zend_hash.c (PHP 8.2): insertion, lookup, deletion, growth and rehashing of a
 * {@link ZendArray} in native memory. Integer keys are {@code zend_ulong} (negative longs compare
 * as huge unsigned values, as in C); string keys are zend_string addresses.
 *
 * <p>Functions that return a zval return its address, or 0 for NULL. Functions returning
 * zend_result return {@code true} for SUCCESS.
 */
public final class ZendHash {
    private ZendHash() {}

    // _zend_hash_add_or_update_i / _zend_hash_index_add_or_update_i flags
    static final int HASH_UPDATE = 1 << 0, HASH_ADD = 1 << 1, HASH_UPDATE_INDIRECT = 1 << 2,
            HASH_ADD_NEW = 1 << 3, HASH_ADD_NEXT = 1 << 4, HASH_LOOKUP = 1 << 5;

    /** zend_hash_get_current_key_type results. */
    public static final int HASH_KEY_IS_STRING = 1, HASH_KEY_IS_LONG = 2, HASH_KEY_NON_EXISTENT = 3;

    /**
     * uninitialized_bucket: the two HT_INVALID_IDX slots every uninitialized table's arData
     * points past (static const in php-src; persistent memory here, allocated once).
     */
    static final long UNINITIALIZED_BUCKET;
    static {
        long p = ZendAlloc.pemalloc(8);
        NativeMemory.putInt(p, HT_INVALID_IDX);
        NativeMemory.putInt(p + 4, HT_INVALID_IDX);
        UNINITIALIZED_BUCKET = p;
    }

    // ------------------------------------------------------------------ init

    /** Port of zend_hash_check_size: HT_MIN_SIZE or the next power of two. */
    static int zend_hash_check_size(long nSize) {
        if (nSize <= HT_MIN_SIZE) return HT_MIN_SIZE;
        if (nSize >= HT_MAX_SIZE) {
            Zend.zend_error(ZendErrors.E_ERROR, "Possible integer overflow in memory allocation (" + nSize
                    + " * " + Bucket.SIZE + " + " + Bucket.SIZE + ")");
            throw new IllegalStateException("zend_error(E_ERROR) returned");
        }
        return Integer.highestOneBit((int) nSize - 1) << 1;
    }

    /** Port of _zend_hash_init_int: an uninitialized table in the 56 bytes at {@code ht}. */
    static void _zend_hash_init_int(long ht, long nSize, long pDestructor, boolean persistent) {
        setRefcount(ht, 1);
        NativeMemory.putInt(ht + GC_TYPE_INFO, GC_ARRAY | (persistent ? (GC_PERSISTENT | GC_NOT_COLLECTABLE) : 0));
        setFlags(ht, HASH_FLAG_UNINITIALIZED);
        setTableMask(ht, HT_MIN_MASK);
        setArData(ht, UNINITIALIZED_BUCKET + 8);
        setNumUsed(ht, 0);
        setNumOfElements(ht, 0);
        setInternalPointer(ht, 0);
        setNextFreeElement(ht, ZEND_LONG_MIN);
        setDestructor(ht, pDestructor);
        setTableSize(ht, zend_hash_check_size(nSize));
    }

    /** Port of _zend_hash_init: a table in caller-owned memory (use {@link #zend_hash_destroy} to free its data). */
    public static void zend_hash_init(long ht, long nSize, long pDestructor, boolean persistent) {
        _zend_hash_init_int(ht, nSize, pDestructor, persistent);
    }

    /** Port of _zend_new_array_0: emalloc'd 56 bytes, uninitialized, nTableSize 8. */
    public static long zend_new_array_0() {
        AllocObserver.kind = AllocObserver.KIND_HASH_HEADER;
        long ht = ZendAlloc.emalloc(SIZE);
        _zend_hash_init_int(ht, HT_MIN_SIZE, ZVAL_PTR_DTOR, false);
        return ht;
    }

    /** Port of _zend_new_array: as {@link #zend_new_array_0} with room for {@code nSize} elements. */
    public static long zend_new_array(long nSize) {
        AllocObserver.kind = AllocObserver.KIND_HASH_HEADER;
        long ht = ZendAlloc.emalloc(SIZE);
        _zend_hash_init_int(ht, nSize, ZVAL_PTR_DTOR, false);
        return ht;
    }

    private static long alloc(long ht, long size) {
        return alloc(ht, size, false);
    }

    private static long alloc(long ht, long size, boolean constantSize) {
        if (isPersistent(ht)) return ZendAlloc.pemalloc(size);
        AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
        return constantSize ? ZendAlloc.emalloc_bin(size) : ZendAlloc.emalloc(size);
    }

    private static void free(long ht, long p) {
        if (isPersistent(ht)) ZendAlloc.pefree(p);
        else ZendAlloc.efree(p);
    }

    /** Port of zend_hash_real_init_packed_ex: a packed data block of nTableSize zvals. */
    static void zend_hash_real_init_packed_ex(long ht) {
        zend_hash_real_init_packed_ex(ht, true);
    }

    /**
     * The same; {@code specialized}: HT_MIN_SIZE takes php-src's "specialized API with constant
     * allocation amount" (emalloc of a constant: the bin's size, which tracked malloc records).
     * Some of php-cli 8.2.36's call paths request the exact size instead (136 bytes for 8 slots
     * under USE_TRACKED_ALLOC=1): zend_fetch_debug_backtrace's arrays (array_fill's and range's
     * too, which jzend does not follow yet).
     */
    static void zend_hash_real_init_packed_ex(long ht, boolean specialized) {
        long data = alloc(ht, packedSizeEx(tableSize(ht), HT_MIN_MASK), specialized && tableSize(ht) == HT_MIN_SIZE);
        setTableMask(ht, HT_MIN_MASK); // already; packed tables keep HT_MIN_MASK
        setDataAddr(ht, data);
        setFlags(ht, (flags(ht) & ~0xff) | HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS);
        hashResetPacked(ht);
    }

    /** Port of zend_hash_real_init_mixed_ex: buckets and 2·nTableSize slots. */
    static void zend_hash_real_init_mixed_ex(long ht) {
        int nSize = tableSize(ht);
        long data = alloc(ht, sizeEx(nSize, sizeToMask(nSize)));
        setTableMask(ht, sizeToMask(nSize));
        setDataAddr(ht, data);
        setFlags(ht, (flags(ht) & ~0xff) | HASH_FLAG_STATIC_KEYS);
        hashReset(ht);
    }

    /** Port of zend_hash_real_init_packed. */
    public static void zend_hash_real_init_packed(long ht) {
        zend_hash_real_init_packed_ex(ht);
    }

    /** zend_hash_real_init_packed on a call path that requests the exact size (see zend_hash_real_init_packed_ex). */
    public static void zend_hash_real_init_packed_exact(long ht) {
        zend_hash_real_init_packed_ex(ht, false);
    }

    /** Port of zend_hash_real_init_mixed. */
    public static void zend_hash_real_init_mixed(long ht) {
        zend_hash_real_init_mixed_ex(ht);
    }

    /** Port of zend_hash_real_init: packed or mixed, for an uninitialized table. */
    public static void zend_hash_real_init(long ht, boolean packed) {
        if (packed) zend_hash_real_init_packed_ex(ht);
        else zend_hash_real_init_mixed_ex(ht);
    }

    // ------------------------------------------------------------------ growth

    /** Port of zend_hash_packed_grow: doubles a packed table in place (erealloc2 of the used part). */
    static void zend_hash_packed_grow(long ht) {
        int size = tableSize(ht);
        if (size >= HT_MAX_SIZE) {
            Zend.zend_error(ZendErrors.E_ERROR, "Possible integer overflow in memory allocation (" + (size * 2)
                    + " * " + Bucket.SIZE + " + " + Bucket.SIZE + ")");
            throw new IllegalStateException("zend_error(E_ERROR) returned");
        }
        setTableSize(ht, size + size);
        long newSize = packedSizeEx(size + size, HT_MIN_MASK);
        long used = hashSize(HT_MIN_MASK) + (long) numUsed(ht) * ZVAL_SIZE;
        if (!isPersistent(ht)) AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
        long data = isPersistent(ht) ? ZendAlloc.perealloc(dataAddr(ht), newSize)
                : ZendAlloc.erealloc2(dataAddr(ht), newSize, used);
        setDataAddr(ht, data);
    }

    /** Port of zend_hash_packed_to_hash: packed zvals become buckets keyed 0…nNumUsed−1, then rehash. */
    public static void zend_hash_packed_to_hash(long ht) {
        long oldData = dataAddr(ht);
        long src = arData(ht);
        int nSize = tableSize(ht);
        long newData = alloc(ht, sizeEx(nSize, sizeToMask(nSize)));
        setFlags(ht, flags(ht) & ~HASH_FLAG_PACKED);
        setTableMask(ht, sizeToMask(nSize));
        setDataAddr(ht, newData);
        long dst = arData(ht);
        int used = numUsed(ht);
        for (int i = 0; i < used; i++) {
            Bucket.copyValue(dst, src);
            Bucket.setH(dst, i);
            Bucket.setKey(dst, 0);
            dst += Bucket.SIZE;
            src += ZVAL_SIZE;
        }
        free(ht, oldData);
        zend_hash_rehash(ht);
    }

    /** Port of zend_hash_to_packed: a mixed table with integer keys only becomes packed (keys must be 0…n−1 in place). */
    public static void zend_hash_to_packed(long ht) {
        long oldData = dataAddr(ht);
        long oldBuckets = arData(ht);
        long newData = alloc(ht, packedSizeEx(tableSize(ht), HT_MIN_MASK));
        setFlags(ht, flags(ht) | HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS);
        setTableMask(ht, HT_MIN_MASK);
        setDataAddr(ht, newData);
        hashResetPacked(ht);
        long dst = arData(ht);
        for (int i = 0; i < numUsed(ht); i++) Bucket.copyValue(dst + (long) i * ZVAL_SIZE, Bucket.at(oldBuckets, i));
        free(ht, oldData);
    }

    /** Port of zend_hash_rehash: rebuilds the chains, squeezing out UNDEF buckets. */
    public static void zend_hash_rehash(long ht) {
        if (numOfElements(ht) == 0) {
            if (!isUninitialized(ht)) {
                setNumUsed(ht, 0);
                hashReset(ht);
                setInternalPointer(ht, 0);
            }
            return;
        }
        hashReset(ht);
        long arData = arData(ht);
        int mask = tableMask(ht);
        int used = numUsed(ht);
        int i = 0;
        long p = arData;
        if (isWithoutHoles(ht)) {
            do {
                int nIndex = (int) Bucket.h(p) | mask;
                Bucket.setNext(p, hashSlot(arData, nIndex));
                setHashSlot(arData, nIndex, i);
                p += Bucket.SIZE;
            } while (++i < used);
        } else {
            do {
                if (Bucket.isUndef(p)) {
                    int j = i;
                    long q = p;
                    while (++i < used) {
                        p += Bucket.SIZE;
                        if (Bucket.typeInfo(p) != 0) {
                            Bucket.copyValue(q, p);
                            Bucket.setH(q, Bucket.h(p));
                            int nIndex = (int) Bucket.h(q) | mask;
                            Bucket.setKey(q, Bucket.key(p));
                            Bucket.setNext(q, hashSlot(arData, nIndex));
                            setHashSlot(arData, nIndex, j);
                            if (internalPointer(ht) == i) setInternalPointer(ht, j);
                            q += Bucket.SIZE;
                            j++;
                        }
                    }
                    setNumUsed(ht, j);
                    break;
                }
                int nIndex = (int) Bucket.h(p) | mask;
                Bucket.setNext(p, hashSlot(arData, nIndex));
                setHashSlot(arData, nIndex, i);
                p += Bucket.SIZE;
            } while (++i < used);
        }
    }

    /** Port of zend_hash_do_resize: compaction when holes exceed 1/32, else doubling. */
    static void zend_hash_do_resize(long ht) {
        int used = numUsed(ht), n = numOfElements(ht);
        if (Integer.compareUnsigned(used, n + (n >>> 5)) > 0) {
            zend_hash_rehash(ht);
        } else if (tableSize(ht) < HT_MAX_SIZE) {
            long oldData = dataAddr(ht);
            long oldBuckets = arData(ht);
            int nSize = tableSize(ht) * 2;
            long newData = alloc(ht, sizeEx(nSize, sizeToMask(nSize)));
            setTableSize(ht, nSize);
            setTableMask(ht, sizeToMask(nSize));
            setDataAddr(ht, newData);
            NativeMemory.copy(oldBuckets, arData(ht), (long) Bucket.SIZE * used);
            free(ht, oldData);
            zend_hash_rehash(ht);
        } else {
            Zend.zend_error(ZendErrors.E_ERROR, "Possible integer overflow in memory allocation (" + (tableSize(ht) * 2L)
                    + " * " + (Bucket.SIZE + 4) + " + " + Bucket.SIZE + ")");
            throw new IllegalStateException("zend_error(E_ERROR) returned");
        }
    }

    /** ZEND_HASH_IF_FULL_DO_RESIZE. */
    private static void ifFullDoResize(long ht) {
        if (Integer.compareUnsigned(numUsed(ht), tableSize(ht)) >= 0) zend_hash_do_resize(ht);
    }

    /** Port of zend_hash_extend: room for nSize elements (packed grows in place, mixed reallocates). */
    public static void zend_hash_extend(long ht, long nSize, boolean packed) {
        if (nSize == 0) return;
        if (isUninitialized(ht)) {
            if (nSize > tableSize(ht)) setTableSize(ht, zend_hash_check_size(nSize));
            zend_hash_real_init(ht, packed);
            return;
        }
        if (packed) {
            if (nSize > tableSize(ht)) {
                int newSize = zend_hash_check_size(nSize);
                long used = hashSize(HT_MIN_MASK) + (long) numUsed(ht) * ZVAL_SIZE;
                setTableSize(ht, newSize);
                long sz = packedSizeEx(newSize, HT_MIN_MASK);
                if (!isPersistent(ht)) AllocObserver.kind = AllocObserver.KIND_HASH_DATA;
                setDataAddr(ht, isPersistent(ht) ? ZendAlloc.perealloc(dataAddr(ht), sz)
                        : ZendAlloc.erealloc2(dataAddr(ht), sz, used));
            }
        } else if (nSize > tableSize(ht)) {
            long oldData = dataAddr(ht);
            long oldBuckets = arData(ht);
            int newSize = zend_hash_check_size(nSize);
            long newData = alloc(ht, sizeEx(newSize, sizeToMask(newSize)));
            setTableSize(ht, newSize);
            setTableMask(ht, sizeToMask(newSize));
            setDataAddr(ht, newData);
            NativeMemory.copy(oldBuckets, arData(ht), (long) Bucket.SIZE * numUsed(ht));
            free(ht, oldData);
            zend_hash_rehash(ht);
        }
    }

    // ------------------------------------------------------------------ lookups

    /** Port of zend_hash_find_bucket: the bucket of a string key (hash already computed), or 0. */
    static long zend_hash_find_bucket(long ht, long key) {
        long h = ZendString.hash(key);
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            long pk = Bucket.key(p);
            if (pk == key) return p;
            if (Bucket.h(p) == h && pk != 0 && ZendString.equalContent(pk, key)) return p;
            idx = Bucket.next(p);
        }
        return 0;
    }

    /** Port of zend_hash_str_find_bucket: the bucket of a key given as bytes, or 0. */
    static long zend_hash_str_find_bucket(long ht, byte[] str, long h) {
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            long pk = Bucket.key(p);
            if (Bucket.h(p) == h && pk != 0 && ZendString.len(pk) == str.length && sameBytes(pk, str)) return p;
            idx = Bucket.next(p);
        }
        return 0;
    }

    private static boolean sameBytes(long s, byte[] b) {
        long v = ZendString.val(s);
        for (int i = 0; i < b.length; i++) if (NativeMemory.getByte(v + i) != b[i]) return false;
        return true;
    }

    /** Port of zend_hash_index_find_bucket: the bucket of integer key h in a mixed table, or 0. */
    static long zend_hash_index_find_bucket(long ht, long h) {
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            if (Bucket.h(p) == h && Bucket.key(p) == 0) return p;
            idx = Bucket.next(p);
        }
        return 0;
    }

    /** Port of zend_hash_find: the value of a string key, or 0. */
    public static long zend_hash_find(long ht, long key) {
        long p = zend_hash_find_bucket(ht, key);
        return p;
    }

    /** Port of zend_hash_str_find: the value of a key given as bytes, or 0 (no string is built). */
    public static long zend_hash_str_find(long ht, byte[] str) {
        return zend_hash_str_find_bucket(ht, str, ZendString.hashBytes(str, 0, str.length));
    }

    /** Port of zend_hash_index_find: the value of integer key h, or 0. */
    public static long zend_hash_index_find(long ht, long h) {
        if (isPacked(ht)) {
            if (Long.compareUnsigned(h, numUsed(ht) & 0xffffffffL) < 0) {
                long zv = arData(ht) + h * ZVAL_SIZE;
                if (!Bucket.isUndef(zv)) return zv;
            }
            return 0;
        }
        return zend_hash_index_find_bucket(ht, h);
    }

    /** Port of zend_hash_exists. */
    public static boolean zend_hash_exists(long ht, long key) { return zend_hash_find(ht, key) != 0; }

    /** Port of zend_hash_index_exists. */
    public static boolean zend_hash_index_exists(long ht, long h) { return zend_hash_index_find(ht, h) != 0; }

    /** Port of zend_hash_num_elements. */
    public static int zend_hash_num_elements(long ht) { return numOfElements(ht); }

    // ------------------------------------------------------------------ string keys

    /** Port of _zend_hash_add_or_update_i. */
    static long _zend_hash_add_or_update_i(long ht, long key, long pData, int flag) {
        ZendString.hash(key);
        int f = flags(ht);
        boolean toHash = true;
        if ((f & (HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED)) != 0) {
            if ((f & HASH_FLAG_UNINITIALIZED) != 0) {
                zend_hash_real_init_mixed_ex(ht);
                toHash = false;
            } else {
                zend_hash_packed_to_hash(ht);
            }
        } else if ((flag & HASH_ADD_NEW) == 0) {
            long p = zend_hash_find_bucket(ht, key);
            if (p != 0) {
                if ((flag & HASH_LOOKUP) != 0) return p;
                if ((flag & HASH_ADD) != 0) return 0;
                if (destructor(ht) != 0) destroyValue(ht, p);
                Bucket.copyValue(p, pData);
                return p;
            }
        }
        if (toHash) ifFullDoResize(ht);
        // add_to_hash:
        if (!ZendString.isInterned(key)) {
            ZendString.copy(key);
            setFlags(ht, flags(ht) & ~HASH_FLAG_STATIC_KEYS);
        }
        int idx = numUsed(ht);
        setNumUsed(ht, idx + 1);
        setNumOfElements(ht, numOfElements(ht) + 1);
        long arData = arData(ht);
        long p = Bucket.at(arData, idx);
        Bucket.setKey(p, key);
        long h = ZendString.hash(key);
        Bucket.setH(p, h);
        int nIndex = (int) h | tableMask(ht);
        Bucket.setNext(p, hashSlot(arData, nIndex));
        setHashSlot(arData, nIndex, idx);
        if ((flag & HASH_LOOKUP) != 0) Bucket.setNull(p);
        else Bucket.copyValue(p, pData);
        return p;
    }

    /** Calls the table's destructor on a value in place (zval_ptr_dtor). */
    private static void destroyValue(long ht, long zv) {
        ZendVm.release(zv);
    }

    /** Port of zend_hash_add: stores a copy of the zval at {@code pData} (moved, no reference added) under a new key; 0 if it exists. */
    public static long zend_hash_add(long ht, long key, long pData) {
        return _zend_hash_add_or_update_i(ht, key, pData, HASH_ADD);
    }

    /** Port of zend_hash_update: stores (moves) the zval, releasing a previous value. */
    public static long zend_hash_update(long ht, long key, long pData) {
        return _zend_hash_add_or_update_i(ht, key, pData, HASH_UPDATE);
    }

    /** Port of zend_hash_add_new: the key must not exist. */
    public static long zend_hash_add_new(long ht, long key, long pData) {
        return _zend_hash_add_or_update_i(ht, key, pData, HASH_ADD_NEW);
    }

    /** Port of zend_hash_lookup: the value of a key, created as NULL if missing (the zval to write into). */
    public static long zend_hash_lookup(long ht, long key) {
        return _zend_hash_add_or_update_i(ht, key, 0, HASH_LOOKUP);
    }

    /** Port of zend_hash_str_update: a string is built from the bytes (its reference passes to the table). */
    public static long zend_hash_str_update(long ht, byte[] str, long pData) {
        long key = ZendString.init(str, isPersistent(ht));
        long r = _zend_hash_add_or_update_i(ht, key, pData, HASH_UPDATE);
        ZendString.release(key);
        return r;
    }

    /** Port of zend_hash_str_add. */
    public static long zend_hash_str_add(long ht, byte[] str, long pData) {
        long key = ZendString.init(str, isPersistent(ht));
        long r = _zend_hash_add_or_update_i(ht, key, pData, HASH_ADD);
        ZendString.release(key);
        return r;
    }

    // ------------------------------------------------------------------ integer keys

    /** Port of _zend_hash_index_add_or_update_i. */
    static long _zend_hash_index_add_or_update_i(long ht, long h, long pData, int flag) {
        if ((flag & HASH_ADD_NEXT) != 0 && h == ZEND_LONG_MIN) h = 0;
        long zv;
        if (isPacked(ht)) {
            long used = numUsed(ht) & 0xffffffffL;
            long size = tableSize(ht) & 0xffffffffL;
            if ((flag & (HASH_ADD_NEW | HASH_ADD_NEXT)) != (HASH_ADD_NEW | HASH_ADD_NEXT)
                    && Long.compareUnsigned(h, used) < 0) {
                zv = arData(ht) + h * ZVAL_SIZE;
                if (!Bucket.isUndef(zv)) {
                    if ((flag & HASH_LOOKUP) != 0) return zv;
                    if ((flag & HASH_ADD) != 0) return 0;
                    if (destructor(ht) != 0) destroyValue(ht, zv);
                    Bucket.copyValue(zv, pData);
                    return zv;
                }
                // we have to keep the order :(
                zend_hash_packed_to_hash(ht);
            } else if (Long.compareUnsigned(h, size) < 0) {
                return addToPacked(ht, h, pData, flag);
            } else if (Long.compareUnsigned(h >>> 1, size) < 0 && (size >>> 1) < (numOfElements(ht) & 0xffffffffL)) {
                zend_hash_packed_grow(ht);
                return addToPacked(ht, h, pData, flag);
            } else {
                if (used >= size) setTableSize(ht, (int) (size + size));
                zend_hash_packed_to_hash(ht);
            }
        } else if (isUninitialized(ht)) {
            if (Long.compareUnsigned(h, tableSize(ht) & 0xffffffffL) < 0) {
                zend_hash_real_init_packed_ex(ht);
                return addToPacked(ht, h, pData, flag);
            }
            zend_hash_real_init_mixed_ex(ht);
        } else {
            if ((flag & HASH_ADD_NEW) == 0) {
                long p = zend_hash_index_find_bucket(ht, h);
                if (p != 0) {
                    if ((flag & HASH_LOOKUP) != 0) return p;
                    if ((flag & HASH_ADD) != 0) return 0;
                    if (destructor(ht) != 0) destroyValue(ht, p);
                    Bucket.copyValue(p, pData);
                    return p;
                }
            }
            ifFullDoResize(ht);
        }
        int idx = numUsed(ht);
        setNumUsed(ht, idx + 1);
        long arData = arData(ht);
        int nIndex = (int) h | tableMask(ht);
        long p = Bucket.at(arData, idx);
        Bucket.setNext(p, hashSlot(arData, nIndex));
        setHashSlot(arData, nIndex, idx);
        if (h >= nextFreeElement(ht)) setNextFreeElement(ht, h < ZEND_LONG_MAX ? h + 1 : ZEND_LONG_MAX);
        setNumOfElements(ht, numOfElements(ht) + 1);
        Bucket.setH(p, h);
        Bucket.setKey(p, 0);
        if ((flag & HASH_LOOKUP) != 0) Bucket.setNull(p);
        else Bucket.copyValue(p, pData);
        return p;
    }

    /** The add_to_packed label: store at h, filling the gap from nNumUsed with UNDEF. */
    private static long addToPacked(long ht, long h, long pData, int flag) {
        long arData = arData(ht);
        long zv = arData + h * ZVAL_SIZE;
        if ((flag & (HASH_ADD_NEW | HASH_ADD_NEXT)) != (HASH_ADD_NEW | HASH_ADD_NEXT)) {
            int used = numUsed(ht);
            if (h > used) {
                for (long q = arData + (long) used * ZVAL_SIZE; q != zv; q += ZVAL_SIZE) Bucket.setUndef(q);
            }
        }
        setNumUsed(ht, (int) (h + 1));
        setNextFreeElement(ht, h + 1);
        setNumOfElements(ht, numOfElements(ht) + 1);
        if ((flag & HASH_LOOKUP) != 0) Bucket.setNull(zv);
        else Bucket.copyValue(zv, pData);
        return zv;
    }

    /** Port of zend_hash_index_add: 0 if the key exists. */
    public static long zend_hash_index_add(long ht, long h, long pData) {
        return _zend_hash_index_add_or_update_i(ht, h, pData, HASH_ADD);
    }

    /** Port of zend_hash_index_add_new. */
    public static long zend_hash_index_add_new(long ht, long h, long pData) {
        return _zend_hash_index_add_or_update_i(ht, h, pData, HASH_ADD | HASH_ADD_NEW);
    }

    /** Port of zend_hash_index_update. */
    public static long zend_hash_index_update(long ht, long h, long pData) {
        return _zend_hash_index_add_or_update_i(ht, h, pData, HASH_UPDATE);
    }

    /** Port of zend_hash_index_lookup: the value of h, created as NULL if missing. */
    public static long zend_hash_index_lookup(long ht, long h) {
        return _zend_hash_index_add_or_update_i(ht, h, 0, HASH_LOOKUP);
    }

    /** Port of zend_hash_next_index_insert: appends at nNextFreeElement; 0 if that key is taken ("next element is already occupied"). */
    public static long zend_hash_next_index_insert(long ht, long pData) {
        return _zend_hash_index_add_or_update_i(ht, nextFreeElement(ht), pData, HASH_ADD | HASH_ADD_NEXT);
    }

    /** Port of zend_hash_next_index_insert_new. */
    public static long zend_hash_next_index_insert_new(long ht, long pData) {
        return _zend_hash_index_add_or_update_i(ht, nextFreeElement(ht), pData, HASH_ADD | HASH_ADD_NEW | HASH_ADD_NEXT);
    }

    // ------------------------------------------------------------------ deletion

    /** Port of _zend_hash_del_el_ex: unlink, UNDEF, trim trailing holes, then destroy the value. */
    static void _zend_hash_del_el_ex(long ht, int idx, long p, long prev) {
        if (prev != 0) Bucket.setNext(prev, Bucket.next(p));
        else setHashSlot(arData(ht), (int) Bucket.h(p) | tableMask(ht), Bucket.next(p));
        delCommon(ht, idx, p, Bucket.SIZE);
    }

    /** Port of _zend_hash_packed_del_val. */
    static void _zend_hash_packed_del_val(long ht, int idx, long zv) {
        delCommon(ht, idx, zv, ZVAL_SIZE);
    }

    private static void delCommon(long ht, int idx, long zv, int stride) {
        setNumOfElements(ht, numOfElements(ht) - 1);
        long arData = arData(ht);
        if (internalPointer(ht) == idx) {
            int newIdx = idx;
            while (true) {
                newIdx++;
                if (Integer.compareUnsigned(newIdx, numUsed(ht)) >= 0) break;
                if (!Bucket.isUndef(arData + (long) newIdx * stride)) break;
            }
            setInternalPointer(ht, newIdx);
        }
        if (numUsed(ht) - 1 == idx) {
            int used = numUsed(ht);
            do {
                used--;
            } while (used > 0 && Bucket.isUndef(arData + (long) (used - 1) * stride));
            setNumUsed(ht, used);
            if (Integer.compareUnsigned(internalPointer(ht), used) > 0) setInternalPointer(ht, used);
        }
        if (destructor(ht) != 0) {
            long tmpVal = NativeMemory.getLong(zv);
            int tmpType = Bucket.typeInfo(zv);
            Bucket.setUndef(zv);
            if ((tmpType & 0x100) != 0) releaseCounted(tmpVal, tmpType);
        } else {
            Bucket.setUndef(zv);
        }
    }

    /**
     * The {@code tmp} zval of the deletion: a persistent scratch zval the value is moved to before
     * zval_ptr_dtor (ZendVm.release reads the value and type before anything can re-enter).
     */
    private static final long DTOR_TMP = ZendAlloc.pemalloc(16);

    /** zval_ptr_dtor on a value already taken out of its zval (ZVAL_COPY_VALUE to a tmp, then dtor). */
    static void releaseCounted(long counted, int typeInfo) {
        NativeMemory.putLong(DTOR_TMP, counted);
        NativeMemory.putInt(DTOR_TMP + 8, typeInfo);
        ZendVm.release(DTOR_TMP);
    }

    /** Port of zend_hash_del: removes a string key (the key is released first, then the value). */
    public static boolean zend_hash_del(long ht, long key) {
        long h = ZendString.hash(key);
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        long prev = 0;
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            long pk = Bucket.key(p);
            if (pk == key || (Bucket.h(p) == h && pk != 0 && ZendString.equalContent(pk, key))) {
                ZendString.release(pk);
                Bucket.setKey(p, 0);
                _zend_hash_del_el_ex(ht, idx, p, prev);
                return true;
            }
            prev = p;
            idx = Bucket.next(p);
        }
        return false;
    }

    /** Port of zend_hash_str_del. */
    public static boolean zend_hash_str_del(long ht, byte[] str) {
        long h = ZendString.hashBytes(str, 0, str.length);
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        long prev = 0;
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            long pk = Bucket.key(p);
            if (Bucket.h(p) == h && pk != 0 && ZendString.len(pk) == str.length && sameBytes(pk, str)) {
                ZendString.release(pk);
                Bucket.setKey(p, 0);
                _zend_hash_del_el_ex(ht, idx, p, prev);
                return true;
            }
            prev = p;
            idx = Bucket.next(p);
        }
        return false;
    }

    /** Port of zend_hash_index_del. */
    public static boolean zend_hash_index_del(long ht, long h) {
        if (isPacked(ht)) {
            if (Long.compareUnsigned(h, numUsed(ht) & 0xffffffffL) < 0) {
                long zv = arData(ht) + h * ZVAL_SIZE;
                if (!Bucket.isUndef(zv)) {
                    _zend_hash_packed_del_val(ht, (int) h, zv);
                    return true;
                }
            }
            return false;
        }
        long arData = arData(ht);
        int idx = hashSlot(arData, (int) h | tableMask(ht));
        long prev = 0;
        while (idx != HT_INVALID_IDX) {
            long p = Bucket.at(arData, idx);
            if (Bucket.h(p) == h && Bucket.key(p) == 0) {
                _zend_hash_del_el_ex(ht, idx, p, prev);
                return true;
            }
            prev = p;
            idx = Bucket.next(p);
        }
        return false;
    }

    // ------------------------------------------------------------------ iteration by position

    /** Port of _zend_hash_get_valid_pos: the first used position at or after pos (nNumUsed at the end). */
    public static int zend_hash_get_valid_pos(long ht, int pos) {
        int used = numUsed(ht);
        int stride = isPacked(ht) ? ZVAL_SIZE : Bucket.SIZE;
        long arData = arData(ht);
        while (Integer.compareUnsigned(pos, used) < 0 && Bucket.isUndef(arData + (long) pos * stride)) pos++;
        return pos;
    }

    /** Port of zend_hash_internal_pointer_reset_ex: the first position. */
    public static int zend_hash_first_pos(long ht) { return zend_hash_get_valid_pos(ht, 0); }

    /** Port of zend_hash_move_forward_ex: the position after pos (nNumUsed at the end). */
    public static int zend_hash_next_pos(long ht, int pos) {
        int p = zend_hash_get_valid_pos(ht, pos);
        if (Integer.compareUnsigned(p, numUsed(ht)) >= 0) return numUsed(ht);
        return zend_hash_get_valid_pos(ht, p + 1);
    }

    /** Port of zend_hash_get_current_pos: the internal pointer, moved to a valid position. */
    public static int zend_hash_get_current_pos(long ht) { return zend_hash_get_valid_pos(ht, internalPointer(ht)); }

    /** Port of zend_hash_get_current_key_type_ex at a position. */
    public static int zend_hash_key_type_at(long ht, int pos) {
        pos = zend_hash_get_valid_pos(ht, pos);
        if (Integer.compareUnsigned(pos, numUsed(ht)) >= 0) return HASH_KEY_NON_EXISTENT;
        if (isPacked(ht)) return HASH_KEY_IS_LONG;
        return Bucket.key(Bucket.at(arData(ht), pos)) != 0 ? HASH_KEY_IS_STRING : HASH_KEY_IS_LONG;
    }

    /** The integer key at a valid position (the index for a packed table; h of a bucket). */
    public static long zend_hash_int_key_at(long ht, int pos) {
        return isPacked(ht) ? pos : Bucket.h(Bucket.at(arData(ht), pos));
    }

    /** The string key at a valid position (a borrowed zend_string), or 0 for an integer key. */
    public static long zend_hash_str_key_at(long ht, int pos) {
        return isPacked(ht) ? 0 : Bucket.key(Bucket.at(arData(ht), pos));
    }

    /** Port of zend_hash_get_current_data_ex: the zval at a position, or 0 past the end. */
    /** The zval of bucket {@code pos} as it is (even IS_UNDEF): for tables whose layout the caller built. */
    public static long zend_hash_slot_at(long ht, int pos) {
        return valAt(ht, pos);
    }

    public static long zend_hash_data_at(long ht, int pos) {
        pos = zend_hash_get_valid_pos(ht, pos);
        if (Integer.compareUnsigned(pos, numUsed(ht)) >= 0) return 0;
        return valAt(ht, pos);
    }

    // ------------------------------------------------------------------ clean / destroy

    /** Destroys every value (and non-interned key) of positions [0, nNumUsed). */
    private static void destroyElements(long ht) {
        int used = numUsed(ht);
        long arData = arData(ht);
        boolean dtor = destructor(ht) != 0;
        if (isPacked(ht)) {
            if (dtor) for (int i = 0; i < used; i++) ZendVm.release(arData + (long) i * ZVAL_SIZE);
        } else {
            boolean staticKeys = hasStaticKeysOnly(ht);
            for (int i = 0; i < used; i++) {
                long p = Bucket.at(arData, i);
                if (Bucket.isUndef(p)) continue;
                if (dtor) ZendVm.release(p);
                if (!staticKeys && Bucket.key(p) != 0) ZendString.release(Bucket.key(p));
            }
        }
    }

    /** Port of zend_hash_clean: empties the table, keeping its allocation; nNextFreeElement back to ZEND_LONG_MIN. */
    public static void zend_hash_clean(long ht) {
        if (numUsed(ht) != 0) {
            destroyElements(ht);
            if (!isPacked(ht)) hashReset(ht);
        }
        setNumUsed(ht, 0);
        setNumOfElements(ht, 0);
        setNextFreeElement(ht, ZEND_LONG_MIN);
        setInternalPointer(ht, 0);
    }

    /** Port of zend_hash_destroy: the elements and the data block (not the 56-byte header). */
    public static void zend_hash_destroy(long ht) {
        if (numUsed(ht) != 0) destroyElements(ht);
        else if (isUninitialized(ht)) return;
        free(ht, dataAddr(ht));
    }

    /** Port of zend_array_destroy: releases every value and key, frees the data and the header. */
    public static void zend_array_destroy(long ht) {
        if (numUsed(ht) != 0) {
            destroyElements(ht);
        } else if (isUninitialized(ht)) {
            freeHeader(ht);
            return;
        }
        free(ht, dataAddr(ht));
        freeHeader(ht);
    }

    private static void freeHeader(long ht) {
        // GC_TYPE_INFO(ht) = GC_NULL before freeing, as php-src does to break cycles.
        NativeMemory.putInt(ht + GC_TYPE_INFO, 1);
        ZendAlloc.efree(ht);
    }
}
