package jzend.ext.standard;

/** Port of {@code strnatcmp_ex} (ext/standard/strnatcmp.c, PHP 8.2): natural order comparison for strnatcmp/strnatcasecmp/natsort. */
public final class StrNatCmp {
    private StrNatCmp() {}

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static int toUpper(int c) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }

    /** Mutable cursors shared by the helpers. */
    private static final class Cur {
        int a, b;
    }

    private static int compareRight(byte[] s1, Cur c, int aend, byte[] s2, int bend) {
        int bias = 0;
        for (;; c.a++, c.b++) {
            boolean aNo = c.a == aend || !isDigit(s1[c.a] & 0xFF);
            boolean bNo = c.b == bend || !isDigit(s2[c.b] & 0xFF);
            if (aNo && bNo) {
                return bias;
            } else if (aNo) {
                return -1;
            } else if (bNo) {
                return +1;
            } else if ((s1[c.a] & 0xFF) < (s2[c.b] & 0xFF)) {
                if (bias == 0) {
                    bias = -1;
                }
            } else if ((s1[c.a] & 0xFF) > (s2[c.b] & 0xFF)) {
                if (bias == 0) {
                    bias = +1;
                }
            }
        }
    }

    private static int compareLeft(byte[] s1, Cur c, int aend, byte[] s2, int bend) {
        for (;; c.a++, c.b++) {
            boolean aNo = c.a == aend || !isDigit(s1[c.a] & 0xFF);
            boolean bNo = c.b == bend || !isDigit(s2[c.b] & 0xFF);
            if (aNo && bNo) {
                return 0;
            } else if (aNo) {
                return -1;
            } else if (bNo) {
                return +1;
            } else if ((s1[c.a] & 0xFF) < (s2[c.b] & 0xFF)) {
                return -1;
            } else if ((s1[c.a] & 0xFF) > (s2[c.b] & 0xFF)) {
                return +1;
            }
        }
    }

    /** strnatcmp_ex(a, b, is_case_insensitive): -1, 0 or 1. */
    public static int compare(byte[] s1, int aOff, int aLen, byte[] s2, int bOff, int bLen, boolean caseInsensitive) {
        if (aLen == 0 || bLen == 0) {
            return aLen == bLen ? 0 : (aLen > bLen ? 1 : -1);
        }
        int aend = aOff + aLen, bend = bOff + bLen;
        Cur c = new Cur();
        c.a = aOff;
        c.b = bOff;
        boolean leading = true;
        while (true) {
            int ca = at(s1, c.a, aend), cb = at(s2, c.b, bend);
            // skip over leading zeros
            while (leading && ca == '0' && (c.a + 1 < aend) && isDigit(s1[c.a + 1] & 0xFF)) {
                ca = at(s1, ++c.a, aend);
            }
            while (leading && cb == '0' && (c.b + 1 < bend) && isDigit(s2[c.b + 1] & 0xFF)) {
                cb = at(s2, ++c.b, bend);
            }
            leading = false;
            // skip consecutive whitespace
            while (isSpace(ca)) {
                ca = at(s1, ++c.a, aend);
            }
            while (isSpace(cb)) {
                cb = at(s2, ++c.b, bend);
            }
            // process run of digits
            if (isDigit(ca) && isDigit(cb)) {
                boolean fractional = (ca == '0' || cb == '0');
                int result = fractional ? compareLeft(s1, c, aend, s2, bend) : compareRight(s1, c, aend, s2, bend);
                if (result != 0) {
                    return result;
                } else if (c.a == aend && c.b == bend) {
                    return 0;
                } else if (c.a == aend) {
                    return -1;
                } else if (c.b == bend) {
                    return 1;
                } else {
                    ca = at(s1, c.a, aend);
                    cb = at(s2, c.b, bend);
                }
            }
            if (caseInsensitive) {
                ca = toUpper(ca);
                cb = toUpper(cb);
            }
            if (ca < cb) {
                return -1;
            } else if (ca > cb) {
                return +1;
            }
            ++c.a;
            ++c.b;
            if (c.a >= aend && c.b >= bend) {
                return 0;
            } else if (c.a >= aend) {
                return -1;
            } else if (c.b >= bend) {
                return 1;
            }
        }
    }

    public static int compare(byte[] a, byte[] b, boolean caseInsensitive) {
        return compare(a, 0, a.length, b, 0, b.length, caseInsensitive);
    }

    private static int at(byte[] s, int i, int end) {
        return i < end ? s[i] & 0xFF : 0;
    }
}
