package jzend.zend.ops;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer in the role of smart_str (Zend/zend_smart_str.h): formatting functions
 * append PHP string bytes to it, the caller reuses it with {@link #reset()} so that e.g. formatting
 * a double for {@code echo} produces no garbage.
 *
 * <p>Contract: {@link #append(byte)} and {@link #append(char)} append one raw byte (a char is
 * truncated to its low 8 bits); {@link #append(long)} / {@link #append(int)} append the decimal
 * text of the number, as smart_str_append_long. Bytes {@code [0, length())} of {@link #array()} are
 * the content; the array is replaced when the buffer grows, so do not keep it across appends.
 */
public final class ByteBuf {
    private byte[] buf;
    private int len;

    public ByteBuf() {
        this(64);
    }

    public ByteBuf(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    /** Number of bytes held. */
    public int length() {
        return len;
    }

    /** Empties the buffer, keeping its capacity. */
    public ByteBuf reset() {
        len = 0;
        return this;
    }

    /** Truncates (or, never beyond capacity, extends with stale bytes) the content to {@code newLength}. */
    public void setLength(int newLength) {
        if (newLength < 0 || newLength > buf.length) {
            throw new IndexOutOfBoundsException(newLength);
        }
        len = newLength;
    }

    /** The backing array; only {@code [0, length())} is meaningful. */
    public byte[] array() {
        return buf;
    }

    public byte byteAt(int i) {
        if (i >= len) {
            throw new IndexOutOfBoundsException(i);
        }
        return buf[i];
    }

    public void setByteAt(int i, byte b) {
        if (i >= len) {
            throw new IndexOutOfBoundsException(i);
        }
        buf[i] = b;
    }

    /** A copy of the content. */
    public byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Makes room for {@code extra} more bytes. */
    public void ensure(int extra) {
        int need = len + extra;
        if (need < 0) {
            throw new OutOfMemoryError("ByteBuf too large");
        }
        if (need > buf.length) {
            int cap = buf.length << 1;
            if (cap < need || cap < 0) {
                cap = need;
            }
            buf = Arrays.copyOf(buf, cap);
        }
    }

    public ByteBuf append(byte b) {
        if (len == buf.length) {
            ensure(1);
        }
        buf[len++] = b;
        return this;
    }

    /** Appends the low 8 bits of {@code c} as one byte (use for ASCII literals). */
    public ByteBuf append(char c) {
        return append((byte) c);
    }

    /** Appends {@code n} copies of byte {@code b}. */
    public ByteBuf appendRepeat(byte b, int n) {
        if (n > 0) {
            ensure(n);
            Arrays.fill(buf, len, len + n, b);
            len += n;
        }
        return this;
    }

    public ByteBuf append(byte[] src) {
        return append(src, 0, src.length);
    }

    public ByteBuf append(byte[] src, int off, int n) {
        ensure(n);
        System.arraycopy(src, off, buf, len, n);
        len += n;
        return this;
    }

    public ByteBuf append(ByteBuf other) {
        return append(other.buf, 0, other.len);
    }

    /** Appends the chars of an ASCII / Latin-1 Java string, one byte each. */
    public ByteBuf appendAscii(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends the decimal text of {@code v}, as smart_str_append_long. */
    public ByteBuf append(long v) {
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            if (v == Long.MIN_VALUE) {
                // -9223372036854775808
                return appendUnsignedDecimal(Long.MIN_VALUE);
            }
            v = -v;
        }
        return appendUnsignedDecimal(v);
    }

    /** Same as {@link #append(long)}: decimal text (not a raw byte). */
    public ByteBuf append(int v) {
        return append((long) v);
    }

    /** Appends the decimal text of {@code v} read as an unsigned 64-bit number (smart_str_append_unsigned). */
    public ByteBuf appendUnsignedDecimal(long v) {
        ensure(20);
        int digits = 1;
        if (v < 0) {
            digits = 20 - (Long.compareUnsigned(v, -8446744073709551616L) < 0 ? 1 : 0);
            // 10^19 <= v < 2^64 : 20 digits, else 19 digits
        } else {
            for (long p = 10; digits < 19 && v >= p; p *= 10) {
                digits++;
            }
        }
        int end = len + digits;
        int p = end;
        while (v != 0 || p == end) {
            long q = Long.divideUnsigned(v, 10);
            buf[--p] = (byte) ('0' + (int) (v - q * 10));
            v = q;
            if (p == len) {
                break;
            }
        }
        len = end;
        return this;
    }

    /** The content decoded as ISO-8859-1 (for tests and messages only; a PHP string is bytes). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }

    /** True when the content equals {@code other[off, off+n)}. */
    public boolean contentEquals(byte[] other, int off, int n) {
        return n == len && Arrays.equals(buf, 0, len, other, off, off + n);
    }
}
