package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.Dtoa;
import jzend.zend.ops.ZendStrtod;

/**
 * Rounding and number formatting of ext/standard/math.c, PHP 8.2: {@code _php_math_round} with
 * its pre-rounding ({@code php_intlog10abs}, {@code php_intpow10}, {@code php_round_helper}),
 * round()/floor()/ceil(), and {@code _php_math_number_format_ex} (number_format()).
 */
public final class MathRound {
    private MathRound() {}

    public static final int PHP_ROUND_HALF_UP = 1;
    public static final int PHP_ROUND_HALF_DOWN = 2;
    public static final int PHP_ROUND_HALF_EVEN = 3;
    public static final int PHP_ROUND_HALF_ODD = 4;

    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** php_intlog10abs: (int)floor(log10(fabs(value))). */
    static int intlog10abs(double value) {
        return (int) Math.floor(Math.log10(Math.abs(value)));
    }

    /** php_intpow10: exact table for 0..22, pow(10, power) otherwise. */
    static double intpow10(int power) {
        if (power < 0 || power > 22) {
            return Math.pow(10.0, power);
        }
        return POWERS[power];
    }

    /** php_round_helper: rounds to an integer in the given mode. */
    static double roundHelper(double value, int mode) {
        double tmp;
        if (value >= 0.0) {
            tmp = Math.floor(value + 0.5);
            if ((mode == PHP_ROUND_HALF_DOWN && value == (-0.5 + tmp))
                    || (mode == PHP_ROUND_HALF_EVEN && value == (0.5 + 2 * Math.floor(tmp / 2.0)))
                    || (mode == PHP_ROUND_HALF_ODD && value == (0.5 + 2 * Math.floor(tmp / 2.0) - 1.0))) {
                tmp = tmp - 1.0;
            }
        } else {
            tmp = Math.ceil(value - 0.5);
            if ((mode == PHP_ROUND_HALF_DOWN && value == (0.5 + tmp))
                    || (mode == PHP_ROUND_HALF_EVEN && value == (-0.5 + 2 * Math.ceil(tmp / 2.0)))
                    || (mode == PHP_ROUND_HALF_ODD && value == (-0.5 + 2 * Math.ceil(tmp / 2.0) + 1.0))) {
                tmp = tmp + 1.0;
            }
        }
        return tmp;
    }

    /** {@code _php_math_round(value, places, mode)} of PHP 8.2 (with pre-rounding to 15 significant digits). */
    public static double round(double value, int places, int mode) {
        if (!Double.isFinite(value) || value == 0.0) {
            return value;
        }
        places = places < Integer.MIN_VALUE + 1 ? Integer.MIN_VALUE + 1 : places;
        int precisionPlaces = 14 - intlog10abs(value);
        double f1 = intpow10(Math.abs(places));
        double tmp;
        if (precisionPlaces > places && precisionPlaces - 15 < places) {
            int usePrecision = precisionPlaces < Integer.MIN_VALUE + 1 ? Integer.MIN_VALUE + 1 : precisionPlaces;
            double f2 = intpow10(Math.abs(usePrecision));
            tmp = usePrecision >= 0 ? value * f2 : value / f2;
            // preround the result (tmp will always be something * 1e14, thus never larger than 1e15 here)
            tmp = roundHelper(tmp, mode);
            long up = (long) places - usePrecision;
            up = Math.max(Integer.MIN_VALUE + 1, up);
            // because places < precision_places
            tmp = tmp / intpow10(Math.abs((int) up));
        } else {
            tmp = places >= 0 ? value * f1 : value / f1;
            // This value is beyond our precision, so rounding it is pointless
            if (Math.abs(tmp) >= 1e15) {
                return value;
            }
        }
        // round the temp value
        tmp = roundHelper(tmp, mode);
        // see if it makes sense to use simple division to round the value
        if (Math.abs(places) < 23) {
            if (places > 0) {
                tmp = tmp / f1;
            } else {
                tmp = tmp * f1;
            }
        } else {
            // snprintf(buf, 39, "%15fe%d", tmp_value, -places); zend_strtod(buf)
            ByteBuf b = new ByteBuf(48);
            DoubleFormat.convFp(b, (byte) 'F', tmp, 6, (byte) '.', null);
            if (tmp < 0) {
                byte[] a = b.toArray();
                b.reset().append('-').append(a);
            }
            b.append('e').append((long) -places);
            double v = ZendStrtod.strtod(b.array(), 0, Math.min(b.length(), 38), null);
            if (!Double.isFinite(v)) {
                return value;
            }
            tmp = v;
        }
        return tmp;
    }

    /** The PHP function round() for a float argument. */
    public static double round(double value, long precision, int mode) {
        int places = precision >= 0
                ? (precision > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) precision)
                : (precision < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) precision);
        return round(value, places, mode);
    }

    /** The PHP function round() for an int argument (result is a float in 8.2). */
    public static double round(long value, long precision, int mode) {
        if (precision >= 0) {
            return (double) value;
        }
        return round((double) value, precision, mode);
    }

    /**
     * {@code _php_math_number_format_ex(d, dec, dec_point, thousand_sep)}: rounds half up to
     * {@code dec} places (negative dec counts as 0), formats with "%.*F", inserts separators of any
     * byte length; a value that rounds to zero loses its minus sign.
     */
    public static void numberFormat(ByteBuf out, double d, int dec, byte[] decPoint, byte[] thousandSep) {
        boolean isNegative = false;
        if (d < 0) {
            isNegative = true;
            d = -d;
        }
        dec = Math.max(0, dec);
        d = round(d, dec, PHP_ROUND_HALF_UP);
        ByteBuf tmp = new ByteBuf(32);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            // strpprintf "%.*F" of a non-finite value ("inf"/"nan", sign already dropped), returned as is
            out.appendAscii(Double.isNaN(d) ? "nan" : "inf");
            return;
        }
        DoubleFormat.convFp(tmp, (byte) 'F', d, dec, (byte) '.', (Dtoa) null);
        if (isNegative && d == 0) {
            isNegative = false;
        }
        byte[] t = tmp.array();
        int tlen = tmp.length();
        int dp = -1;
        if (dec != 0) {
            for (int i = 0; i < tlen; i++) {
                if (t[i] == '.' || t[i] == ',') {
                    dp = i;
                    break;
                }
            }
        }
        int integerLen = dp >= 0 ? dp : tlen;
        if (isNegative) {
            out.append('-');
        }
        for (int i = 0; i < integerLen; i++) {
            out.append(t[i]);
            int remaining = integerLen - 1 - i;
            if (thousandSep != null && remaining > 0 && remaining % 3 == 0) {
                out.append(thousandSep);
            }
        }
        if (dec != 0) {
            int declen = dp >= 0 ? tlen - dp - 1 : 0;
            if (decPoint != null) {
                out.append(decPoint);
            }
            if (dp >= 0) {
                out.append(t, dp + 1, declen);
            }
            out.appendRepeat((byte) '0', dec > declen ? dec - declen : 0);
        }
    }

    public static byte[] numberFormat(double d, int dec, byte[] decPoint, byte[] thousandSep) {
        ByteBuf b = new ByteBuf(32);
        numberFormat(b, d, dec, decPoint, thousandSep);
        return b.toArray();
    }
}
