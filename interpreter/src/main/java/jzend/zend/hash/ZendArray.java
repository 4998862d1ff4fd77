package jzend.zend.hash;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * zend_array / HashTable (zend_types.h, PHP 8.2) at a {@code long} address: the 56-byte header.
 * <pre>
 *   @0  uint32 gc.refcount
 *   @4  uint32 gc.u.type_info   (GC_ARRAY = IS_ARRAY; GC_IMMUTABLE 0x40, GC_PERSISTENT 0x80 …)
 *   @8  uint32 u.flags           (byte flags, _unused, nIteratorsCount, _unused2)
 *   @12 uint32 nTableMask
 *   @16 Bucket* arData / zval* arPacked
 *   @24 uint32 nNumUsed
 *   @28 uint32 nNumOfElements
 *   @32 uint32 nTableSize
 *   @36 uint32 nInternalPointer
 *   @40 zend_long nNextFreeElement
 *   @48 dtor_func_t pDestructor  (here a marker: {@link #ZVAL_PTR_DTOR} or 0)
 * </pre>
 * The data block is one allocation: {@code 2·nTableSize} uint32 hash slots, then the buckets
 * (32 bytes) or, for packed arrays, bare zvals (16 bytes); arData points past the slots. A packed
 * array keeps the two slots of HT_MIN_MASK. Slot of a hash {@code h}: {@code (int32)(h | nTableMask)},
 * a negative index from arData.
 */
public final class ZendArray {
    private ZendArray() {}

    public static final int GC_REFCOUNT = 0, GC_TYPE_INFO = 4, FLAGS = 8, TABLE_MASK = 12, AR_DATA = 16,
            NUM_USED = 24, NUM_OF_ELEMENTS = 28, TABLE_SIZE = 32, INTERNAL_POINTER = 36,
            NEXT_FREE_ELEMENT = 40, DESTRUCTOR = 48;
    /** sizeof(HashTable). */
    public static final int SIZE = 56;

    /** IS_ARRAY, and GC_ARRAY (8.2: arrays are collectable unless GC_NOT_COLLECTABLE is set). */
    public static final int IS_ARRAY = 7, GC_ARRAY = IS_ARRAY;
    /** IS_ARRAY_EX: the type_info of a zval holding a refcounted array (REFCOUNTED | COLLECTABLE). */
    public static final int IS_ARRAY_EX = 0x307;
    /** GC flags (zend_types.h), in the type_info word. */
    public static final int GC_NOT_COLLECTABLE = 1 << 4, GC_PROTECTED = 1 << 5, GC_IMMUTABLE = 1 << 6,
            GC_PERSISTENT = 1 << 7, GC_PERSISTENT_LOCAL = 1 << 8;
    /** IS_ARRAY_IMMUTABLE / IS_ARRAY_PERSISTENT. */
    public static final int IS_ARRAY_IMMUTABLE = GC_IMMUTABLE, IS_ARRAY_PERSISTENT = GC_PERSISTENT;

    /** HashTable flags (u.flags). */
    public static final int HASH_FLAG_CONSISTENCY = 3, HASH_FLAG_PACKED = 1 << 2, HASH_FLAG_UNINITIALIZED = 1 << 3,
            HASH_FLAG_STATIC_KEYS = 1 << 4, HASH_FLAG_HAS_EMPTY_IND = 1 << 5, HASH_FLAG_ALLOW_COW_VIOLATION = 1 << 6,
            HASH_FLAG_MASK = 0xff;

    public static final int HT_MIN_SIZE = 8;
    public static final int HT_MAX_SIZE = 0x40000000;
    /** HT_MIN_MASK: (uint32)-2. */
    public static final int HT_MIN_MASK = -2;
    public static final int HT_INVALID_IDX = -1;
    /** sizeof(zval). */
    public static final int ZVAL_SIZE = 16;
    /** Marker stored in pDestructor for ZVAL_PTR_DTOR (zval_ptr_dtor on every value). */
    public static final long ZVAL_PTR_DTOR = 1;
    public static final long ZEND_LONG_MIN = Long.MIN_VALUE, ZEND_LONG_MAX = Long.MAX_VALUE;

    public static int refcount(long ht) { return getInt(ht + GC_REFCOUNT); }
    public static void setRefcount(long ht, int rc) { putInt(ht + GC_REFCOUNT, rc); }
    public static int gcTypeInfo(long ht) { return getInt(ht + GC_TYPE_INFO); }
    public static int gcFlags(long ht) { return getInt(ht + GC_TYPE_INFO) & 0x3f0; }
    public static boolean isImmutable(long ht) { return (gcFlags(ht) & IS_ARRAY_IMMUTABLE) != 0; }
    public static boolean isPersistent(long ht) { return (gcFlags(ht) & IS_ARRAY_PERSISTENT) != 0; }
    public static int flags(long ht) { return getInt(ht + FLAGS); }
    public static void setFlags(long ht, int f) { putInt(ht + FLAGS, f); }
    /** HT_IS_PACKED. */
    public static boolean isPacked(long ht) { return (getInt(ht + FLAGS) & HASH_FLAG_PACKED) != 0; }
    public static boolean isUninitialized(long ht) { return (getInt(ht + FLAGS) & HASH_FLAG_UNINITIALIZED) != 0; }
    /** HT_HAS_STATIC_KEYS_ONLY. */
    public static boolean hasStaticKeysOnly(long ht) {
        return (getInt(ht + FLAGS) & (HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS)) != 0;
    }
    public static int tableMask(long ht) { return getInt(ht + TABLE_MASK); }
    public static long arData(long ht) { return getLong(ht + AR_DATA); }
    public static int numUsed(long ht) { return getInt(ht + NUM_USED); }
    public static int numOfElements(long ht) { return getInt(ht + NUM_OF_ELEMENTS); }
    public static int tableSize(long ht) { return getInt(ht + TABLE_SIZE); }
    public static int internalPointer(long ht) { return getInt(ht + INTERNAL_POINTER); }
    public static long nextFreeElement(long ht) { return getLong(ht + NEXT_FREE_ELEMENT); }
    public static long destructor(long ht) { return getLong(ht + DESTRUCTOR); }

    static void setTableMask(long ht, int m) { putInt(ht + TABLE_MASK, m); }
    static void setArData(long ht, long p) { putLong(ht + AR_DATA, p); }
    static void setNumUsed(long ht, int n) { putInt(ht + NUM_USED, n); }
    static void setNumOfElements(long ht, int n) { putInt(ht + NUM_OF_ELEMENTS, n); }
    static void setTableSize(long ht, int n) { putInt(ht + TABLE_SIZE, n); }
    static void setInternalPointer(long ht, int n) { putInt(ht + INTERNAL_POINTER, n); }
    static void setNextFreeElement(long ht, long n) { putLong(ht + NEXT_FREE_ELEMENT, n); }
    static void setDestructor(long ht, long d) { putLong(ht + DESTRUCTOR, d); }

    /** HT_IS_WITHOUT_HOLES. */
    public static boolean isWithoutHoles(long ht) { return numUsed(ht) == numOfElements(ht); }

    /** HT_HASH_SIZE(nTableMask): bytes of hash slots before arData. */
    public static long hashSize(int tableMask) { return (-(long) tableMask & 0xffffffffL) * 4; }
    /** HT_SIZE_TO_MASK. */
    public static int sizeToMask(int nSize) { return -(nSize + nSize); }
    /** HT_SIZE_EX: buckets and slots of a mixed table. */
    public static long sizeEx(int nTableSize, int tableMask) { return (long) nTableSize * Bucket.SIZE + hashSize(tableMask); }
    /** HT_PACKED_SIZE_EX: zvals and slots of a packed table. */
    public static long packedSizeEx(int nTableSize, int tableMask) { return (long) nTableSize * ZVAL_SIZE + hashSize(tableMask); }
    /** HT_GET_DATA_ADDR: the start of the data allocation. */
    public static long dataAddr(long ht) { return arData(ht) - hashSize(tableMask(ht)); }
    /** HT_SET_DATA_ADDR. */
    static void setDataAddr(long ht, long data) { setArData(ht, data + hashSize(tableMask(ht))); }

    /** HT_HASH(ht, nIndex): the slot for a (negative) nIndex. */
    static int hashSlot(long arData, int nIndex) { return getInt(arData + 4L * nIndex); }
    static void setHashSlot(long arData, int nIndex, int idx) { putInt(arData + 4L * nIndex, idx); }

    /** HT_HASH_RESET: every slot of a mixed table to HT_INVALID_IDX. */
    static void hashReset(long ht) {
        long bytes = hashSize(tableMask(ht));
        jzend.zend.alloc.NativeMemory.fill(arData(ht) - bytes, bytes, (byte) 0xff);
    }

    /** HT_HASH_RESET_PACKED: the two slots of HT_MIN_MASK. */
    static void hashResetPacked(long ht) {
        long a = arData(ht);
        putInt(a - 8, HT_INVALID_IDX);
        putInt(a - 4, HT_INVALID_IDX);
    }

    /** Address of the zval at position {@code idx} (a packed zval or a bucket's val). */
    public static long valAt(long ht, int idx) {
        return arData(ht) + (long) idx * (isPacked(ht) ? ZVAL_SIZE : Bucket.SIZE);
    }
}
