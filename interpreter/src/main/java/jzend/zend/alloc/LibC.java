package jzend.zend.alloc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C library functions the allocators need, as FFM downcalls (pointers passed as 64-bit
 * integers, which is how the x86-64 and AArch64 ABIs pass them). This is the only place jzend
 * calls native code.
 */
public final class LibC {
    private LibC() {}

    public static final int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2;
    public static final int MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
    public static final int O_RDWR = 2;
    /** (void*)-1 */
    public static final long MAP_FAILED = -1L;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();

    private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment sym = LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        return LINKER.downcallHandle(sym, fd, options);
    }

    private static final MethodHandle MMAP = fn("mmap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle MUNMAP = fn("munmap", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle MREMAP = fn("mremap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT), Linker.Option.firstVariadicArg(4));
    private static final MethodHandle MALLOC = fn("malloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle CALLOC = fn("calloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle REALLOC = fn("realloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle FREE = fn("free", FunctionDescriptor.ofVoid(JAVA_LONG));
    private static final MethodHandle POSIX_MEMALIGN = fn("posix_memalign",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle MALLOC_USABLE_SIZE = fn("malloc_usable_size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle SYSCONF = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));

    /** _SC_PAGESIZE on Linux. */
    private static final int SC_PAGESIZE = 30;

    public static long mmap(long addr, long len, int prot, int flags, int fd, long off) {
        try { return (long) MMAP.invokeExact(addr, len, prot, flags, fd, off); } catch (Throwable t) { throw rethrow(t); }
    }

    public static int munmap(long addr, long len) {
        try { return (int) MUNMAP.invokeExact(addr, len); } catch (Throwable t) { throw rethrow(t); }
    }

    /** mremap without MREMAP_MAYMOVE: grows or shrinks in place, or fails. */
    public static long mremap(long addr, long oldLen, long newLen, int flags) {
        try { return (long) MREMAP.invokeExact(addr, oldLen, newLen, flags); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long malloc(long size) {
        try { return (long) MALLOC.invokeExact(size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long calloc(long n, long size) {
        try { return (long) CALLOC.invokeExact(n, size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long realloc(long p, long size) {
        try { return (long) REALLOC.invokeExact(p, size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static void free(long p) {
        try { FREE.invokeExact(p); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long malloc_usable_size(long p) {
        try { return (long) MALLOC_USABLE_SIZE.invokeExact(p); } catch (Throwable t) { throw rethrow(t); }
    }

    /** posix_memalign: the block's address, or 0 on failure. */
    public static long posix_memalign(long alignment, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG);
            int rc = (int) POSIX_MEMALIGN.invokeExact(out.address(), alignment, size);
            return rc == 0 ? out.get(JAVA_LONG, 0) : 0L;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** open(2) of a path, returning the descriptor or -1. */
    public static int open(String path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cPath = arena.allocateFrom(path);
            return (int) OPEN.invokeExact(cPath.address(), flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int close(int fd) {
        try { return (int) CLOSE.invokeExact(fd); } catch (Throwable t) { throw rethrow(t); }
    }

    /** sysconf(_SC_PAGESIZE): REAL_PAGE_SIZE of zend_alloc.c. */
    public static long pageSize() {
        try { return (long) SYSCONF.invokeExact(SC_PAGESIZE); } catch (Throwable t) { throw rethrow(t); }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
