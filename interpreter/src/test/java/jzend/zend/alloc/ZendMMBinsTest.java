package jzend.zend.alloc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZendMMBinsTest {
    /** The table of php-internals.md §1.3: num, size, elements, pages. */
    private static final int[][] TABLE = {
        {0, 8, 512, 1}, {1, 16, 256, 1}, {2, 24, 170, 1}, {3, 32, 128, 1}, {4, 40, 102, 1}, {5, 48, 85, 1},
        {6, 56, 73, 1}, {7, 64, 64, 1}, {8, 80, 51, 1}, {9, 96, 42, 1}, {10, 112, 36, 1}, {11, 128, 32, 1},
        {12, 160, 25, 1}, {13, 192, 21, 1}, {14, 224, 18, 1}, {15, 256, 16, 1}, {16, 320, 64, 5},
        {17, 384, 32, 3}, {18, 448, 9, 1}, {19, 512, 8, 1}, {20, 640, 32, 5}, {21, 768, 16, 3},
        {22, 896, 9, 2}, {23, 1024, 8, 2}, {24, 1280, 16, 5}, {25, 1536, 8, 3}, {26, 1792, 16, 7},
        {27, 2048, 8, 4}, {28, 2560, 8, 5}, {29, 3072, 4, 3}};

    @Test
    void binsMatchPhpTable() {
        assertEquals(30, ZendMMBins.BINS);
        for (int[] row : TABLE) {
            int bin = row[0];
            assertEquals(row[1], ZendMMBins.binSize(bin), "size of bin " + bin);
            assertEquals(row[2], ZendMMBins.binElements(bin), "elements of bin " + bin);
            assertEquals(row[3], ZendMMBins.binPages(bin), "pages of bin " + bin);
            assertEquals(row[3] * 4096 / row[1], row[2], "elements = floor(pages*4096/size) for bin " + bin);
        }
    }

    @Test
    void everySizeMapsToTheSmallestBinThatFits() {
        for (int size = 0; size <= ZendMM.MAX_SMALL_SIZE; size++) {
            int expected = -1;
            for (int[] row : TABLE) {
                if (row[1] >= size) { expected = row[0]; break; }
            }
            assertEquals(expected, ZendMMBins.sizeToBin(size), "table bin of size " + size);
            assertEquals(expected, ZendMMBins.computeBin(size), "computed bin of size " + size);
            assertTrue(ZendMMBins.binSize(expected) >= size);
        }
    }
}
