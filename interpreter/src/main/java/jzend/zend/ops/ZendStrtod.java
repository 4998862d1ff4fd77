package jzend.zend.ops;

/**
 * Port of {@code zend_strtod} (Zend/zend_strtod.c) for PHP's accepted syntax: optional leading
 * whitespace {@code " \t\n\r\v\f"}, optional sign, decimal digits with optional fraction, optional
 * exponent {@code [eE][+-]?digits} (only consumed when digits follow). No hex, no "inf"/"nan". The
 * value is correctly rounded (Java's decimal conversion is, like David Gay's code). When nothing
 * parses, the result is 0.0 and the end is the start offset.
 */
public final class ZendStrtod {
    private ZendStrtod() {}

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /**
     * Parses {@code s[off, end)}; the end offset of the number is stored in {@code r.end} when
     * {@code r} is not null (no other field of r is touched).
     */
    public static double strtod(byte[] s, int off, int end, NumResult r) {
        int p = off;
        while (p < end && NumericString.isWhitespace(s[p] & 0xFF)) {
            p++;
        }
        boolean neg = false;
        if (p < end && (s[p] == '-' || s[p] == '+')) {
            neg = s[p] == '-';
            p++;
        }
        int mantStart = p;
        long mant = 0;
        int sig = 0; // significant digits collected into mant (max 19)
        int dropped = 0; // integer-part digits not fitting into mant
        boolean nonZeroDropped = false;
        int nd = 0; // total mantissa digits seen
        while (p < end && NumericString.isDigit(s[p])) {
            int d = s[p] - '0';
            if (sig < 18) {
                if (mant != 0 || d != 0) {
                    mant = mant * 10 + d;
                    sig = mant == 0 ? 0 : sig + 1;
                }
            } else {
                dropped++;
                nonZeroDropped |= d != 0;
            }
            nd++;
            p++;
        }
        int fracDigits = 0;
        if (p < end && s[p] == '.') {
            int q = p + 1;
            while (q < end && NumericString.isDigit(s[q])) {
                int d = s[q] - '0';
                if (sig < 18) {
                    if (mant != 0 || d != 0) {
                        mant = mant * 10 + d;
                        sig++;
                    }
                    fracDigits++;
                } else {
                    nonZeroDropped |= d != 0;
                }
                nd++;
                q++;
            }
            if (nd > 0) {
                p = q;
            }
        }
        if (nd == 0) {
            if (r != null) {
                r.end = off;
            }
            return 0.0;
        }
        int mantEnd = p;
        long exp = 0;
        boolean hasExp = false;
        if (p < end && (s[p] == 'e' || s[p] == 'E')) {
            int q = p + 1;
            boolean eneg = false;
            if (q < end && (s[q] == '-' || s[q] == '+')) {
                eneg = s[q] == '-';
                q++;
            }
            if (q < end && NumericString.isDigit(s[q])) {
                hasExp = true;
                while (q < end && NumericString.isDigit(s[q])) {
                    if (exp < 100000000L) {
                        exp = exp * 10 + (s[q] - '0');
                    }
                    q++;
                }
                if (eneg) {
                    exp = -exp;
                }
                p = q;
            }
        }
        if (r != null) {
            r.end = p;
        }
        double v;
        long e10 = exp + dropped - fracDigits;
        if (mant == 0) {
            v = 0.0;
        } else if (!nonZeroDropped && mant < (1L << 53) && e10 >= -22 && e10 <= 22) {
            // Clinger's fast path: both operands exact, one correctly rounded operation
            v = e10 >= 0 ? mant * POW10[(int) e10] : mant / POW10[(int) -e10];
        } else {
            v = slow(s, mantStart, mantEnd, exp, hasExp);
        }
        return neg ? -v : v;
    }

    private static double slow(byte[] s, int mantStart, int mantEnd, long exp, boolean hasExp) {
        StringBuilder sb = new StringBuilder(mantEnd - mantStart + 16);
        for (int i = mantStart; i < mantEnd; i++) {
            sb.append((char) s[i]);
        }
        if (sb.charAt(0) == '.') {
            sb.insert(0, '0');
        }
        if (hasExp) {
            sb.append('e').append(exp);
        }
        return Double.parseDouble(sb.toString());
    }

    public static double strtod(byte[] s) {
        return strtod(s, 0, s.length, null);
    }
}
