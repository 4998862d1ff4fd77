package jzend.zend.alloc;

/**
 * The 30 small-size bins of zend_alloc_sizes.h (ZEND_MM_BINS_INFO): element size, elements per
 * run and pages per run, and the size→bin mapping of ZEND_MM_SMALL_SIZE_TO_BIN.
 */
public final class ZendMMBins {
    private ZendMMBins() {}

    public static final int BINS = 30;

    /** bin_data_size */
    static final int[] SIZE = {
        8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256,
        320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072};
    /** bin_elements */
    static final int[] ELEMENTS = {
        512, 256, 170, 128, 102, 85, 73, 64, 51, 42, 36, 32, 25, 21, 18, 16,
        64, 32, 9, 8, 32, 16, 9, 8, 16, 8, 16, 8, 8, 4};
    /** bin_pages */
    static final int[] PAGES = {
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        5, 3, 1, 1, 5, 3, 2, 2, 5, 3, 7, 4, 5, 3};

    /** Bin of every 8-byte-rounded size: index (size + 7) >> 3, 0..384. */
    private static final byte[] BIN_OF_SIZE8 = new byte[(ZendMM.MAX_SMALL_SIZE >> 3) + 1];

    static {
        for (int i = 0; i < BIN_OF_SIZE8.length; i++) BIN_OF_SIZE8[i] = (byte) computeBin(i << 3);
    }

    public static int binSize(int bin) { return SIZE[bin]; }
    public static int binElements(int bin) { return ELEMENTS[bin]; }
    public static int binPages(int bin) { return PAGES[bin]; }

    /** ZEND_MM_SMALL_SIZE_TO_BIN for 0 ≤ size ≤ 3072, by table. */
    public static int sizeToBin(long size) {
        return BIN_OF_SIZE8[(int) ((size + 7) >>> 3)];
    }

    /**
     * ZEND_MM_SMALL_SIZE_TO_BIN as zend_mm_small_size_to_bit computes it: sizes up to 64 by
     * shifting, larger ones from the position of the highest bit (4 bins per power of two).
     */
    static int computeBin(int size) {
        if (size <= 64) {
            return (size - (size != 0 ? 1 : 0)) >> 3;
        }
        int t1 = size - 1;
        int t2 = (32 - Integer.numberOfLeadingZeros(t1)) - 3;
        t1 = t1 >> t2;
        t2 = t2 - 3;
        t2 = t2 << 2;
        return t1 + t2;
    }
}
