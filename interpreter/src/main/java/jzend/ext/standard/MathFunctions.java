package jzend.ext.standard;

import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;
import static jzend.zend.execute.ZendParseParameters.requiredDouble;
import static jzend.zend.execute.ZendParseParameters.requiredLong;

/**
 * ext/standard/math.c (PHP 8.2): rounding, the libm wrappers, pow, the base conversions,
 * number_format; max()/min() (ext/standard/array.c) and the Mersenne Twister functions of
 * ext/random (mt_rand, rand, mt_srand, random_int).
 */
public final class MathFunctions {
    private MathFunctions() {}

    private static final String OWNER = "jzend/ext/standard/MathFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("ceil", OWNER, "ceil", 1, "num"),
        new ZendFunctionEntry("floor", OWNER, "floor", 1, "num"),
        new ZendFunctionEntry("round", OWNER, "round", 1, "num", "precision", "mode"),
        new ZendFunctionEntry("sin", OWNER, "sin", 1, "num"),
        new ZendFunctionEntry("cos", OWNER, "cos", 1, "num"),
        new ZendFunctionEntry("tan", OWNER, "tan", 1, "num"),
        new ZendFunctionEntry("asin", OWNER, "asin", 1, "num"),
        new ZendFunctionEntry("acos", OWNER, "acos", 1, "num"),
        new ZendFunctionEntry("atan", OWNER, "atan", 1, "num"),
        new ZendFunctionEntry("atanh", OWNER, "atanh", 1, "num"),
        new ZendFunctionEntry("atan2", OWNER, "atan2", 2, "y", "x"),
        new ZendFunctionEntry("sinh", OWNER, "sinh", 1, "num"),
        new ZendFunctionEntry("cosh", OWNER, "cosh", 1, "num"),
        new ZendFunctionEntry("tanh", OWNER, "tanh", 1, "num"),
        new ZendFunctionEntry("asinh", OWNER, "asinh", 1, "num"),
        new ZendFunctionEntry("acosh", OWNER, "acosh", 1, "num"),
        new ZendFunctionEntry("pi", OWNER, "pi", 0),
        new ZendFunctionEntry("pow", OWNER, "pow", 2, "num", "exponent"),
        new ZendFunctionEntry("exp", OWNER, "exp", 1, "num"),
        new ZendFunctionEntry("log", OWNER, "log", 1, "num", "base"),
        new ZendFunctionEntry("log10", OWNER, "log10", 1, "num"),
        new ZendFunctionEntry("sqrt", OWNER, "sqrt", 1, "num"),
        new ZendFunctionEntry("hypot", OWNER, "hypot", 2, "x", "y"),
        new ZendFunctionEntry("deg2rad", OWNER, "deg2rad", 1, "num"),
        new ZendFunctionEntry("rad2deg", OWNER, "rad2deg", 1, "num"),
        new ZendFunctionEntry("expm1", OWNER, "expm1", 1, "num"),
        new ZendFunctionEntry("log1p", OWNER, "log1p", 1, "num"),
        new ZendFunctionEntry("fdiv", OWNER, "fdiv", 2, "num1", "num2"),
        new ZendFunctionEntry("bindec", OWNER, "bindec", 1, "binary_string"),
        new ZendFunctionEntry("hexdec", OWNER, "hexdec", 1, "hex_string"),
        new ZendFunctionEntry("octdec", OWNER, "octdec", 1, "octal_string"),
        new ZendFunctionEntry("decbin", OWNER, "decbin", 1, "num"),
        new ZendFunctionEntry("dechex", OWNER, "dechex", 1, "num"),
        new ZendFunctionEntry("decoct", OWNER, "decoct", 1, "num"),
        new ZendFunctionEntry("base_convert", OWNER, "base_convert", 3, "num", "from_base", "to_base"),
        new ZendFunctionEntry("number_format", OWNER, "number_format", 1, "num", "decimals", "decimal_separator", "thousands_separator"),
        new ZendFunctionEntry("max", OWNER, "max", 1, "value", "...values"),
        new ZendFunctionEntry("min", OWNER, "min", 1, "value", "...values"),
        new ZendFunctionEntry("mt_rand", OWNER, "mt_rand", 0, "min", "max"),
        new ZendFunctionEntry("rand", OWNER, "rand", 0, "min", "max"),
        new ZendFunctionEntry("mt_srand", OWNER, "mt_srand", 0, "seed", "mode"),
        new ZendFunctionEntry("srand", OWNER, "mt_srand", 0, "seed", "mode"),
        new ZendFunctionEntry("mt_getrandmax", OWNER, "mt_getrandmax", 0),
        new ZendFunctionEntry("getrandmax", OWNER, "mt_getrandmax", 0),
        new ZendFunctionEntry("random_int", OWNER, "random_int", 2, "min", "max"),
        new ZendFunctionEntry("lcg_value", OWNER, "lcg_value", 0),
    };

    /** The value {@link #number} parsed (one request thread). */
    static final NumResult R = new NumResult();
    private static final ByteBuf BUF = new ByteBuf();

    /** The message prefix "name(): Argument #n ($param)". */
    static String argument(long ex, int n) {
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        String[] p = f.paramNames();
        String param = n <= p.length ? p[n - 1] : p[p.length - 1];
        return f.name() + "(): Argument #" + n + " ($" + param.replace("...", "") + ")";
    }

    static int type(long zv) {
        return NativeMemory.getInt(zv + 8) & 0xff;
    }

    /**
     * Z_PARAM_NUMBER (zend_parse_arg_number): int|float, with numeric strings and bools coerced;
     * returns IS_LONG or IS_DOUBLE with the value in {@link #R}.
     */
    static int number(long ex, int n) {
        long zv = ZendArrayOps.deref(arg(ex, n));
        int t = type(zv);
        switch (t) {
            case ZendVm.IS_LONG -> { R.lval = NativeMemory.getLong(zv); return ZType.IS_LONG; }
            case ZendVm.IS_DOUBLE -> { R.dval = NativeMemory.getDouble(zv); return ZType.IS_DOUBLE; }
            default -> {
                if (ZendParseParameters.strict(ex)) {
                    throw ZendError.create("TypeError", argument(ex, n) + " must be of type int|float, "
                            + ZendParseParameters.zend_zval_type_name(zv) + " given");
                }
            }
        }
        switch (t) {
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> { R.lval = t == ZendVm.IS_TRUE ? 1 : 0; return ZType.IS_LONG; }
            case ZendVm.IS_NULL -> {
                ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
                jzend.zend.Zend.zend_error(ZendErrors.E_DEPRECATED, f.name() + "(): Passing null to parameter #" + n + " ($"
                        + f.paramNames()[n - 1].replace("...", "") + ") of type int|float is deprecated");
                R.lval = 0;
                return ZType.IS_LONG;
            }
            case ZendVm.IS_STRING -> {
                byte[] b = ZendString.bytes(NativeMemory.getLong(zv));
                int nt = NumericString.isNumericStringEx(b, 0, b.length, R, false);
                if (nt == ZType.IS_LONG || nt == ZType.IS_DOUBLE) return nt;
            }
            default -> { }
        }
        throw ZendError.create("TypeError", argument(ex, n) + " must be of type int|float, "
                + ZendParseParameters.zend_zval_type_name(zv) + " given");
    }

    private static ZendError rethrow(ZendException e) {
        return ZendError.create(e.phpClass(), e.getMessage());
    }

    /** PHP_FUNCTION(ceil). */
    public static void ceil(long ex, long rv) {
        ZendVm.setDouble(rv, number(ex, 1) == ZType.IS_LONG ? (double) R.lval : Math.ceil(R.dval));
    }

    /** PHP_FUNCTION(floor). */
    public static void floor(long ex, long rv) {
        ZendVm.setDouble(rv, number(ex, 1) == ZType.IS_LONG ? (double) R.lval : Math.floor(R.dval));
    }

    /** PHP_FUNCTION(round): _php_math_round with 8.2's pre-rounding; ints with precision >= 0 are only converted. */
    public static void round(long ex, long rv) {
        int t = number(ex, 1);
        long lval = R.lval;
        double dval = R.dval;
        long places = ZendParseParameters.optionalLong(ex, 2, 0);
        int mode = (int) ZendParseParameters.optionalLong(ex, 3, MathRound.PHP_ROUND_HALF_UP);
        ZendVm.setDouble(rv, t == ZType.IS_LONG ? MathRound.round(lval, places, mode) : MathRound.round(dval, places, mode));
    }

    public static void sin(long ex, long rv) { ZendVm.setDouble(rv, Math.sin(requiredDouble(ex, 1))); }
    public static void cos(long ex, long rv) { ZendVm.setDouble(rv, Math.cos(requiredDouble(ex, 1))); }
    public static void tan(long ex, long rv) { ZendVm.setDouble(rv, Math.tan(requiredDouble(ex, 1))); }
    public static void asin(long ex, long rv) { ZendVm.setDouble(rv, Math.asin(requiredDouble(ex, 1))); }
    public static void acos(long ex, long rv) { ZendVm.setDouble(rv, Math.acos(requiredDouble(ex, 1))); }
    public static void atan(long ex, long rv) { ZendVm.setDouble(rv, Math.atan(requiredDouble(ex, 1))); }
    public static void sinh(long ex, long rv) { ZendVm.setDouble(rv, Math.sinh(requiredDouble(ex, 1))); }
    public static void cosh(long ex, long rv) { ZendVm.setDouble(rv, Math.cosh(requiredDouble(ex, 1))); }
    public static void tanh(long ex, long rv) { ZendVm.setDouble(rv, Math.tanh(requiredDouble(ex, 1))); }
    public static void exp(long ex, long rv) { ZendVm.setDouble(rv, Math.exp(requiredDouble(ex, 1))); }
    public static void log10(long ex, long rv) { ZendVm.setDouble(rv, Math.log10(requiredDouble(ex, 1))); }
    public static void sqrt(long ex, long rv) { ZendVm.setDouble(rv, Math.sqrt(requiredDouble(ex, 1))); }
    public static void expm1(long ex, long rv) { ZendVm.setDouble(rv, Math.expm1(requiredDouble(ex, 1))); }
    public static void log1p(long ex, long rv) { ZendVm.setDouble(rv, Math.log1p(requiredDouble(ex, 1))); }
    public static void pi(long ex, long rv) { ZendVm.setDouble(rv, Math.PI); }

    /** PHP_FUNCTION(atan2). */
    public static void atan2(long ex, long rv) {
        ZendVm.setDouble(rv, Math.atan2(requiredDouble(ex, 1), requiredDouble(ex, 2)));
    }

    /** PHP_FUNCTION(asinh): asinh(x) = sign(x) * log(|x| + sqrt(x*x + 1)), accurate near 0 via log1p. */
    public static void asinh(long ex, long rv) {
        double x = requiredDouble(ex, 1), a = Math.abs(x), r;
        if (a > 1e8) r = Math.log(a) + Math.log(2);
        else r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        ZendVm.setDouble(rv, x < 0 ? -r : r);
    }

    /** PHP_FUNCTION(acosh). */
    public static void acosh(long ex, long rv) {
        double x = requiredDouble(ex, 1);
        double r = x < 1 ? Double.NaN : x > 1e8 ? Math.log(x) + Math.log(2)
                : Math.log(x + Math.sqrt(x * x - 1));
        ZendVm.setDouble(rv, r);
    }

    /** PHP_FUNCTION(atanh). */
    public static void atanh(long ex, long rv) {
        double x = requiredDouble(ex, 1);
        ZendVm.setDouble(rv, 0.5 * Math.log1p(2 * x / (1 - x)));
    }

    /** PHP_FUNCTION(hypot). */
    public static void hypot(long ex, long rv) {
        ZendVm.setDouble(rv, Math.hypot(requiredDouble(ex, 1), requiredDouble(ex, 2)));
    }

    /** PHP_FUNCTION(deg2rad): (deg / 180.0) * M_PI. */
    public static void deg2rad(long ex, long rv) {
        ZendVm.setDouble(rv, (requiredDouble(ex, 1) / 180.0) * Math.PI);
    }

    /** PHP_FUNCTION(rad2deg): (rad / M_PI) * 180. */
    public static void rad2deg(long ex, long rv) {
        ZendVm.setDouble(rv, (requiredDouble(ex, 1) / Math.PI) * 180.0);
    }

    /** PHP_FUNCTION(fdiv): IEEE division (no DivisionByZeroError). */
    public static void fdiv(long ex, long rv) {
        ZendVm.setDouble(rv, requiredDouble(ex, 1) / requiredDouble(ex, 2));
    }

    /** PHP_FUNCTION(log): natural log, or with a base (ValueError when base <= 0, NAN for base 1). */
    public static void log(long ex, long rv) {
        double num = requiredDouble(ex, 1);
        if (ZendExecuteData.numArgs(ex) < 2) {
            ZendVm.setDouble(rv, Math.log(num));
            return;
        }
        double base = requiredDouble(ex, 2);
        if (base == 2.0) {
            ZendVm.setDouble(rv, log2(num));
            return;
        }
        if (base == 10.0) {
            ZendVm.setDouble(rv, Math.log10(num));
            return;
        }
        if (base == 1.0) {
            ZendVm.setDouble(rv, Double.NaN);
            return;
        }
        if (base <= 0.0) {
            throw ZendError.create("ValueError", argument(ex, 2) + " must be greater than 0");
        }
        ZendVm.setDouble(rv, Math.log(num) / Math.log(base));
    }

    /** log2(3): exact for powers of two. */
    static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
                return Math.getExponent(x);
            }
        }
        return Math.log(x) / Math.log(2.0);
    }

    /** PHP_FUNCTION(pow): pow_function, the ** operator. */
    public static void pow(long ex, long rv) {
        ZendVm.binaryOp(12, rv, ZendArrayOps.deref(arg(ex, 1)), ZendArrayOps.deref(arg(ex, 2)));
    }

    /** _php_math_basetozval of bindec/hexdec/octdec. */
    private static void baseToZval(long ex, long rv, int base) {
        byte[] s = ZendString.bytes(ZendParseParameters.requiredString(ex, 1));
        if (BaseConvert.baseToNumber(s, 0, s.length, base, R, jzend.zend.Zend::zend_error) == ZType.IS_DOUBLE) {
            ZendVm.setDouble(rv, R.dval);
        } else {
            ZendVm.setLong(rv, R.lval);
        }
    }

    public static void bindec(long ex, long rv) { baseToZval(ex, rv, 2); }
    public static void hexdec(long ex, long rv) { baseToZval(ex, rv, 16); }
    public static void octdec(long ex, long rv) { baseToZval(ex, rv, 8); }

    /** _php_math_longtobase_pwr2 of decbin/dechex/decoct: one zend_string of the digits. */
    private static void longToBase(long ex, long rv, int base) {
        long v = requiredLong(ex, 1);
        BUF.reset();
        BaseConvert.longToBase(BUF, v, base);
        // zend_string_init: even one digit is a new string
        ZendVm.setString(rv, ZendString.init(BUF.array(), 0, BUF.length(), false));
    }

    public static void decbin(long ex, long rv) { longToBase(ex, rv, 2); }
    public static void dechex(long ex, long rv) { longToBase(ex, rv, 16); }
    public static void decoct(long ex, long rv) { longToBase(ex, rv, 8); }

    /** PHP_FUNCTION(base_convert). */
    public static void base_convert(long ex, long rv) {
        byte[] s = ZendString.bytes(ZendParseParameters.requiredString(ex, 1));
        long from = requiredLong(ex, 2), to = requiredLong(ex, 3);
        BUF.reset();
        try {
            BaseConvert.baseConvert(BUF, s, (int) Math.max(Math.min(from, 99), -99),
                    (int) Math.max(Math.min(to, 99), -99), jzend.zend.Zend::zend_error);
        } catch (ZendException e) {
            throw rethrow(e);
        }
        ZendVm.setString(rv, ZendString.init(BUF.array(), 0, BUF.length(), false));
    }

    /** The separator argument n of number_format: null keeps the default. */
    private static byte[] separator(long ex, int n, byte[] dflt) {
        if (ZendExecuteData.numArgs(ex) < n) return dflt;
        long zv = ZendArrayOps.deref(arg(ex, n));
        if (type(zv) == ZendVm.IS_NULL) return dflt;
        return ZendString.bytes(ZendParseParameters.requiredString(ex, n));
    }

    private static final byte[] DOT = {'.'}, COMMA = {','};

    /** PHP_FUNCTION(number_format): _php_math_number_format_ex. */
    public static void number_format(long ex, long rv) {
        double num = requiredDouble(ex, 1);
        long dec = ZendParseParameters.optionalLong(ex, 2, 0);
        byte[] decPoint = separator(ex, 3, DOT);
        byte[] thousandSep = separator(ex, 4, COMMA);
        int d = dec > Integer.MAX_VALUE ? Integer.MAX_VALUE : dec < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) dec;
        BUF.reset();
        MathRound.numberFormat(BUF, num, d, decPoint, thousandSep);
        ZendVm.setString(rv, ZendString.init(BUF.array(), 0, BUF.length(), false));
    }

    // ------------------------------------------------------------------ max / min

    private static final long CMP = jzend.zend.alloc.LibC.malloc(16);

    /** zend_compare for any pair of values (arrays: zend_compare_arrays; objects: their compare handler; uncomparable = 1). */
    static int compare(long a, long b) {
        ZendVm.spaceship(CMP, a, b);
        return (int) NativeMemory.getLong(CMP);
    }

    /** ZVAL_COPY_DEREF into the return value. */
    static void copyTo(long rv, long zv) {
        zv = ZendArrayOps.deref(zv);
        NativeMemory.copy(zv, rv, 12); // value and type_info, not u2 (a bucket's next)
        int t = NativeMemory.getInt(zv + 8);
        if ((t & 0x100) != 0) {
            long c = NativeMemory.getLong(zv);
            NativeMemory.putInt(c, NativeMemory.getInt(c) + 1);
        }
    }

    /** PHP_FUNCTION(max) and PHP_FUNCTION(min). */
    private static void minmax(long ex, long rv, boolean max) {
        int n = ZendExecuteData.numArgs(ex);
        String name = max ? "max" : "min";
        if (n == 1) {
            long zv = ZendArrayOps.deref(arg(ex, 1));
            if (type(zv) != ZendVm.IS_ARRAY) {
                throw ZendError.create("TypeError", name + "(): Argument #1 ($value) must be of type array, "
                        + ZendParseParameters.zend_zval_type_name(zv) + " given");
            }
            long ht = NativeMemory.getLong(zv);
            int p = ZendHash.zend_hash_first_pos(ht);
            if (p >= ZendArray.numUsed(ht)) {
                throw ZendError.create("ValueError", name + "(): Argument #1 ($value) must contain at least one element");
            }
            long best = ZendHash.zend_hash_data_at(ht, p);
            for (p = ZendHash.zend_hash_next_pos(ht, p); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                long v = ZendHash.zend_hash_data_at(ht, p);
                if (max ? compare(best, v) < 0 : compare(best, v) > 0) best = v;
            }
            copyTo(rv, best);
            return;
        }
        long best = arg(ex, 1);
        for (int i = 2; i <= n; i++) {
            long v = arg(ex, i);
            if (max ? compare(v, best) > 0 : compare(v, best) < 0) best = v;
        }
        copyTo(rv, best);
    }

    public static void max(long ex, long rv) { minmax(ex, rv, true); }
    public static void min(long ex, long rv) { minmax(ex, rv, false); }

    // ------------------------------------------------------------------ random

    /** PHP_RINIT of ext/random: every request starts unseeded (seeded on first use). */
    static void requestStartup() {
        ArrayRandom.mt = new MtRand();
    }

    /** PHP_FUNCTION(mt_rand): the next value >> 1, or uniform in [min, max]. */
    public static void mt_rand(long ex, long rv) {
        int n = ZendExecuteData.numArgs(ex);
        if (n == 0) {
            ZendVm.setLong(rv, ArrayRandom.mt.mtRand());
            return;
        }
        if (n != 2) {
            throw ZendError.create("ArgumentCountError", name(ex) + "() expects exactly 2 arguments, " + n + " given");
        }
        long min = requiredLong(ex, 1), max = requiredLong(ex, 2);
        if (max < min) {
            throw ZendError.create("ValueError", argument(ex, 2) + " must be greater than or equal to argument #1 ($min)");
        }
        try {
            ZendVm.setLong(rv, ArrayRandom.mt.common(min, max));
        } catch (ZendException e) {
            throw rethrow(e);
        }
    }

    private static String name(long ex) {
        return ZendInternalFunctions.entry(ZendExecuteData.func(ex)).name();
    }

    /** PHP_FUNCTION(rand): mt_rand with reversed bounds swapped. */
    public static void rand(long ex, long rv) {
        int n = ZendExecuteData.numArgs(ex);
        if (n == 0) {
            ZendVm.setLong(rv, ArrayRandom.mt.mtRand());
            return;
        }
        if (n != 2) {
            throw ZendError.create("ArgumentCountError", "rand() expects exactly 2 arguments, " + n + " given");
        }
        long min = requiredLong(ex, 1), max = requiredLong(ex, 2);
        try {
            ZendVm.setLong(rv, ArrayRandom.mt.rand(min, max));
        } catch (ZendException e) {
            throw rethrow(e);
        }
    }

    /** PHP_FUNCTION(mt_srand): a given seed (any mode but MT_RAND_PHP is MT19937), or a random one. */
    public static void mt_srand(long ex, long rv) {
        long seed = ZendExecuteData.numArgs(ex) >= 1 ? requiredLong(ex, 1) : new java.security.SecureRandom().nextInt();
        long mode = ZendParseParameters.optionalLong(ex, 2, MtRand.MT_RAND_MT19937);
        ArrayRandom.mt.seed(seed, mode == MtRand.MT_RAND_PHP ? MtRand.MT_RAND_PHP : MtRand.MT_RAND_MT19937);
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(mt_getrandmax). */
    public static void mt_getrandmax(long ex, long rv) {
        ZendVm.setLong(rv, MtRand.PHP_MT_RAND_MAX);
    }

    private static java.security.SecureRandom secure;

    /** PHP_FUNCTION(random_int): CSPRNG, uniform in [min, max]. */
    public static void random_int(long ex, long rv) {
        long min = requiredLong(ex, 1), max = requiredLong(ex, 2);
        if (min > max) {
            throw ZendError.create("ValueError", argument(ex, 1) + " must be less than or equal to argument #2 ($max)");
        }
        if (secure == null) secure = new java.security.SecureRandom();
        long umax = max - min;
        long r;
        if (umax == -1L) {
            r = secure.nextLong();
        } else {
            long bound = umax + 1;
            if (bound > 0) {
                r = secure.nextLong(bound);
            } else {
                // a range wider than Long.MAX_VALUE: rejection sampling on unsigned values
                do {
                    r = secure.nextLong();
                } while (Long.compareUnsigned(r, umax) > 0);
            }
        }
        ZendVm.setLong(rv, min + r);
    }

    /** PHP_FUNCTION(lcg_value): a float in (0, 1). */
    public static void lcg_value(long ex, long rv) {
        if (secure == null) secure = new java.security.SecureRandom();
        double d;
        do {
            d = secure.nextDouble();
        } while (d == 0.0);
        ZendVm.setDouble(rv, d);
    }
}
