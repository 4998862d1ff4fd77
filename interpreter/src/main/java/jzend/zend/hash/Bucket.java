package jzend.zend.hash;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Bucket (zend_types.h): a zval, the integer key or string hash, and the string key.
 * <pre>
 *   @0  zval val      (value @0, u1.type_info @8, u2.next @12: the collision chain)
 *   @16 zend_ulong h
 *   @24 zend_string *key  (NULL for integer keys)
 * </pre>
 */
public final class Bucket {
    private Bucket() {}

    public static final int VAL = 0, H = 16, KEY = 24, SIZE = 32;
    /** Offsets inside a zval. */
    public static final int Z_TYPE_INFO = 8, Z_NEXT = 12;

    public static long at(long arData, int idx) { return arData + (long) idx * SIZE; }
    public static long h(long p) { return getLong(p + H); }
    public static long key(long p) { return getLong(p + KEY); }
    public static void setH(long p, long h) { putLong(p + H, h); }
    public static void setKey(long p, long key) { putLong(p + KEY, key); }
    /** Z_TYPE_INFO of a zval. */
    public static int typeInfo(long zv) { return getInt(zv + Z_TYPE_INFO); }
    public static boolean isUndef(long zv) { return (getInt(zv + Z_TYPE_INFO) & 0xff) == 0; }
    /** ZVAL_UNDEF. */
    public static void setUndef(long zv) { putInt(zv + Z_TYPE_INFO, 0); }
    /** ZVAL_NULL. */
    public static void setNull(long zv) { putInt(zv + Z_TYPE_INFO, 1); }
    /** Z_NEXT. */
    public static int next(long zv) { return getInt(zv + Z_NEXT); }
    public static void setNext(long zv, int n) { putInt(zv + Z_NEXT, n); }
    /** ZVAL_COPY_VALUE: value and type_info (not u2). */
    public static void copyValue(long dst, long src) {
        putLong(dst, getLong(src));
        putInt(dst + Z_TYPE_INFO, getInt(src + Z_TYPE_INFO));
    }
    /** Z_TRY_ADDREF: one more reference if the value is refcounted. */
    public static void tryAddRef(long zv) {
        if ((getInt(zv + Z_TYPE_INFO) & 0x100) != 0) {
            long c = getLong(zv);
            putInt(c, getInt(c) + 1);
        }
    }
}
