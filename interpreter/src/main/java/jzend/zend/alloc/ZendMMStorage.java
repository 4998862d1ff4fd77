package jzend.zend.alloc;

/**
 * Where ZendMM gets its chunks and huge blocks from: the {@code zend_mm_storage} handlers of
 * zend_alloc.c (chunk_alloc, chunk_free, chunk_truncate, chunk_extend), chosen by
 * {@code ZEND_MM_MEM_TYPE} as PHP 5's ZendMM did ({@code mmap_anon}, {@code mmap_zero},
 * {@code malloc}).
 *
 * <p>Every block handed out is aligned to {@code alignment} (2 MB for chunks and huge blocks).
 */
public abstract class ZendMMStorage {
    /** The value of ZEND_MM_MEM_TYPE that selects this storage. */
    public abstract String name();

    /** chunk_alloc: a zero-filled, {@code alignment}-aligned block of {@code size} bytes, or 0 if the system has none. */
    public abstract long chunkAlloc(long size, long alignment);

    /** chunk_free: gives a block obtained from {@link #chunkAlloc} back to the system. */
    public abstract void chunkFree(long addr, long size);

    /** chunk_truncate: shrinks a block in place; false if this storage cannot (the caller then copies). */
    public abstract boolean chunkTruncate(long addr, long oldSize, long newSize);

    /** chunk_extend: grows a block in place; false if it cannot (the caller then copies). */
    public abstract boolean chunkExtend(long addr, long oldSize, long newSize);

    /** The valid ZEND_MM_MEM_TYPE values, the default first. */
    public static final String[] MEM_TYPES = {"mmap_anon", "mmap_zero", "malloc"};

    /** Thrown for an unknown ZEND_MM_MEM_TYPE; its message is the one-line start-up error. */
    public static final class UnknownMemTypeException extends RuntimeException {
        public UnknownMemTypeException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The storage named by ZEND_MM_MEM_TYPE ({@code null} or empty: the default, mmap_anon).
     *
     * @throws UnknownMemTypeException naming the valid values
     */
    public static ZendMMStorage forMemType(String memType) {
        if (memType == null || memType.isEmpty() || memType.equals("mmap_anon")) return new MmapStorage(false);
        if (memType.equals("mmap_zero")) return new MmapStorage(true);
        if (memType.equals("malloc")) return new MallocStorage();
        String valid = "'mmap_anon' (default), 'mmap_zero', 'malloc'";
        if (memType.equals("win32")) {
            throw new UnknownMemTypeException("ZEND_MM_MEM_TYPE 'win32' exists only on Windows; supported types here: " + valid);
        }
        throw new UnknownMemTypeException("Wrong or unsupported zend_mm storage type '" + memType + "'; supported types: " + valid);
    }

    /**
     * mmap_anon and mmap_zero: private anonymous mappings, or private mappings of /dev/zero as
     * PHP 5 offered. Port of zend_mm_chunk_alloc_int / zend_mm_mmap / zend_mm_munmap.
     */
    static final class MmapStorage extends ZendMMStorage {
        private static final long REAL_PAGE_SIZE = LibC.pageSize();
        private final boolean devZero;
        private int zeroFd = -1;

        MmapStorage(boolean devZero) {
            this.devZero = devZero;
            if (devZero) {
                zeroFd = LibC.open("/dev/zero", LibC.O_RDWR);
                if (zeroFd < 0) throw new UnknownMemTypeException("ZEND_MM_MEM_TYPE 'mmap_zero': cannot open /dev/zero");
            }
        }

        @Override public String name() { return devZero ? "mmap_zero" : "mmap_anon"; }

        /** Port of zend_mm_mmap. */
        private long mmap(long size) {
            long p = devZero
                    ? LibC.mmap(0, size, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE, zeroFd, 0)
                    : LibC.mmap(0, size, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, -1, 0);
            return p == LibC.MAP_FAILED ? 0 : p;
        }

        /** Port of zend_mm_chunk_alloc_int: map, and if misaligned, over-map and trim to the alignment. */
        @Override public long chunkAlloc(long size, long alignment) {
            long ptr = mmap(size);
            if (ptr == 0) return 0;
            if ((ptr & (alignment - 1)) == 0) return ptr;
            LibC.munmap(ptr, size);
            ptr = mmap(size + alignment - REAL_PAGE_SIZE);
            if (ptr == 0) return 0;
            long offset = ptr & (alignment - 1);
            long slack = alignment;
            if (offset != 0) {
                offset = alignment - offset;
                LibC.munmap(ptr, offset);
                ptr += offset;
                slack -= offset;
            }
            if (slack > REAL_PAGE_SIZE) LibC.munmap(ptr + size, slack - REAL_PAGE_SIZE);
            return ptr;
        }

        @Override public void chunkFree(long addr, long size) {
            LibC.munmap(addr, size);
        }

        /** Port of zend_mm_chunk_truncate: unmap the tail. */
        @Override public boolean chunkTruncate(long addr, long oldSize, long newSize) {
            LibC.munmap(addr + newSize, oldSize - newSize);
            return true;
        }

        /** Port of zend_mm_chunk_extend: mremap without MREMAP_MAYMOVE (alignment must be kept). */
        @Override public boolean chunkExtend(long addr, long oldSize, long newSize) {
            long p = LibC.mremap(addr, oldSize, newSize, 0);
            return p != LibC.MAP_FAILED && p == addr;
        }
    }

    /** malloc: posix_memalign/free, no in-place truncate or extend (huge reallocs copy). */
    static final class MallocStorage extends ZendMMStorage {
        @Override public String name() { return "malloc"; }

        @Override public long chunkAlloc(long size, long alignment) {
            long p = LibC.posix_memalign(alignment, size);
            if (p != 0) NativeMemory.fill(p, size, (byte) 0);
            return p;
        }

        @Override public void chunkFree(long addr, long size) { LibC.free(addr); }
        @Override public boolean chunkTruncate(long addr, long oldSize, long newSize) { return false; }
        @Override public boolean chunkExtend(long addr, long oldSize, long newSize) { return false; }
    }
}
