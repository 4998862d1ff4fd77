package jzend.zend.string;

import jzend.zend.alloc.AllocObserver;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * zend_string (zend_string.h, zend_types.h): a PHP string in native memory, addressed by a
 * {@code long}. Layout, 24-byte header then the bytes and a NUL:
 * <pre>
 *   @0  uint32 gc.refcount
 *   @4  uint32 gc.type_info   (IS_STRING | flags: NOT_COLLECTABLE, INTERNED, PERSISTENT, PERMANENT…)
 *   @8  zend_ulong h          (hash, 0 until computed)
 *   @16 size_t len
 *   @24 char val[len + 1]
 * </pre>
 * Allocation sizes are PHP 8.2.36's: {@code ALIGN8(len + 25)} for zend_string_alloc,
 * {@code n*m + ALIGN8(l + 25)} for zend_string_safe_alloc and {@code len + 32} for
 * realloc/extend/truncate. Strings are bytes: any byte 0–255 round-trips.
 */
public final class ZendString {
    private ZendString() {}

    public static final int REFCOUNT = 0, TYPE_INFO = 4, H = 8, LEN = 16, VAL = 24;
    /** _ZSTR_HEADER_SIZE + 1 (the NUL). */
    static final int STRUCT_OVERHEAD = 25;

    /** GC_STRING: IS_STRING with GC_NOT_COLLECTABLE. */
    public static final int GC_STRING = 6 | 16;
    /** IS_STR_INTERNED (GC_IMMUTABLE). */
    public static final int IS_STR_INTERNED = 64;
    /** IS_STR_PERSISTENT (GC_PERSISTENT). */
    public static final int IS_STR_PERSISTENT = 128;
    /** IS_STR_PERMANENT: interned at start-up, lives until module shutdown. */
    public static final int IS_STR_PERMANENT = 256;

    public static long len(long s) { return getLong(s + LEN); }
    public static long val(long s) { return s + VAL; }
    public static int refcount(long s) { return getInt(s + REFCOUNT); }
    public static int typeInfo(long s) { return getInt(s + TYPE_INFO); }
    public static boolean isInterned(long s) { return (getInt(s + TYPE_INFO) & IS_STR_INTERNED) != 0; }
    public static boolean isPersistent(long s) { return (getInt(s + TYPE_INFO) & IS_STR_PERSISTENT) != 0; }

    /** _ZSTR_STRUCT_SIZE rounded as zend_string_alloc requests it. */
    public static long allocSize(long len) {
        return (len + STRUCT_OVERHEAD + 7) & -8L;
    }

    /** Port of zend_string_alloc: refcount 1, hash unset, NUL at the end; content not initialised. */
    public static long alloc(long len, boolean persistent) {
        long s;
        if (persistent) s = ZendAlloc.pemalloc(allocSize(len));
        else {
            AllocObserver.kind = AllocObserver.KIND_STRING;
            s = ZendAlloc.emalloc(allocSize(len));
        }
        init(s, len, persistent);
        return s;
    }

    private static void init(long s, long len, boolean persistent) {
        putInt(s + REFCOUNT, 1);
        putInt(s + TYPE_INFO, GC_STRING | (persistent ? IS_STR_PERSISTENT : 0));
        putLong(s + H, 0);
        putLong(s + LEN, len);
        NativeMemory.putByte(s + VAL + len, (byte) 0);
    }

    /** Port of zend_string_safe_alloc: a string of n*m + l bytes, sized n*m + ALIGN8(l + 25). */
    public static long safeAlloc(long n, long m, long l, boolean persistent) {
        long size = ZendAlloc.safeAddress(n, m, (l + STRUCT_OVERHEAD + 7) & -8L);
        long s;
        if (persistent) s = ZendAlloc.pemalloc(size);
        else {
            AllocObserver.kind = AllocObserver.KIND_STRING;
            s = ZendAlloc.emalloc(size);
        }
        init(s, n * m + l, persistent);
        return s;
    }

    /** Port of zend_string_init: a new string holding {@code bytes[off, off+len)}. */
    public static long init(byte[] bytes, int off, int len, boolean persistent) {
        long s = alloc(len, persistent);
        NativeMemory.copyFromArray(bytes, off, s + VAL, len);
        return s;
    }

    public static long init(byte[] bytes, boolean persistent) {
        return init(bytes, 0, bytes.length, persistent);
    }

    /** Port of zend_string_copy: another reference (interned strings are not counted). */
    public static long copy(long s) {
        if (!isInterned(s)) putInt(s + REFCOUNT, getInt(s + REFCOUNT) + 1);
        return s;
    }

    /** Port of zend_string_release: drops a reference, freeing the string at zero (never an interned one). */
    public static void release(long s) {
        if (isInterned(s)) return;
        int rc = getInt(s + REFCOUNT) - 1;
        if (rc == 0) {
            if (isPersistent(s)) ZendAlloc.pefree(s);
            else ZendAlloc.efree(s);
        } else {
            putInt(s + REFCOUNT, rc);
        }
    }

    /**
     * Port of zend_string_extend (8.2.36 sizes: {@code len + 32}): a string of {@code newLen} bytes
     * starting with the old content, reallocated in place when it is not shared.
     */
    public static long extend(long s, long newLen, boolean persistent) {
        if (!isInterned(s) && refcount(s) == 1) {
            long size = ZendAlloc.safeAddress(1, newLen, 32);
            long r;
            if (persistent) r = ZendAlloc.perealloc(s, size);
            else {
                AllocObserver.kind = AllocObserver.KIND_STRING;
                r = ZendAlloc.erealloc(s, size);
            }
            putLong(r + LEN, newLen);
            putLong(r + H, 0);
            NativeMemory.putByte(r + VAL + newLen, (byte) 0);
            return r;
        }
        long r = alloc(newLen, persistent);
        NativeMemory.copy(s + VAL, r + VAL, Math.min(len(s), newLen));
        release(s);
        return r;
    }

    /** Port of zend_string_concat2: a new string {@code a . b}. */
    public static long concat2(long a, long b) {
        long la = len(a), lb = len(b);
        long r = alloc(la + lb, false);
        NativeMemory.copy(a + VAL, r + VAL, la);
        NativeMemory.copy(b + VAL, r + VAL + la, lb);
        return r;
    }

    /** Port of zend_string_equal_content. */
    public static boolean equalContent(long a, long b) {
        long la = len(a);
        return la == len(b) && NativeMemory.compare(a + VAL, b + VAL, la) == 0;
    }

    /** Port of zend_string_equals: the same string, or the same content. */
    public static boolean equals(long a, long b) {
        return a == b || equalContent(a, b);
    }

    /** Port of zend_binary_strcmp: memcmp then length. */
    public static int compare(long a, long b) {
        long la = len(a), lb = len(b);
        int c = NativeMemory.compare(a + VAL, b + VAL, Math.min(la, lb));
        return c != 0 ? c : Long.compare(la, lb);
    }

    /**
     * Port of zend_inline_hash_func: DJB "times 33" over the bytes read as signed chars (as x86-64
     * does), with the top bit set so that a computed hash is never 0.
     */
    public static long hashBytes(long p, long len) {
        long h = 5381;
        for (long i = 0; i < len; i++) h = h * 33 + NativeMemory.getByte(p + i);
        return h | 0x8000000000000000L;
    }

    /** The same over a Java array. */
    public static long hashBytes(byte[] b, int off, int len) {
        long h = 5381;
        for (int i = off; i < off + len; i++) h = h * 33 + b[i];
        return h | 0x8000000000000000L;
    }

    /** Port of zend_string_hash_val: computed once, kept in {@code h}. */
    public static long hash(long s) {
        long h = getLong(s + H);
        if (h == 0) {
            h = hashBytes(s + VAL, len(s));
            putLong(s + H, h);
        }
        return h;
    }

    /** The bytes (for builtins and tests). */
    public static byte[] bytes(long s) {
        byte[] b = new byte[Math.toIntExact(len(s))];
        NativeMemory.copyToArray(s + VAL, b, 0, b.length);
        return b;
    }

    /** The content as ISO-8859-1 text, one char per byte (for messages and tests). */
    public static String toJavaString(long s) {
        return new String(bytes(s), StandardCharsets.ISO_8859_1);
    }
}
