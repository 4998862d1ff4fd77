package jzend.zend.ops;

import static jzend.zend.ops.ZType.IS_DOUBLE;
import static jzend.zend.ops.ZType.IS_FALSE;
import static jzend.zend.ops.ZType.IS_LONG;
import static jzend.zend.ops.ZType.IS_NULL;
import static jzend.zend.ops.ZType.IS_STRING;
import static jzend.zend.ops.ZType.IS_TRUE;

/**
 * PHP 8.2 comparison of scalars: {@code zend_compare} for null/bool/int/float/string pairs,
 * {@code compare_longs_to_string}, {@code compare_doubles_to_string}, {@code zendi_smart_strcmp},
 * {@code zendi_smart_str_equals}, {@code zend_binary_strcmp}, {@code zend_binary_strcasecmp}
 * (Zend/zend_operators.c).
 *
 * <p>Rules: int/float vs numeric string compares numerically, vs non-numeric string compares the
 * number's string form with the string (PHP 8 "saner string to number comparisons"); two numeric
 * strings compare numerically ("1e3" == "1000", "1" == "01", "10" == "1e1") except integer strings
 * that overflow to the same side, which compare as strings; null vs string compares "" with the
 * string; null/bool vs anything else compares booleans. {@link #compare} returns -1/0/1 (for
 * {@code <=>}); float pairs use ZEND_THREEWAY_COMPARE, so NAN <=> x is 1. Note the VM's {@code ==},
 * {@code <}, {@code <=} fast paths on two floats use IEEE operators directly (NAN == NAN is false,
 * NAN < 1 false): use {@link #isEqual} / {@link #isSmaller} for those.
 */
public final class Compare {
    private Compare() {}

    /** ZEND_THREEWAY_COMPARE for longs. */
    public static int compareLongs(long a, long b) {
        return a == b ? 0 : (a < b ? -1 : 1);
    }

    /** ZEND_THREEWAY_COMPARE for doubles: equal → 0, less → -1, otherwise (incl. NaN) 1. */
    public static int compareDoubles(double a, double b) {
        return a == b ? 0 : (a < b ? -1 : 1);
    }

    /** ZEND_NORMALIZE_BOOL of a double difference: NaN gives 0. */
    static int normalize(double d) {
        return d > 0 ? 1 : (d < 0 ? -1 : 0);
    }

    static int normalize(long l) {
        return l > 0 ? 1 : (l < 0 ? -1 : 0);
    }

    /**
     * {@code zend_binary_strcmp}: memcmp of the common prefix, else -1/0/1 by length. The magnitude of
     * a memcmp result is unspecified (glibc's vectorised memcmp returns word differences, which PHP's
     * strcmp() exposes); this returns the first differing bytes' difference, so only the sign matches php.
     */
    public static int binaryStrcmp(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2) {
        int n = Math.min(l1, l2);
        int i = java.util.Arrays.mismatch(s1, o1, o1 + n, s2, o2, o2 + n);
        if (i >= 0) {
            return (s1[o1 + i] & 0xFF) - (s2[o2 + i] & 0xFF);
        }
        return l1 == l2 ? 0 : (l1 < l2 ? -1 : 1);
    }

    public static int binaryStrcmp(byte[] s1, byte[] s2) {
        return binaryStrcmp(s1, 0, s1.length, s2, 0, s2.length);
    }

    /** {@code zend_binary_strncmp} (strncmp()): at most {@code n} bytes. */
    public static int binaryStrncmp(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2, long n) {
        int m = (int) Math.min(n, Math.min(l1, l2));
        int i = java.util.Arrays.mismatch(s1, o1, o1 + m, s2, o2, o2 + m);
        if (i >= 0) {
            return (s1[o1 + i] & 0xFF) - (s2[o2 + i] & 0xFF);
        }
        long a = Math.min(n, l1), b = Math.min(n, l2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }

    /** ASCII-only lowercasing of zend_tolower_ascii. */
    public static int toLowerAscii(int c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    /** {@code zend_binary_strcasecmp} (strcasecmp()): ASCII case folding, byte difference or length order. */
    public static int binaryStrcasecmp(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2) {
        int n = Math.min(l1, l2);
        for (int i = 0; i < n; i++) {
            int c1 = toLowerAscii(s1[o1 + i] & 0xFF);
            int c2 = toLowerAscii(s2[o2 + i] & 0xFF);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return l1 == l2 ? 0 : (l1 < l2 ? -1 : 1);
    }

    public static int binaryStrcasecmp(byte[] s1, byte[] s2) {
        return binaryStrcasecmp(s1, 0, s1.length, s2, 0, s2.length);
    }

    /** {@code zend_binary_strncasecmp} (strncasecmp()). */
    public static int binaryStrncasecmp(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2, long n) {
        int m = (int) Math.min(n, Math.min(l1, l2));
        for (int i = 0; i < m; i++) {
            int c1 = toLowerAscii(s1[o1 + i] & 0xFF);
            int c2 = toLowerAscii(s2[o2 + i] & 0xFF);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        long a = Math.min(n, l1), b = Math.min(n, l2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }

    /** {@code compare_longs_to_string(lval, str)}: -1/0/1. */
    public static int compareLongToString(long lval, byte[] s, int off, int len, NumResult r) {
        int type = NumericString.isNumericStringEx(s, off, len, r, false);
        if (type == IS_LONG) {
            return compareLongs(lval, r.lval);
        }
        if (type == IS_DOUBLE) {
            return normalize((double) lval - r.dval);
        }
        ByteBuf b = new ByteBuf(24);
        b.append(lval);
        return normalize(binaryStrcmp(b.array(), 0, b.length(), s, off, len));
    }

    /**
     * {@code compare_doubles_to_string(dval, str)}: -1/0/1; a non-numeric string is compared with
     * the float's string form at {@code precision} (ini precision, 14 by default).
     */
    public static int compareDoubleToString(double dval, byte[] s, int off, int len, NumResult r, int precision) {
        int type = NumericString.isNumericStringEx(s, off, len, r, false);
        if (type == IS_LONG) {
            return normalize(dval - (double) r.lval);
        }
        if (type == IS_DOUBLE) {
            if (dval == r.dval) {
                return 0;
            }
            return normalize(dval - r.dval);
        }
        ByteBuf b = new ByteBuf(32);
        DoubleFormat.appendForEcho(b, dval, precision);
        return normalize(binaryStrcmp(b.array(), 0, b.length(), s, off, len));
    }

    /** {@code zendi_smart_strcmp(s1, s2)}: -1/0/1 ({@code <=>} on two strings). */
    public static int smartStrcmp(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2, NumResult r1, NumResult r2) {
        int ret1, ret2;
        if ((ret1 = NumericString.isNumericStringEx(s1, o1, l1, r1, false)) != 0
                && (ret2 = NumericString.isNumericStringEx(s2, o2, l2, r2, false)) != 0) {
            int oflow1 = r1.oflow, oflow2 = r2.oflow;
            double dval1 = ret1 == IS_DOUBLE ? r1.dval : 0.0, dval2 = ret2 == IS_DOUBLE ? r2.dval : 0.0;
            if ((oflow1 != 0 && oflow1 == oflow2) && dval1 - dval2 == 0.) {
                return normalize(binaryStrcmp(s1, o1, l1, s2, o2, l2));
            }
            if (ret1 == IS_DOUBLE || ret2 == IS_DOUBLE) {
                if (ret1 != IS_DOUBLE) {
                    if (oflow2 != 0) {
                        return -1 * oflow2;
                    }
                    dval1 = (double) r1.lval;
                } else if (ret2 != IS_DOUBLE) {
                    if (oflow1 != 0) {
                        return oflow1;
                    }
                    dval2 = (double) r2.lval;
                } else if (dval1 == dval2 && !Double.isFinite(dval1)) {
                    return normalize(binaryStrcmp(s1, o1, l1, s2, o2, l2));
                }
                return normalize(dval1 - dval2);
            }
            return compareLongs(r1.lval, r2.lval);
        }
        return normalize(binaryStrcmp(s1, o1, l1, s2, o2, l2));
    }

    public static int smartStrcmp(byte[] s1, byte[] s2) {
        return smartStrcmp(s1, 0, s1.length, s2, 0, s2.length, new NumResult(), new NumResult());
    }

    /** {@code zendi_smart_str_equals(s1, s2)} ({@code ==} on two strings). */
    public static boolean smartStrEquals(byte[] s1, int o1, int l1, byte[] s2, int o2, int l2, NumResult r1, NumResult r2) {
        int ret1, ret2;
        if ((ret1 = NumericString.isNumericStringEx(s1, o1, l1, r1, false)) != 0
                && (ret2 = NumericString.isNumericStringEx(s2, o2, l2, r2, false)) != 0) {
            int oflow1 = r1.oflow, oflow2 = r2.oflow;
            double dval1 = ret1 == IS_DOUBLE ? r1.dval : 0.0, dval2 = ret2 == IS_DOUBLE ? r2.dval : 0.0;
            if ((oflow1 != 0 && oflow1 == oflow2) && dval1 - dval2 == 0.) {
                return java.util.Arrays.equals(s1, o1, o1 + l1, s2, o2, o2 + l2);
            }
            if (ret1 == IS_DOUBLE || ret2 == IS_DOUBLE) {
                if (ret1 != IS_DOUBLE) {
                    if (oflow2 != 0) {
                        return false;
                    }
                    dval1 = (double) r1.lval;
                } else if (ret2 != IS_DOUBLE) {
                    if (oflow1 != 0) {
                        return false;
                    }
                    dval2 = (double) r2.lval;
                } else if (dval1 == dval2 && !Double.isFinite(dval1)) {
                    return java.util.Arrays.equals(s1, o1, o1 + l1, s2, o2, o2 + l2);
                }
                return dval1 == dval2;
            }
            return r1.lval == r2.lval;
        }
        return java.util.Arrays.equals(s1, o1, o1 + l1, s2, o2, o2 + l2);
    }

    public static boolean smartStrEquals(byte[] s1, byte[] s2) {
        return smartStrEquals(s1, 0, s1.length, s2, 0, s2.length, new NumResult(), new NumResult());
    }

    /** zend_is_true for a string: false for "" and "0". */
    public static boolean stringIsTrue(byte[] s, int off, int len) {
        return !(len == 0 || (len == 1 && s[off] == '0'));
    }

    /**
     * A scalar operand for {@link #compare}: type code (IS_NULL, IS_FALSE, IS_TRUE, IS_LONG,
     * IS_DOUBLE, IS_STRING) and the matching payload. Mutable and reusable.
     */
    public static final class Scalar {
        public int type = IS_NULL;
        public long lval;
        public double dval;
        public byte[] str;
        public int off;
        public int len;

        public Scalar setNull() { type = IS_NULL; return this; }
        public Scalar setBool(boolean b) { type = b ? IS_TRUE : IS_FALSE; return this; }
        public Scalar setLong(long l) { type = IS_LONG; lval = l; return this; }
        public Scalar setDouble(double d) { type = IS_DOUBLE; dval = d; return this; }
        public Scalar setString(byte[] s, int o, int l) { type = IS_STRING; str = s; off = o; len = l; return this; }
        public Scalar setString(byte[] s) { return setString(s, 0, s.length); }

        /** zend_is_true of the scalar. */
        public boolean isTrue() {
            switch (type) {
                case IS_TRUE: return true;
                case IS_LONG: return lval != 0;
                case IS_DOUBLE: return dval != 0.0;
                case IS_STRING: return stringIsTrue(str, off, len);
                default: return false;
            }
        }
    }

    /**
     * {@code zend_compare(op1, op2)} restricted to scalars: -1/0/1 as {@code <=>}.
     * {@code precision} is the ini precision used when a float meets a non-numeric string.
     */
    public static int compare(Scalar a, Scalar b, NumResult r1, NumResult r2, int precision) {
        int t1 = a.type, t2 = b.type;
        switch (t1) {
            case IS_LONG:
                switch (t2) {
                    case IS_LONG: return compareLongs(a.lval, b.lval);
                    case IS_DOUBLE: return compareDoubles((double) a.lval, b.dval);
                    case IS_STRING: return compareLongToString(a.lval, b.str, b.off, b.len, r1);
                    default: break;
                }
                break;
            case IS_DOUBLE:
                switch (t2) {
                    case IS_LONG: return compareDoubles(a.dval, (double) b.lval);
                    case IS_DOUBLE: return compareDoubles(a.dval, b.dval);
                    case IS_STRING:
                        if (Double.isNaN(a.dval)) {
                            return 1;
                        }
                        return compareDoubleToString(a.dval, b.str, b.off, b.len, r1, precision);
                    default: break;
                }
                break;
            case IS_STRING:
                switch (t2) {
                    case IS_STRING:
                        if (a.str == b.str && a.off == b.off && a.len == b.len) {
                            return 0;
                        }
                        return smartStrcmp(a.str, a.off, a.len, b.str, b.off, b.len, r1, r2);
                    case IS_LONG: return -compareLongToString(b.lval, a.str, a.off, a.len, r1);
                    case IS_DOUBLE:
                        if (Double.isNaN(b.dval)) {
                            return 1;
                        }
                        return -compareDoubleToString(b.dval, a.str, a.off, a.len, r1, precision);
                    case IS_NULL: return a.len == 0 ? 0 : 1;
                    default: break;
                }
                break;
            case IS_NULL:
                if (t2 == IS_STRING) {
                    return b.len == 0 ? 0 : -1;
                }
                break;
            default:
                break;
        }
        // bool / null against anything else: compare as booleans
        if (t1 == IS_NULL || t1 == IS_FALSE) {
            return b.isTrue() ? -1 : 0;
        } else if (t1 == IS_TRUE) {
            return b.isTrue() ? 0 : 1;
        } else if (t2 == IS_NULL || t2 == IS_FALSE) {
            return a.isTrue() ? 1 : 0;
        } else if (t2 == IS_TRUE) {
            return a.isTrue() ? 0 : -1;
        }
        throw new IllegalArgumentException("not a scalar pair: " + t1 + ", " + t2);
    }

    /**
     * {@code ==} (zend_is_equal / the VM's fast paths): float pairs use IEEE equality, string pairs
     * {@link #smartStrEquals}, everything else {@code compare(...) == 0}.
     */
    public static boolean isEqual(Scalar a, Scalar b, NumResult r1, NumResult r2, int precision) {
        if (a.type == IS_DOUBLE && (b.type == IS_DOUBLE || b.type == IS_LONG)) {
            return a.dval == (b.type == IS_DOUBLE ? b.dval : (double) b.lval);
        }
        if (a.type == IS_LONG && b.type == IS_DOUBLE) {
            return (double) a.lval == b.dval;
        }
        if (a.type == IS_STRING && b.type == IS_STRING) {
            return smartStrEquals(a.str, a.off, a.len, b.str, b.off, b.len, r1, r2);
        }
        return compare(a, b, r1, r2, precision) == 0;
    }

    /**
     * {@code <} (is_smaller_function and the VM fast paths): IEEE {@code <} for number pairs,
     * otherwise {@code compare(...) < 0}. {@code a > b} is {@code isSmaller(b, a)}.
     */
    public static boolean isSmaller(Scalar a, Scalar b, NumResult r1, NumResult r2, int precision) {
        if ((a.type == IS_DOUBLE || a.type == IS_LONG) && (b.type == IS_DOUBLE || b.type == IS_LONG)) {
            if (a.type == IS_LONG && b.type == IS_LONG) {
                return a.lval < b.lval;
            }
            double x = a.type == IS_DOUBLE ? a.dval : (double) a.lval;
            double y = b.type == IS_DOUBLE ? b.dval : (double) b.lval;
            return x < y;
        }
        return compare(a, b, r1, r2, precision) < 0;
    }

    /** {@code <=}: IEEE {@code <=} for number pairs, otherwise {@code compare(...) <= 0}. */
    public static boolean isSmallerOrEqual(Scalar a, Scalar b, NumResult r1, NumResult r2, int precision) {
        if ((a.type == IS_DOUBLE || a.type == IS_LONG) && (b.type == IS_DOUBLE || b.type == IS_LONG)) {
            if (a.type == IS_LONG && b.type == IS_LONG) {
                return a.lval <= b.lval;
            }
            double x = a.type == IS_DOUBLE ? a.dval : (double) a.lval;
            double y = b.type == IS_DOUBLE ? b.dval : (double) b.lval;
            return x <= y;
        }
        return compare(a, b, r1, r2, precision) <= 0;
    }
}
