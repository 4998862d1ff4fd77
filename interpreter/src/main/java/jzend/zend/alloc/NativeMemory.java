package jzend.zend.alloc;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * Raw access to the process's native memory, as C code sees it: one {@link MemorySegment}
 * spanning the whole address space and {@code static final} VarHandles over it, so that the JIT
 * compiles {@link #getLong} and friends to plain loads and stores (no segment per access, no
 * Java-heap allocation).
 *
 * <p>Nothing here checks that an address is mapped: callers (the ZendMM heap, zend_string,
 * HashTable) only touch memory they own, and the heap validates every pointer handed back to it
 * before reading through it.
 */
public final class NativeMemory {
    private NativeMemory() {}

    /** The whole address space as one segment (the C view of memory). */
    public static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();
    private static final VarHandle SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT_UNALIGNED.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG_UNALIGNED.varHandle();
    private static final VarHandle DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.varHandle();

    public static byte getByte(long addr) { return (byte) BYTE.get(ALL, addr); }
    public static void putByte(long addr, byte v) { BYTE.set(ALL, addr, v); }
    public static short getShort(long addr) { return (short) SHORT.get(ALL, addr); }
    public static void putShort(long addr, short v) { SHORT.set(ALL, addr, v); }
    public static int getInt(long addr) { return (int) INT.get(ALL, addr); }
    public static void putInt(long addr, int v) { INT.set(ALL, addr, v); }
    public static long getLong(long addr) { return (long) LONG.get(ALL, addr); }
    public static void putLong(long addr, long v) { LONG.set(ALL, addr, v); }
    public static double getDouble(long addr) { return (double) DOUBLE.get(ALL, addr); }
    public static void putDouble(long addr, double v) { DOUBLE.set(ALL, addr, v); }

    /** memcpy (regions must not overlap; memmove semantics are also fine here). */
    public static void copy(long src, long dst, long len) {
        if (len > 0) MemorySegment.copy(ALL, src, ALL, dst, len);
    }

    /** memset. */
    public static void fill(long addr, long len, byte value) {
        if (len > 0) ALL.asSlice(addr, len).fill(value);
    }

    /** Copies native bytes into a Java array. */
    public static void copyToArray(long src, byte[] dst, int dstOff, int len) {
        if (len > 0) MemorySegment.copy(ALL, ValueLayout.JAVA_BYTE, src, dst, dstOff, len);
    }

    /** Copies bytes of a Java array into native memory. */
    public static void copyFromArray(byte[] src, int srcOff, long dst, int len) {
        if (len > 0) MemorySegment.copy(src, srcOff, ALL, ValueLayout.JAVA_BYTE, dst, len);
    }

    /** memcmp over the first {@code len} bytes: negative, zero or positive (bytes unsigned). */
    public static int compare(long a, long b, long len) {
        if (len <= 0 || a == b) return 0;
        long m = MemorySegment.mismatch(ALL, a, a + len, ALL, b, b + len);
        if (m < 0) return 0;
        return Integer.compare(getByte(a + m) & 0xff, getByte(b + m) & 0xff);
    }
}
