package jzend.zend.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Digit generation of {@code zend_dtoa} (Zend/zend_strtod.c, David Gay's dtoa) for finite doubles:
 * mode 0 (shortest round-trip digits, closest to the value), mode 2 ({@code ndigits} significant
 * digits, correctly rounded, ties to even) and mode 3 ({@code ndigits} digits after the decimal
 * point). As in dtoa, trailing zeros are suppressed; the value is {@code 0.d1d2... * 10^decpt}.
 * A Dtoa instance is a reusable result holder (digits, decpt, sign); not thread-safe.
 */
public final class Dtoa {
    /** ASCII digits, {@link #ndigits} of them. */
    public byte[] digits = new byte[32];
    public int ndigits;
    /** Decimal point position (dtoa's decpt): value = 0.digits * 10^decpt. */
    public int decpt;
    /** Sign bit of the value (true for -0.0 too). */
    public boolean sign;

    private void setDigits(CharSequence cs, int from, int to) {
        int n = to - from;
        if (digits.length < n) {
            digits = Arrays.copyOf(digits, Math.max(n, digits.length * 2));
        }
        for (int i = 0; i < n; i++) {
            digits[i] = (byte) cs.charAt(from + i);
        }
        ndigits = n;
    }

    private void stripTrailingZeros() {
        while (ndigits > 1 && digits[ndigits - 1] == '0') {
            ndigits--;
        }
    }

    private boolean zeroCase(double v) {
        sign = (Double.doubleToRawLongBits(v) < 0);
        if (v == 0.0) {
            digits[0] = '0';
            ndigits = 1;
            decpt = 1;
            return true;
        }
        return false;
    }

    /** Mode 0: the shortest digit string that reads back as {@code v} (closest one if several). */
    public Dtoa mode0(double v) {
        if (zeroCase(v)) {
            return this;
        }
        double a = Math.abs(v);
        if (a < 9007199254740992.0 && a == Math.rint(a)) {
            setLong((long) a);
            return this;
        }
        shortestFromJava(a);
        if (ndigits == 2) {
            fixTwoDigitShortest(a);
        }
        return this;
    }

    private void setLong(long x) {
        // x > 0
        int n = 0;
        long t = x;
        while (t > 0) {
            n++;
            t /= 10;
        }
        if (digits.length < n) {
            digits = Arrays.copyOf(digits, n);
        }
        t = x;
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = (byte) ('0' + (t % 10));
            t /= 10;
        }
        ndigits = n;
        decpt = n;
        stripTrailingZeros();
    }

    /** Double.toString (JDK 19+: shortest, Raffaello Giulietti's algorithm) parsed into digits/decpt. */
    private void shortestFromJava(double a) {
        String s = Double.toString(a);
        int len = s.length();
        int ePos = s.indexOf('E');
        int mEnd = ePos < 0 ? len : ePos;
        int exp = ePos < 0 ? 0 : Integer.parseInt(s, ePos + 1, len, 10);
        if (digits.length < mEnd) {
            digits = Arrays.copyOf(digits, mEnd + 8);
        }
        int n = 0;
        int intDigits = 0;
        boolean seenDot = false;
        boolean leading = true;
        int leadingZerosAfterDot = 0;
        for (int i = 0; i < mEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                seenDot = true;
                continue;
            }
            if (leading && c == '0') {
                if (seenDot) {
                    leadingZerosAfterDot++;
                }
                continue;
            }
            if (leading) {
                leading = false;
            }
            digits[n++] = (byte) c;
            if (!seenDot) {
                intDigits++;
            }
        }
        ndigits = n;
        decpt = (intDigits > 0 ? intDigits : -leadingZerosAfterDot) + exp;
        stripTrailingZeros();
    }

    /**
     * Java's shortest algorithm, when one digit would do, may print two digits closer to the value
     * (e.g. 4.9E-324); dtoa prints the one-digit string. Try the one-digit candidates.
     */
    private void fixTwoDigitShortest(double a) {
        int d1 = digits[0] - '0';
        int dec = decpt;
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = null;
        int bestDigit = 0;
        int bestDecpt = 0;
        for (int k = 0; k < 2; k++) {
            int cand = d1 + k;
            int cdec = dec;
            if (cand == 10) {
                cand = 1;
                cdec = dec + 1;
            }
            if (cand == 0) {
                continue;
            }
            BigDecimal cv = BigDecimal.valueOf(cand).scaleByPowerOfTen(cdec - 1);
            if (cv.doubleValue() != a) {
                continue;
            }
            BigDecimal dist = cv.subtract(exact).abs();
            if (best == null || dist.compareTo(best) < 0) {
                best = dist;
                bestDigit = cand;
                bestDecpt = cdec;
            }
        }
        if (best != null) {
            digits[0] = (byte) ('0' + bestDigit);
            ndigits = 1;
            decpt = bestDecpt;
        }
    }

    /** Mode 2: {@code nd} (>= 1) significant digits, correctly rounded (ties to even). */
    public Dtoa mode2(double v, int nd) {
        if (zeroCase(v)) {
            return this;
        }
        if (nd < 1) {
            nd = 1;
        }
        double a = Math.abs(v);
        if (nd <= 15 && a >= Double.MIN_NORMAL) {
            // shortest digits decide unless they sit exactly on a rounding tie (see class notes)
            if (a < 9007199254740992.0 && a == Math.rint(a)) {
                setLong((long) a);
            } else {
                shortestFromJava(a);
                if (ndigits == 2) {
                    fixTwoDigitShortest(a);
                }
            }
            if (ndigits <= nd) {
                return this;
            }
            if (!(ndigits == nd + 1 && digits[nd] == '5')) {
                roundDigitsHalfUp(nd);
                return this;
            }
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(nd, RoundingMode.HALF_EVEN));
        fromBigDecimal(bd);
        return this;
    }

    /** Rounds the held digit string to {@code nd} digits: the dropped part is known not to be a tie. */
    private void roundDigitsHalfUp(int nd) {
        boolean up = digits[nd] >= '5';
        ndigits = nd;
        if (up) {
            int i = nd - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                ndigits = 1;
                decpt++;
                return;
            }
            digits[i]++;
            ndigits = i + 1;
        }
        stripTrailingZeros();
    }

    /**
     * Mode 3: digits up to {@code nd} places after the decimal point (nd may be negative: rounding
     * left of the point). When the value rounds to zero there are no digits and decpt = -nd.
     */
    public Dtoa mode3(double v, int nd) {
        if (zeroCase(v)) {
            return this;
        }
        BigDecimal bd = new BigDecimal(Math.abs(v)).setScale(nd, RoundingMode.HALF_EVEN);
        if (bd.signum() == 0) {
            ndigits = 0;
            decpt = -nd;
            return this;
        }
        fromBigDecimal(bd);
        return this;
    }

    private void fromBigDecimal(BigDecimal bd) {
        String u = bd.unscaledValue().toString();
        int scale = bd.scale();
        setDigits(u, 0, u.length());
        decpt = u.length() - scale;
        stripTrailingZeros();
    }
}
