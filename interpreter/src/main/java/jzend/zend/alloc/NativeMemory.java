package jzend.zend.alloc;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * Raw access to the process's native memory, as C code sees it. The memory itself always comes
 * from java.lang.foreign (mmap/malloc downcalls, {@link java.lang.foreign.Arena}); loads and stores
 * take one of two paths, chosen once when this class initialises:
 * <ul>
 * <li>{@code jdk.internal.misc.Unsafe}'s intrinsics, when java.base exports jdk.internal.misc to
 *     jzend (target/jzend.jar's manifest says {@code Add-Exports: java.base/jdk.internal.misc};
 *     the build passes {@code --add-exports} to its test JVMs). One intrinsic per access, so the
 *     JIT inlines it at any depth of the executor's helpers.</li>
 * <li>otherwise {@code static final} VarHandles over one {@link MemorySegment} spanning the whole
 *     address space (the portable FFM way). Correct everywhere, but each access is seven levels of
 *     VarHandle guards and segment checks; deep in the executor the JIT runs out of inlining depth
 *     and calls them out of line, which profiles showed as a third of run time (bench/ and README
 *     "Benchmarks").</li>
 * </ul>
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

    /** Whether loads and stores go through jdk.internal.misc.Unsafe (constant-folded by the JIT). */
    public static final boolean INTRINSICS = Object.class.getModule().isExported("jdk.internal.misc", NativeMemory.class.getModule());

    public static byte getByte(long addr) { return INTRINSICS ? UnsafeAccess.U.getByte(addr) : (byte) BYTE.get(ALL, addr); }
    public static void putByte(long addr, byte v) { if (INTRINSICS) UnsafeAccess.U.putByte(addr, v); else BYTE.set(ALL, addr, v); }
    public static short getShort(long addr) { return INTRINSICS ? UnsafeAccess.U.getShortUnaligned(null, addr) : (short) SHORT.get(ALL, addr); }
    public static void putShort(long addr, short v) { if (INTRINSICS) UnsafeAccess.U.putShortUnaligned(null, addr, v); else SHORT.set(ALL, addr, v); }
    public static int getInt(long addr) { return INTRINSICS ? UnsafeAccess.U.getIntUnaligned(null, addr) : (int) INT.get(ALL, addr); }
    public static void putInt(long addr, int v) { if (INTRINSICS) UnsafeAccess.U.putIntUnaligned(null, addr, v); else INT.set(ALL, addr, v); }
    public static long getLong(long addr) { return INTRINSICS ? UnsafeAccess.U.getLongUnaligned(null, addr) : (long) LONG.get(ALL, addr); }
    public static void putLong(long addr, long v) { if (INTRINSICS) UnsafeAccess.U.putLongUnaligned(null, addr, v); else LONG.set(ALL, addr, v); }
    public static double getDouble(long addr) {
        return INTRINSICS ? Double.longBitsToDouble(UnsafeAccess.U.getLongUnaligned(null, addr)) : (double) DOUBLE.get(ALL, addr);
    }
    public static void putDouble(long addr, double v) {
        if (INTRINSICS) UnsafeAccess.U.putLongUnaligned(null, addr, Double.doubleToRawLongBits(v)); else DOUBLE.set(ALL, addr, v);
    }

    /** Holds the Unsafe instance: loaded only when {@link #INTRINSICS} is true (no access error otherwise). */
    private static final class UnsafeAccess {
        static final jdk.internal.misc.Unsafe U = jdk.internal.misc.Unsafe.getUnsafe();
    }

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
