package jzend.ext.standard;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.Bucket;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendHashSort;
import jzend.zend.hash.ZendHashSort.BucketCompare;
import jzend.zend.ops.Compare;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.ZendStrtod;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * The compare functions of ext/standard/array.c for the sort flags (php_array_data_compare_*,
 * php_array_key_compare_*, their stable and reverse variants from DEFINE_SORT_VARIANTS, and
 * php_get_data_compare_func / php_get_key_compare_func), with the zend_operators.c functions they
 * call: zend_compare (arrays included), numeric_compare_function, string_compare_function,
 * string_case_compare_function, string_locale_compare_function (strcoll in the C locale).
 */
public final class ArrayCompare {
    private ArrayCompare() {}

    /** PHP_SORT_* (php_array.h). */
    public static final int PHP_SORT_REGULAR = 0, PHP_SORT_NUMERIC = 1, PHP_SORT_STRING = 2, PHP_SORT_DESC = 3,
            PHP_SORT_ASC = 4, PHP_SORT_LOCALE_STRING = 5, PHP_SORT_NATURAL = 6, PHP_SORT_FLAG_CASE = 8;

    static final int IS_REFERENCE = 10, IS_INDIRECT = 12;

    /** ZVAL_DEREF (and an INDIRECT slot): the zval a value stands for. */
    static long deref(long zv) {
        int t = getInt(zv + 8) & 0xff;
        if (t == IS_INDIRECT) {
            zv = getLong(zv);
            t = getInt(zv + 8) & 0xff;
        }
        if (t == IS_REFERENCE) zv = getLong(zv) + 8;
        return zv;
    }

    private static int type(long zv) { return getInt(zv + 8) & 0xff; }

    // ------------------------------------------------------------------ zend_compare

    private static final Compare.Scalar SA = new Compare.Scalar(), SB = new Compare.Scalar();
    private static final NumResult R1 = new NumResult(), R2 = new NumResult();
    private static byte[] bufA = new byte[64], bufB = new byte[64];

    private static Compare.Scalar scalar(long zv, Compare.Scalar s, boolean first) {
        switch (type(zv)) {
            case ZendVm.IS_LONG -> s.setLong(getLong(zv));
            case ZendVm.IS_DOUBLE -> s.setDouble(getDouble(zv));
            case ZendVm.IS_TRUE -> s.setBool(true);
            case ZendVm.IS_FALSE -> s.setBool(false);
            case ZendVm.IS_STRING -> loadString(getLong(zv), s, first);
            default -> s.setNull();
        }
        return s;
    }

    /** A zend_string's bytes into a comparison scalar (copied into a reusable buffer). */
    private static Compare.Scalar loadString(long str, Compare.Scalar s, boolean first) {
        int len = (int) ZendString.len(str);
        byte[] b = first ? bufA : bufB;
        if (b.length < len) {
            b = new byte[Math.max(len, b.length * 2)];
            if (first) bufA = b; else bufB = b;
        }
        NativeMemory.copyToArray(ZendString.val(str), b, 0, len);
        return s.setString(b, 0, len);
    }

    /**
     * Port of zend_compare: -1/0/1 as {@code <=>}. Arrays compare by count then element by
     * element (zend_compare_arrays); an array is greater than any int, float or string, and
     * compares as a bool with null and bools; an object goes to its compare handler.
     */
    public static int zend_compare(long a, long b) {
        int ta = type(a), tb = type(b);
        if (ta == ZendVm.IS_LONG && tb == ZendVm.IS_LONG) return Long.compare(getLong(a), getLong(b));
        return compareSlow(a, b);
    }

    private static final long CMP = jzend.zend.alloc.LibC.malloc(16);

    private static int compareSlow(long a, long b) {
        a = deref(a);
        b = deref(b);
        int ta = type(a), tb = type(b);
        if (ta == jzend.zend.execute.ZendExceptions.IS_OBJECT || tb == jzend.zend.execute.ZendExceptions.IS_OBJECT) {
            // the object's compare handler (zend_std_compare_objects, the Closure's), as the engine's <=>
            ZendVm.spaceship(CMP, a, b);
            return (int) getLong(CMP);
        }
        if (ta == ZendVm.IS_LONG && tb == ZendVm.IS_LONG) return Long.compare(getLong(a), getLong(b));
        if (ta == ZendVm.IS_DOUBLE && tb == ZendVm.IS_DOUBLE) return threeway(getDouble(a), getDouble(b));
        if (ta == ZendVm.IS_ARRAY || tb == ZendVm.IS_ARRAY) {
            if (ta == ZendVm.IS_ARRAY && tb == ZendVm.IS_ARRAY) return zend_compare_arrays(getLong(a), getLong(b));
            if (ta <= ZendVm.IS_TRUE) {
                boolean x = ta == ZendVm.IS_TRUE, y = isTrue(b);
                return ta == ZendVm.IS_TRUE ? (y ? 0 : 1) : (y ? -1 : 0);
            }
            if (tb <= ZendVm.IS_TRUE) {
                boolean x = isTrue(a);
                return tb == ZendVm.IS_TRUE ? (x ? 0 : -1) : (x ? 1 : 0);
            }
            return ta == ZendVm.IS_ARRAY ? 1 : -1;
        }
        return Compare.compare(scalar(a, SA, true), scalar(b, SB, false), R1, R2, jzend.zend.ExecutorGlobals.precision);
    }

    /** zend_is_true for any value (arrays: non-empty). */
    static boolean isTrue(long zv) {
        zv = deref(zv);
        return switch (type(zv)) {
            case ZendVm.IS_TRUE -> true;
            case ZendVm.IS_LONG -> getLong(zv) != 0;
            case ZendVm.IS_DOUBLE -> getDouble(zv) != 0.0;
            case ZendVm.IS_STRING -> {
                long s = getLong(zv), len = ZendString.len(s);
                yield len > 1 || (len == 1 && NativeMemory.getByte(ZendString.val(s)) != '0');
            }
            case ZendVm.IS_ARRAY -> ZendArray.numOfElements(getLong(zv)) != 0;
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> true;
            default -> false;
        };
    }

    /** Port of zend_compare_arrays / zend_hash_compare(ht1, ht2, hash_zval_compare_function, 0). */
    static int zend_compare_arrays(long ht1, long ht2) {
        if (ht1 == ht2) return 0;
        int n1 = ZendArray.numOfElements(ht1), n2 = ZendArray.numOfElements(ht2);
        if (n1 != n2) return n1 > n2 ? 1 : -1;
        int used = ZendArray.numUsed(ht1);
        boolean packed = ZendArray.isPacked(ht1);
        for (int idx = 0; idx < used; idx++) {
            long p1 = ZendArray.valAt(ht1, idx);
            if (Bucket.isUndef(p1)) continue;
            long p2;
            long key = packed ? 0 : Bucket.key(p1);
            if (key == 0) p2 = ZendHash.zend_hash_index_find(ht2, packed ? idx : Bucket.h(p1));
            else p2 = ZendHash.zend_hash_find(ht2, key);
            if (p2 == 0) return 1;
            int r = zend_compare(p1, p2);
            if (r != 0) return r;
        }
        return 0;
    }

    // ------------------------------------------------------------------ string conversion

    static final byte[] ARRAY = {'A', 'r', 'r', 'a', 'y'};

    /** The decimal form of a long (smart_str_append_long / zend_print_long_to_buf). */
    static byte[] longBytes(long v) {
        return Long.toString(v).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** zval_get_double (zend_strtod for strings; arrays 1.0 when non-empty). */
    static double doubleOf(long zv) {
        zv = deref(zv);
        return switch (type(zv)) {
            case ZendVm.IS_LONG -> getLong(zv);
            case ZendVm.IS_DOUBLE -> getDouble(zv);
            case ZendVm.IS_TRUE -> 1.0;
            case ZendVm.IS_STRING -> ZendStrtod.strtod(ZendString.bytes(getLong(zv)));
            case ZendVm.IS_ARRAY -> ZendArray.numOfElements(getLong(zv)) != 0 ? 1.0 : 0.0;
            default -> 0.0;
        };
    }

    /** ZEND_THREEWAY_COMPARE for doubles (NaN compares as greater). */
    static int threeway(double a, double b) {
        return a == b ? 0 : (a < b ? -1 : 1);
    }

    /** Port of numeric_compare_function. */
    public static int numeric_compare_function(long a, long b) {
        return threeway(doubleOf(a), doubleOf(b));
    }

    /** Port of string_compare_function (zend_binary_strcmp of both string forms, made as PHP makes them). */
    public static int string_compare_function(long a, long b) {
        a = deref(a);
        b = deref(b);
        if (type(a) == ZendVm.IS_STRING && type(b) == ZendVm.IS_STRING) {
            long s1 = getLong(a), s2 = getLong(b);
            if (s1 == s2) return 0;
            return ZendString.compare(s1, s2);
        }
        long s1 = ArrayUtil.tmpString(a), s2 = ArrayUtil.tmpString(b);
        int r = ZendString.compare(s1, s2);
        ZendString.release(s1);
        ZendString.release(s2);
        return r;
    }

    /** The two operands as bytes through zval_get_tmp_string (temporary strings allocated and freed as in PHP). */
    private static byte[] tmpB;

    private static byte[] bothBytes(long a, long b) {
        long s1 = ArrayUtil.tmpString(a), s2 = ArrayUtil.tmpString(b);
        byte[] x = ZendString.bytes(s1);
        tmpB = ZendString.bytes(s2);
        ZendString.release(s1);
        ZendString.release(s2);
        return x;
    }

    /** Port of string_case_compare_function (zend_binary_strcasecmp_l, C locale). */
    public static int string_case_compare_function(long a, long b) {
        byte[] x = bothBytes(a, b);
        return Compare.binaryStrcasecmp(x, tmpB);
    }

    /** Port of string_locale_compare_function: strcoll, which in the C locale is strcmp up to the first NUL. */
    public static int string_locale_compare_function(long a, long b) {
        byte[] x = bothBytes(a, b);
        return strcoll(x, tmpB);
    }

    static int strcoll(byte[] x, byte[] y) {
        int i = 0;
        while (true) {
            int c1 = i < x.length ? x[i] & 0xff : 0, c2 = i < y.length ? y[i] & 0xff : 0;
            if (c1 != c2) return c1 < c2 ? -1 : 1;
            if (c1 == 0) return 0;
            i++;
        }
    }

    /** Port of php_array_natural_general_compare. */
    static int natural(long a, long b, boolean foldCase) {
        byte[] x = bothBytes(a, b);
        return StrNatCmp.compare(x, tmpB, foldCase);
    }

    // ------------------------------------------------------------------ key compares

    private static boolean strKey(long bucket) { return Bucket.key(bucket) != 0; }

    private static byte[] keyBytes(long bucket) {
        long k = Bucket.key(bucket);
        return k != 0 ? ZendString.bytes(k) : longBytes(Bucket.h(bucket));
    }

    private static final long KA = jzend.zend.alloc.LibC.malloc(16), KB = jzend.zend.alloc.LibC.malloc(16);

    private static long keyZval(long bucket, long zv) {
        long k = Bucket.key(bucket);
        if (k != 0) {
            NativeMemory.putLong(zv, k);
            NativeMemory.putInt(zv + 8, ZendVm.IS_STRING);
        } else {
            ZendVm.setLong(zv, Bucket.h(bucket));
        }
        return zv;
    }

    /** Port of php_array_key_compare_unstable_i (SORT_REGULAR). */
    static int keyCompare(long f, long s) {
        if (!strKey(f) && !strKey(s)) return Bucket.h(f) > Bucket.h(s) ? 1 : -1;
        if (strKey(f) && strKey(s)) {
            Compare.Scalar x = loadString(Bucket.key(f), SA, true), y = loadString(Bucket.key(s), SB, false);
            return Compare.smartStrcmp(x.str, 0, x.len, y.str, 0, y.len, R1, R2);
        }
        return zend_compare(keyZval(f, KA), keyZval(s, KB));
    }

    /** Port of php_array_key_compare_numeric_unstable_i. */
    static int keyCompareNumeric(long f, long s) {
        if (!strKey(f) && !strKey(s)) return Bucket.h(f) > Bucket.h(s) ? 1 : -1;
        double d1 = strKey(f) ? ZendStrtod.strtod(ZendString.bytes(Bucket.key(f))) : (double) Bucket.h(f);
        double d2 = strKey(s) ? ZendStrtod.strtod(ZendString.bytes(Bucket.key(s))) : (double) Bucket.h(s);
        return threeway(d1, d2);
    }

    /** Port of php_array_key_compare_string_unstable_i. */
    static int keyCompareString(long f, long s) {
        return Compare.binaryStrcmp(keyBytes(f), keyBytes(s));
    }

    /** Port of php_array_key_compare_string_case_unstable_i. */
    static int keyCompareStringCase(long f, long s) {
        return Compare.binaryStrcasecmp(keyBytes(f), keyBytes(s));
    }

    /** Port of php_array_key_compare_string_natural_general. */
    static int keyCompareNatural(long f, long s, boolean foldCase) {
        return StrNatCmp.compare(keyBytes(f), keyBytes(s), foldCase);
    }

    /** Port of php_array_key_compare_string_locale_unstable_i. */
    static int keyCompareLocale(long f, long s) {
        return strcoll(keyBytes(f), keyBytes(s));
    }

    // ------------------------------------------------------------------ variants

    /** RETURN_STABLE_SORT around an unstable compare (usort's php_array_user_compare wraps its callback the same way). */
    public static BucketCompare stable(BucketCompare u) {
        return (a, b) -> {
            int r = u.compare(a, b);
            return r != 0 ? r : ZendHashSort.stableFallback(a, b);
        };
    }

    /** php_array_reverse_*_unstable: the result negated. */
    static BucketCompare reverse(BucketCompare u) {
        return (a, b) -> -u.compare(a, b);
    }

    private static final BucketCompare DATA = ArrayCompare::zend_compare, DATA_NUMERIC = ArrayCompare::numeric_compare_function,
            DATA_STRING = ArrayCompare::string_compare_function, DATA_STRING_CASE = ArrayCompare::string_case_compare_function,
            DATA_LOCALE = ArrayCompare::string_locale_compare_function,
            NATURAL = (a, b) -> natural(a, b, false), NATURAL_CASE = (a, b) -> natural(a, b, true);

    /** The unstable data compare of a sort type (php_get_data_compare_func_unstable's selection). */
    private static BucketCompare dataUnstable(long sortType) {
        return switch ((int) (sortType & ~PHP_SORT_FLAG_CASE)) {
            case PHP_SORT_NUMERIC -> DATA_NUMERIC;
            case PHP_SORT_STRING -> (sortType & PHP_SORT_FLAG_CASE) != 0 ? DATA_STRING_CASE : DATA_STRING;
            case PHP_SORT_NATURAL -> (sortType & PHP_SORT_FLAG_CASE) != 0 ? NATURAL_CASE : NATURAL;
            case PHP_SORT_LOCALE_STRING -> DATA_LOCALE;
            default -> DATA;
        };
    }

    /** Port of php_get_data_compare_func: stable, optionally reversed (ties keep the original order). */
    public static BucketCompare php_get_data_compare_func(long sortType, boolean reverse) {
        BucketCompare u = dataUnstable(sortType);
        return stable(reverse ? reverse(u) : u);
    }

    /** Port of php_get_data_compare_func_unstable. */
    public static BucketCompare php_get_data_compare_func_unstable(long sortType, boolean reverse) {
        BucketCompare u = dataUnstable(sortType);
        return reverse ? reverse(u) : u;
    }

    /** Port of php_get_key_compare_func (natural key compares reverse by swapping the operands). */
    public static BucketCompare php_get_key_compare_func(long sortType, boolean reverse) {
        boolean fold = (sortType & PHP_SORT_FLAG_CASE) != 0;
        BucketCompare u = switch ((int) (sortType & ~PHP_SORT_FLAG_CASE)) {
            case PHP_SORT_NUMERIC -> ArrayCompare::keyCompareNumeric;
            case PHP_SORT_STRING -> fold ? ArrayCompare::keyCompareStringCase : ArrayCompare::keyCompareString;
            case PHP_SORT_NATURAL -> {
                if (reverse) yield stable((a, b) -> keyCompareNatural(b, a, fold));
                yield stable((a, b) -> keyCompareNatural(a, b, fold));
            }
            case PHP_SORT_LOCALE_STRING -> ArrayCompare::keyCompareLocale;
            default -> ArrayCompare::keyCompare;
        };
        if ((sortType & ~PHP_SORT_FLAG_CASE) == PHP_SORT_NATURAL) return u;
        return stable(reverse ? reverse(u) : u);
    }
}
