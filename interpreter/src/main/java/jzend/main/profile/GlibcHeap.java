package jzend.main.profile;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C library heap's size as glibc's {@code mallinfo2()} reports it: {@code arena} (bytes
 * obtained with sbrk/arena mappings) plus {@code hblkhd} (bytes in mmapped blocks), summed over
 * every arena of the process — so it includes the JVM's own native allocations. The "real" figure
 * of a malloc-mode profile, read at timeline samples only.
 */
final class GlibcHeap {
    private GlibcHeap() {}

    private static final StructLayout MALLINFO2 = MemoryLayout.structLayout(
            JAVA_LONG.withName("arena"), JAVA_LONG.withName("ordblks"), JAVA_LONG.withName("smblks"),
            JAVA_LONG.withName("hblks"), JAVA_LONG.withName("hblkhd"), JAVA_LONG.withName("usmblks"),
            JAVA_LONG.withName("fsmblks"), JAVA_LONG.withName("uordblks"), JAVA_LONG.withName("fordblks"),
            JAVA_LONG.withName("keepcost"));
    private static final MethodHandle FN;
    private static final MemorySegment RESULT;

    static {
        MethodHandle fn = null;
        try {
            Linker linker = Linker.nativeLinker();
            fn = linker.defaultLookup().find("mallinfo2")
                    .map(s -> linker.downcallHandle(s, FunctionDescriptor.of(MALLINFO2)))
                    .orElse(null);
        } catch (RuntimeException | LinkageError e) {
            fn = null;
        }
        FN = fn;
        RESULT = Arena.global().allocate(MALLINFO2);
    }

    /** arena + hblkhd, or 0 when this C library has no mallinfo2. */
    static long size() {
        if (FN == null) return 0;
        try {
            MemorySegment m = (MemorySegment) FN.invokeExact((SegmentAllocator) (size, align) -> RESULT);
            return m.get(JAVA_LONG, 0) + m.get(JAVA_LONG, 32);
        } catch (Throwable t) {
            return 0;
        }
    }
}
