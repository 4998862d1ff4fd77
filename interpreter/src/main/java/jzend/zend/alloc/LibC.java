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
 * calls native code. Each downcall handle lives in a holder class of its own, so it is linked on
 * first use: linking one costs milliseconds of start-up, and a ZendMM run needs only mmap/munmap.
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

    private static final class Mmap { static final MethodHandle H = fn("mmap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG)); }
    private static final class Munmap { static final MethodHandle H = fn("munmap", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG)); }
    private static final class Mremap { static final MethodHandle H = fn("mremap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT), Linker.Option.firstVariadicArg(4)); }
    private static final class Malloc { static final MethodHandle H = fn("malloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG)); }
    private static final class Calloc { static final MethodHandle H = fn("calloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG)); }
    private static final class Realloc { static final MethodHandle H = fn("realloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG)); }
    private static final class Free { static final MethodHandle H = fn("free", FunctionDescriptor.ofVoid(JAVA_LONG)); }
    private static final class PosixMemalign { static final MethodHandle H = fn("posix_memalign",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG)); }
    private static final class MallocUsableSize { static final MethodHandle H = fn("malloc_usable_size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG)); }
    private static final class Open { static final MethodHandle H = fn("open", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT), Linker.Option.firstVariadicArg(2)); }
    private static final class Close { static final MethodHandle H = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT)); }
    private static final class Sysconf { static final MethodHandle H = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT)); }

    private static volatile boolean linking;

    /**
     * Links the downcalls every run makes (malloc and sysconf at start-up, mmap for the first
     * chunk, free, munmap at shutdown) on a daemon thread, in that order, while the main thread
     * goes on with start-up: linking one costs tens of milliseconds (a stub class spun and
     * loaded), so on two cores most of it overlaps. A call that comes first waits for the
     * holder's class initialisation, as it would have done the work itself.
     */
    public static void linkInBackground() {
        if (linking) return;
        linking = true;
        // reading each holder's H runs its class initialisation, which links the downcall
        Thread t = new Thread(() -> {
            MethodHandle[] linked = {Malloc.H, Sysconf.H, Mmap.H, Free.H, Munmap.H};
            assert linked.length == 5;
        }, "jzend-libc-link");
        t.setDaemon(true);
        t.start();
    }

    /** _SC_PAGESIZE on Linux. */
    private static final int SC_PAGESIZE = 30;

    public static long mmap(long addr, long len, int prot, int flags, int fd, long off) {
        try { return (long) Mmap.H.invokeExact(addr, len, prot, flags, fd, off); } catch (Throwable t) { throw rethrow(t); }
    }

    public static int munmap(long addr, long len) {
        try { return (int) Munmap.H.invokeExact(addr, len); } catch (Throwable t) { throw rethrow(t); }
    }

    /** mremap without MREMAP_MAYMOVE: grows or shrinks in place, or fails. */
    public static long mremap(long addr, long oldLen, long newLen, int flags) {
        try { return (long) Mremap.H.invokeExact(addr, oldLen, newLen, flags); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long malloc(long size) {
        try { return (long) Malloc.H.invokeExact(size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long calloc(long n, long size) {
        try { return (long) Calloc.H.invokeExact(n, size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long realloc(long p, long size) {
        try { return (long) Realloc.H.invokeExact(p, size); } catch (Throwable t) { throw rethrow(t); }
    }

    public static void free(long p) {
        try { Free.H.invokeExact(p); } catch (Throwable t) { throw rethrow(t); }
    }

    public static long malloc_usable_size(long p) {
        try { return (long) MallocUsableSize.H.invokeExact(p); } catch (Throwable t) { throw rethrow(t); }
    }

    /** posix_memalign: the block's address, or 0 on failure. */
    public static long posix_memalign(long alignment, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG);
            int rc = (int) PosixMemalign.H.invokeExact(out.address(), alignment, size);
            return rc == 0 ? out.get(JAVA_LONG, 0) : 0L;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** open(2) of a path, returning the descriptor or -1. */
    public static int open(String path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cPath = arena.allocateFrom(path);
            return (int) Open.H.invokeExact(cPath.address(), flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int close(int fd) {
        try { return (int) Close.H.invokeExact(fd); } catch (Throwable t) { throw rethrow(t); }
    }

    /** sysconf(_SC_PAGESIZE): REAL_PAGE_SIZE of zend_alloc.c. */
    public static long pageSize() {
        try { return (long) Sysconf.H.invokeExact(SC_PAGESIZE); } catch (Throwable t) { throw rethrow(t); }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
