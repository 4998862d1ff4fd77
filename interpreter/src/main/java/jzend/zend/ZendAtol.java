package jzend.zend;

/**
 * ZEND_ATOL (zend_operators.h): C's strtol(s, NULL, 10) as PHP reads environment switches such
 * as USE_ZEND_ALLOC. Kept apart from the allocator so that the agent can apply the same rule
 * before any class it must rewrite has been loaded.
 */
public final class ZendAtol {
    private ZendAtol() {}

    /** Leading blanks, an optional sign, decimal digits; 0 when there are none; saturates on overflow. */
    public static long atol(String s) {
        int i = 0, n = s.length();
        while (i < n && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        long v = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i++) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }
}
