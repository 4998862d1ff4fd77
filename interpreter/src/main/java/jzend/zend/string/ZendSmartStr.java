package jzend.zend.string;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.ops.ByteBuf;

/**
 * Zend/zend_smart_str.c as far as memory goes: text built in a {@link ByteBuf} becomes the
 * zend_string a smart_str would have grown to — its capacity, and trimmed (smart_str_extract) or
 * not (smart_str_0).
 */
public final class ZendSmartStr {
    private ZendSmartStr() {}

    /** SMART_STR_START_LEN and SMART_STR_NEW_LEN: the capacity smart_str has for {@code len} bytes. */
    public static long capacity(long len) {
        return len <= 231 ? 231 : ((len + 25 + 4095) & -4096L) - 25;
    }

    /**
     * Port of smart_str_extract: the buffer smart_str grew to, trimmed with zend_string_realloc
     * (8.2.36: len + 32 bytes); "" for nothing written.
     */
    public static long extract(ByteBuf b) {
        int len = b.length();
        if (len == 0) return ZendInternedStrings.emptyString();
        long s = ZendString.alloc(capacity(len), false);
        NativeMemory.copyFromArray(b.array(), 0, ZendString.val(s), len);
        return ZendString.extend(s, len, false);
    }

    /** A smart_str's buffer returned as is (smart_str_0, no trim): its capacity stays allocated. */
    public static long untrimmed(ByteBuf b) {
        int len = b.length();
        long s = ZendString.alloc(capacity(len), false);
        NativeMemory.copyFromArray(b.array(), 0, ZendString.val(s), len);
        NativeMemory.putLong(s + ZendString.LEN, len);
        NativeMemory.putByte(ZendString.val(s) + len, (byte) 0);
        return s;
    }
}
