package jzend.ext.standard;

/** levenshtein() ({@code reference_levdist}, ext/standard/levenshtein.c) and similar_text() ({@code php_similar_char}, string.c). */
public final class StringDistance {
    private StringDistance() {}

    /** levenshtein($s1, $s2, $ins, $rep, $del). */
    public static long levenshtein(byte[] s1, byte[] s2, long costIns, long costRep, long costDel) {
        int l1 = s1.length, l2 = s2.length;
        if (l1 == 0) {
            return l2 * costIns;
        }
        if (l2 == 0) {
            return l1 * costDel;
        }
        long[] p1 = new long[l2 + 1], p2 = new long[l2 + 1];
        for (int i2 = 0; i2 <= l2; i2++) {
            p1[i2] = i2 * costIns;
        }
        for (int i1 = 0; i1 < l1; i1++) {
            p2[0] = p1[0] + costDel;
            for (int i2 = 0; i2 < l2; i2++) {
                long c0 = p1[i2] + (s1[i1] == s2[i2] ? 0 : costRep);
                long c1 = p1[i2 + 1] + costDel;
                if (c1 < c0) {
                    c0 = c1;
                }
                long c2 = p2[i2] + costIns;
                if (c2 < c0) {
                    c0 = c2;
                }
                p2[i2 + 1] = c0;
            }
            long[] t = p1;
            p1 = p2;
            p2 = t;
        }
        return p1[l2];
    }

    public static long levenshtein(byte[] s1, byte[] s2) {
        return levenshtein(s1, s2, 1, 1, 1);
    }

    /** similar_text($s1, $s2): the number of matching characters. */
    public static long similarText(byte[] s1, byte[] s2) {
        if (s1.length + s2.length == 0) {
            return 0;
        }
        return similarChar(s1, 0, s1.length, s2, 0, s2.length);
    }

    /** The $percent of similar_text: sim * 200.0 / (len1 + len2) (0 for two empty strings). */
    public static double similarTextPercent(byte[] s1, byte[] s2) {
        if (s1.length + s2.length == 0) {
            return 0;
        }
        return similarText(s1, s2) * 200.0 / (s1.length + s2.length);
    }

    private static long similarChar(byte[] t1, int o1, int len1, byte[] t2, int o2, int len2) {
        int max = 0, count = 0, pos1 = 0, pos2 = 0;
        for (int p = 0; p < len1; p++) {
            for (int q = 0; q < len2; q++) {
                int l = 0;
                while (p + l < len1 && q + l < len2 && t1[o1 + p + l] == t2[o2 + q + l]) {
                    l++;
                }
                if (l > max) {
                    max = l;
                    count++;
                    pos1 = p;
                    pos2 = q;
                }
            }
        }
        long sum = max;
        if (sum != 0) {
            if (pos1 != 0 && pos2 != 0 && count > 1) {
                sum += similarChar(t1, o1, pos1, t2, o2, pos2);
            }
            if (pos1 + max < len1 && pos2 + max < len2) {
                sum += similarChar(t1, o1 + pos1 + max, len1 - pos1 - max, t2, o2 + pos2 + max, len2 - pos2 - max);
            }
        }
        return sum;
    }
}
