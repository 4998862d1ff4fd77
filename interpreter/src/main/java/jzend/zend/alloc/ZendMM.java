package jzend.zend.alloc;

/**
 * The constants of zend_alloc.h / zend_alloc.c (64-bit, release build).
 */
public final class ZendMM {
    private ZendMM() {}

    public static final long CHUNK_SIZE = 2L * 1024 * 1024;
    public static final long PAGE_SIZE = 4096;
    public static final int PAGES = (int) (CHUNK_SIZE / PAGE_SIZE);
    public static final int FIRST_PAGE = 1;
    public static final int MIN_SMALL_SIZE = 8;
    public static final int MAX_SMALL_SIZE = 3072;
    public static final long MAX_LARGE_SIZE = CHUNK_SIZE - PAGE_SIZE * FIRST_PAGE;
    public static final int FREE_PAGES = PAGES - FIRST_PAGE;
    public static final int ALIGNMENT = 8;

    /** ZEND_MM_IS_SRUN: first page of a small-element run. */
    public static final int IS_SRUN = 0x80000000;
    /** ZEND_MM_IS_LRUN: first page of a large run. */
    public static final int IS_LRUN = 0x40000000;
    /** ZEND_MM_IS_NRUN: a later page of a multi-page small run (both bits). */
    public static final int IS_NRUN = IS_SRUN | IS_LRUN;
    public static final int LRUN_PAGES_MASK = 0x000003ff;
    public static final int SRUN_BIN_NUM_MASK = 0x0000001f;
    public static final int SRUN_FREE_COUNTER_MASK = 0x01ff0000;
    public static final int SRUN_FREE_COUNTER_OFFSET = 16;
    public static final int NRUN_OFFSET_MASK = 0x01ff0000;

    /** Default limit of a new heap: (size_t)Z_L(-1) >> 1. */
    public static final long DEFAULT_LIMIT = Long.MAX_VALUE;

    static int lrun(int pages) { return IS_LRUN | pages; }
    static int srun(int bin) { return IS_SRUN | bin; }
    static int srunEx(int bin, int freeCount) { return IS_SRUN | (freeCount << SRUN_FREE_COUNTER_OFFSET) | bin; }
    static int nrun(int bin, int offset) { return IS_NRUN | (offset << 16) | bin; }
    static int lrunPages(int info) { return info & LRUN_PAGES_MASK; }
    static int srunBin(int info) { return info & SRUN_BIN_NUM_MASK; }
    static int srunFreeCounter(int info) { return (info & SRUN_FREE_COUNTER_MASK) >>> SRUN_FREE_COUNTER_OFFSET; }
    static int nrunOffset(int info) { return (info & NRUN_OFFSET_MASK) >>> 16; }

    /** ZEND_MM_ALIGNED_SIZE_EX */
    public static long alignedSize(long size, long alignment) {
        return (size + alignment - 1) & -alignment;
    }

    /** ZEND_MM_ALIGNED_SIZE (8 bytes) */
    public static long alignedSize(long size) {
        return (size + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
