package jzend.zend.hash;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.string.ZendString;

/**
 * ZEND_HANDLE_NUMERIC_STR (zend_hash.h, zend_hash.c): whether a string key is the canonical
 * decimal form of a zend_long, and so names an integer key. Accepted: an optional '-', then
 * digits with no leading zero (except "0" itself), at most 19 digits, within zend_long
 * ("-0", "0123", " 1", "1.5", "", "-" and "9223372036854775808" stay strings).
 */
public final class ZendHandleNumericStr {
    private ZendHandleNumericStr() {}

    /** MAX_LENGTH_OF_LONG on 64-bit. */
    static final int MAX_LENGTH_OF_LONG = 20;

    /** The key's byte at an offset (0 past the end is never read). */
    public interface ByteAt { int at(long i); }

    /**
     * Port of _zend_handle_numeric_str / _zend_handle_numeric_str_ex. Returns {@code null} when
     * the key stays a string, else the integer key.
     */
    public static Long handle(ByteAt key, long length) {
        int c0 = length > 0 ? key.at(0) : 0;
        if (c0 > '9') return null;
        if (c0 < '0') {
            if (c0 != '-') return null;
            int c1 = length > 1 ? key.at(1) : 0;
            if (c1 > '9' || c1 < '0') return null;
        }
        // _zend_handle_numeric_str_ex
        long tmp = 0;
        long end = length;
        if (c0 == '-') tmp++;
        if ((key.at(tmp) == '0' && length > 1) || (end - tmp > MAX_LENGTH_OF_LONG - 1)) return null;
        long idx = key.at(tmp) - '0';
        while (true) {
            ++tmp;
            if (tmp == end) {
                if (c0 == '-') {
                    if (Long.compareUnsigned(idx - 1, Long.MAX_VALUE) > 0) return null;
                    idx = -idx;
                } else if (Long.compareUnsigned(idx, Long.MAX_VALUE) > 0) {
                    return null;
                }
                return idx;
            }
            int c = key.at(tmp);
            if (c <= '9' && c >= '0') idx = idx * 10 + (c - '0');
            else return null;
        }
    }

    /**
     * ZEND_HANDLE_NUMERIC_STR on a zend_string, allocation-free for the executor's hot paths:
     * whether the key names an integer key; {@link #integerKey} then gives it.
     */
    public static boolean isIntegerKey(long zstr) {
        long v = ZendString.val(zstr), length = ZendString.len(zstr);
        int c0 = length > 0 ? NativeMemory.getByte(v) : 0;
        if (c0 > '9') return false;
        if (c0 < '0') {
            if (c0 != '-' || length < 2) return false;
            int c1 = NativeMemory.getByte(v + 1);
            if (c1 > '9' || c1 < '0') return false;
        }
        long tmp = c0 == '-' ? 1 : 0;
        if ((NativeMemory.getByte(v + tmp) == '0' && length > 1) || (length - tmp > MAX_LENGTH_OF_LONG - 1)) return false;
        long idx = 0;
        for (; tmp < length; tmp++) {
            int c = NativeMemory.getByte(v + tmp);
            if (c > '9' || c < '0') return false;
            idx = idx * 10 + (c - '0');
        }
        return c0 == '-' ? Long.compareUnsigned(idx - 1, Long.MAX_VALUE) <= 0 : Long.compareUnsigned(idx, Long.MAX_VALUE) <= 0;
    }

    /** The integer key of a zend_string for which {@link #isIntegerKey} holds. */
    public static long integerKey(long zstr) {
        long v = ZendString.val(zstr), length = ZendString.len(zstr);
        boolean negative = NativeMemory.getByte(v) == '-';
        long idx = 0;
        for (long i = negative ? 1 : 0; i < length; i++) idx = idx * 10 + (NativeMemory.getByte(v + i) - '0');
        return negative ? -idx : idx;
    }

    /** ZEND_HANDLE_NUMERIC_STR on a zend_string, boxed (for callers off the hot paths). */
    public static Long handle(long zstr) {
        return isIntegerKey(zstr) ? integerKey(zstr) : null;
    }

    /** ZEND_HANDLE_NUMERIC_STR on Java bytes. */
    public static Long handle(byte[] b) {
        return handle(i -> b[(int) i], b.length);
    }
}
