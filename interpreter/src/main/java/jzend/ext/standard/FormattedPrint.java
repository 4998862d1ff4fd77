package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.Dtoa;
import jzend.zend.ops.ErrorSink;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;

/**
 * Port of {@code php_formatted_print} (ext/standard/formatted_print.c, PHP 8.2), the engine of
 * sprintf/printf/fprintf/vsprintf/vprintf/vfprintf.
 *
 * <p>Supports {@code %%}, specifiers {@code b c d e E f F g G h H o s u x X}, argnum {@code %1$s},
 * flags {@code - + 0 space 'c} (custom padding char), width and precision as digits or {@code *} /
 * {@code *N$} (taken from an int argument), the ignored {@code l} modifier. Errors are thrown as
 * {@link ZendException} with PHP's messages (ValueError / ArgumentCountError); the notice
 * "Requested precision of %d digits was truncated to PHP maximum of 53 digits" goes to the sink.
 * On error nothing is appended to {@code out}.
 */
public final class FormattedPrint {
    private FormattedPrint() {}

    private static final int ALIGN_LEFT = 0;
    private static final int ALIGN_RIGHT = 1;
    private static final int ADJ_WIDTH = 1;
    private static final int ADJ_PRECISION = 2;
    private static final int FLOAT_PRECISION = 6;
    private static final int MAX_FLOAT_PRECISION = 53;
    private static final int INT_MAX = Integer.MAX_VALUE;
    private static final int ARG_NUM_NEXT = -1;
    private static final int ARG_NUM_INVALID = -2;

    private static final byte[] HEXCHARS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HEXCHARS_UPPER = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** nbAdditionalParameters for sprintf/printf (the format argument). */
    public static final int SPRINTF = 1;
    /** nbAdditionalParameters for fprintf (stream and format). */
    public static final int FPRINTF = 2;
    /** nbAdditionalParameters for the v*printf family: missing arguments are a ValueError. */
    public static final int VSPRINTF = -1;

    /** Per-thread scratch state (the cursor over the format and temporary buffers). */
    private static final class State {
        byte[] f;
        int pos;
        int end;
        final ByteBuf tmp = new ByteBuf(64);
        final ByteBuf num = new ByteBuf(400);
        final Dtoa dtoa = new Dtoa();
        final NumResult nr = new NumResult();

        int at(int i) {
            return i < end ? f[i] & 0xFF : 0;
        }

        int cur() {
            return at(pos);
        }
    }

    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    /**
     * Formats {@code format[off, off+len)} with {@code args}, appending the result to {@code out}.
     *
     * @param nbAdditionalParameters {@link #SPRINTF}, {@link #FPRINTF} or {@link #VSPRINTF}: how
     *        "N arguments are required, M given" counts, or the v* ValueError
     * @param sink receives the precision-truncation notice (may be null)
     */
    public static void format(ByteBuf out, byte[] format, int off, int len, FormatArgs args,
                              int nbAdditionalParameters, ErrorSink sink) {
        State st = STATE.get();
        int start = out.length();
        try {
            run(st, out, format, off, len, args, nbAdditionalParameters, sink);
        } catch (ZendException e) {
            out.setLength(start);
            throw e;
        } finally {
            st.f = null;
        }
    }

    public static byte[] sprintf(byte[] format, FormatArgs args, ErrorSink sink) {
        ByteBuf out = new ByteBuf(Math.max(16, format.length + 16));
        format(out, format, 0, format.length, args, SPRINTF, sink);
        return out.toArray();
    }

    private static void run(State st, ByteBuf out, byte[] format, int off, int len, FormatArgs args,
                            int nbAdditional, ErrorSink sink) {
        st.f = format;
        st.pos = off;
        st.end = off + len;
        int nbArgs = args.count();
        int currarg = 0;
        int maxMissingArgnum = -1;

        while (st.pos < st.end) {
            // copy the literal run up to the next '%'
            int p = st.pos;
            while (p < st.end && format[p] != '%') {
                p++;
            }
            if (p > st.pos) {
                out.append(format, st.pos, p - st.pos);
            }
            if (p >= st.end) {
                break;
            }
            st.pos = p + 1; // skip the '%'

            if (st.cur() == '%') {
                out.append('%');
                st.pos++;
                continue;
            }
            // starting a new format specifier, reset variables
            int alignment = ALIGN_RIGHT;
            int adjusting = 0;
            byte padding = ' ';
            boolean alwaysSign = false;
            boolean expprec = false;
            int width, precision;
            int argnum;

            if (isAlpha(st.cur())) {
                width = precision = 0;
                argnum = ARG_NUM_NEXT;
            } else {
                argnum = getArgnum(st);
                if (argnum == ARG_NUM_INVALID) {
                    throw argnumError();
                }
                // modifiers
                for (;; st.pos++) {
                    int c = st.cur();
                    if (c == ' ' || c == '0') {
                        padding = (byte) c;
                    } else if (c == '-') {
                        alignment = ALIGN_LEFT;
                    } else if (c == '+') {
                        alwaysSign = true;
                    } else if (c == '\'') {
                        if (st.end - st.pos > 1) {
                            st.pos++;
                            padding = (byte) st.cur();
                        } else {
                            throw ZendException.valueError("Missing padding character");
                        }
                    } else {
                        break;
                    }
                }
                // width
                if (st.cur() == '*') {
                    st.pos++;
                    int wArgnum = getArgnum(st);
                    if (wArgnum == ARG_NUM_INVALID) {
                        throw argnumError();
                    }
                    if (wArgnum == ARG_NUM_NEXT) {
                        wArgnum = currarg++;
                    }
                    if (wArgnum >= nbArgs) {
                        maxMissingArgnum = Math.max(maxMissingArgnum, wArgnum);
                        continue;
                    }
                    if (args.type(wArgnum) != ZType.IS_LONG) {
                        throw ZendException.valueError("Width must be an integer");
                    }
                    long w = args.getLong(wArgnum);
                    if (w < 0 || w > INT_MAX) {
                        throw ZendException.valueError("Width must be greater than zero and less than " + INT_MAX);
                    }
                    width = (int) w;
                    adjusting |= ADJ_WIDTH;
                } else if (isDigit(st.cur())) {
                    if ((width = getNumber(st)) < 0) {
                        throw ZendException.valueError("Width must be greater than zero and less than " + INT_MAX);
                    }
                    adjusting |= ADJ_WIDTH;
                } else {
                    width = 0;
                }
                // precision
                if (st.cur() == '.') {
                    st.pos++;
                    if (st.cur() == '*') {
                        st.pos++;
                        int pArgnum = getArgnum(st);
                        if (pArgnum == ARG_NUM_INVALID) {
                            throw argnumError();
                        }
                        if (pArgnum == ARG_NUM_NEXT) {
                            pArgnum = currarg++;
                        }
                        if (pArgnum >= nbArgs) {
                            maxMissingArgnum = Math.max(maxMissingArgnum, pArgnum);
                            continue;
                        }
                        if (args.type(pArgnum) != ZType.IS_LONG) {
                            throw ZendException.valueError("Precision must be an integer");
                        }
                        long pr = args.getLong(pArgnum);
                        if (pr < -1 || pr > INT_MAX) {
                            throw ZendException.valueError("Precision must be between -1 and " + INT_MAX);
                        }
                        precision = (int) pr;
                        adjusting |= ADJ_PRECISION;
                        expprec = true;
                    } else if (isDigit(st.cur())) {
                        if ((precision = getNumber(st)) < 0) {
                            throw ZendException.valueError("Precision must be greater than zero and less than " + INT_MAX);
                        }
                        adjusting |= ADJ_PRECISION;
                        expprec = true;
                    } else {
                        precision = 0;
                        adjusting |= ADJ_PRECISION;
                    }
                } else {
                    precision = 0;
                }
            }

            if (st.cur() == 'l') {
                st.pos++;
            }

            if (argnum == ARG_NUM_NEXT) {
                argnum = currarg++;
            }
            if (argnum >= nbArgs) {
                maxMissingArgnum = Math.max(maxMissingArgnum, argnum);
                continue;
            }

            int spec = st.cur();
            if (expprec && precision == -1 && spec != 'g' && spec != 'G' && spec != 'h' && spec != 'H') {
                throw ZendException.valueError("Precision -1 is only supported for %g, %G, %h and %H");
            }

            switch (spec) {
                case 's': {
                    ByteBuf t = st.tmp.reset();
                    args.appendString(argnum, t);
                    appendString(out, t.array(), 0, t.length(), width, precision, padding, alignment, false, expprec, false);
                    break;
                }
                case 'd':
                    appendInt(st, out, args.getLong(argnum), width, padding, alignment, alwaysSign);
                    break;
                case 'u':
                    appendUint(st, out, args.getLong(argnum), width, padding, alignment);
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'h': case 'H':
                    appendDouble(st, out, args.getDouble(argnum), width, padding, alignment, precision,
                            adjusting, (byte) spec, alwaysSign, sink);
                    break;
                case 'c':
                    out.append((byte) args.getLong(argnum));
                    break;
                case 'o':
                    append2n(st, out, args.getLong(argnum), width, padding, alignment, 3, HEXCHARS, expprec);
                    break;
                case 'x':
                    append2n(st, out, args.getLong(argnum), width, padding, alignment, 4, HEXCHARS, expprec);
                    break;
                case 'X':
                    append2n(st, out, args.getLong(argnum), width, padding, alignment, 4, HEXCHARS_UPPER, expprec);
                    break;
                case 'b':
                    append2n(st, out, args.getLong(argnum), width, padding, alignment, 1, HEXCHARS, expprec);
                    break;
                case '%':
                    out.append('%');
                    break;
                case 0:
                    if (st.pos >= st.end) {
                        throw ZendException.valueError("Missing format specifier at end of string");
                    }
                    // fall through
                default:
                    throw ZendException.valueError("Unknown format specifier \"" + (char) spec + "\"");
            }
            st.pos++;
        }

        if (maxMissingArgnum >= 0) {
            if (nbAdditional == -1) {
                throw ZendException.valueError("The arguments array must contain " + (maxMissingArgnum + 1)
                        + " items, " + nbArgs + " given");
            }
            throw ZendException.argumentCount((maxMissingArgnum + nbAdditional + 1) + " arguments are required, "
                    + (nbArgs + nbAdditional) + " given");
        }
    }

    private static ZendException argnumError() {
        return ZendException.valueError("Argument number specifier must be greater than zero and less than " + INT_MAX);
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** php_sprintf_getnumber: ZEND_STRTOL base 10; -1 when >= INT_MAX or negative. */
    private static int getNumber(State st) {
        NumResult r = st.nr;
        long num = NumericString.strtol(st.f, st.pos, st.end, 10, r);
        st.pos = r.end;
        if (num >= INT_MAX || num < 0) {
            return -1;
        }
        return (int) num;
    }

    /** php_sprintf_get_argnum: "N$" → N - 1, ARG_NUM_NEXT when absent, ARG_NUM_INVALID when N <= 0. */
    private static int getArgnum(State st) {
        int t = st.pos;
        while (isDigit(st.at(t))) {
            t++;
        }
        if (st.at(t) != '$') {
            return ARG_NUM_NEXT;
        }
        int argnum = getNumber(st);
        if (argnum <= 0) {
            return ARG_NUM_INVALID;
        }
        st.pos++; // skip the '$'
        return argnum - 1;
    }

    /** php_sprintf_appendstring. */
    private static void appendString(ByteBuf out, byte[] add, int addOff, int len, int minWidth, int maxWidth,
                                     byte padding, int alignment, boolean neg, boolean expprec, boolean alwaysSign) {
        int copyLen = expprec ? Math.min(maxWidth, len) : len;
        int npad = (minWidth < copyLen) ? 0 : minWidth - copyLen;
        if (alignment == ALIGN_RIGHT) {
            if ((neg || alwaysSign) && padding == '0') {
                out.append(neg ? (byte) '-' : (byte) '+');
                addOff++;
                len--;
                copyLen--;
            }
            out.appendRepeat(padding, npad);
        }
        if (copyLen > 0) {
            out.append(add, addOff, copyLen);
        }
        if (alignment == ALIGN_LEFT) {
            out.appendRepeat(padding, npad);
        }
    }

    private static void appendInt(State st, ByteBuf out, long number, int width, byte padding, int alignment,
                                  boolean alwaysSign) {
        ByteBuf n = st.num.reset();
        boolean neg = number < 0;
        if (neg) {
            n.append('-');
        } else if (alwaysSign) {
            n.append('+');
        }
        n.appendUnsignedDecimal(neg ? -number : number);
        if (alignment == ALIGN_LEFT && padding == '0') {
            padding = ' ';
        }
        appendString(out, n.array(), 0, n.length(), width, 0, padding, alignment, neg, false, alwaysSign);
    }

    private static void appendUint(State st, ByteBuf out, long number, int width, byte padding, int alignment) {
        ByteBuf n = st.num.reset();
        n.appendUnsignedDecimal(number);
        if (alignment == ALIGN_LEFT && padding == '0') {
            padding = ' ';
        }
        appendString(out, n.array(), 0, n.length(), width, 0, padding, alignment, false, false, false);
    }

    private static void append2n(State st, ByteBuf out, long number, int width, byte padding, int alignment,
                                 int n, byte[] chartable, boolean expprec) {
        byte[] numbuf = st.num.reset().array();
        int andbits = (1 << n) - 1;
        int i = 64;
        long num = number;
        do {
            numbuf[--i] = chartable[(int) (num & andbits)];
            num >>>= n;
        } while (num != 0);
        appendString(out, numbuf, i, 64 - i, width, 0, padding, alignment, false, expprec, false);
    }

    private static void appendDouble(State st, ByteBuf out, double number, int width, byte padding, int alignment,
                                     int precision, int adjust, byte fmt, boolean alwaysSign, ErrorSink sink) {
        if ((adjust & ADJ_PRECISION) == 0) {
            precision = FLOAT_PRECISION;
        } else if (precision > MAX_FLOAT_PRECISION) {
            ErrorSink.report(sink, ErrorSink.E_NOTICE, "Requested precision of " + precision
                    + " digits was truncated to PHP maximum of " + MAX_FLOAT_PRECISION + " digits");
            precision = MAX_FLOAT_PRECISION;
        }
        if (Double.isNaN(number)) {
            byte[] s = {'N', 'a', 'N'};
            appendString(out, s, 0, 3, 3, 0, padding, alignment, number < 0, false, alwaysSign);
            return;
        }
        if (Double.isInfinite(number)) {
            byte[] s = {'I', 'N', 'F'};
            appendString(out, s, 0, 3, 3, 0, padding, alignment, number < 0, false, alwaysSign);
            return;
        }
        ByteBuf n = st.num.reset();
        boolean isNegative;
        switch (fmt) {
            case 'e': case 'E': case 'f': case 'F': {
                n.append('\0'); // room for the sign, as &num_buf[1]
                isNegative = DoubleFormat.convFp(n, fmt == 'f' ? (byte) 'F' : fmt, number, precision, (byte) '.', st.dtoa);
                int from = 1;
                if (isNegative) {
                    n.setByteAt(0, (byte) '-');
                    from = 0;
                } else if (alwaysSign) {
                    n.setByteAt(0, (byte) '+');
                    from = 0;
                }
                appendString(out, n.array(), from, n.length() - from, width, 0, padding, alignment, isNegative, false, alwaysSign);
                return;
            }
            default: { // g G h H
                if (precision == 0) {
                    precision = 1;
                }
                byte expChar = (fmt == 'G' || fmt == 'H') ? (byte) 'E' : (byte) 'e';
                n.append('\0');
                DoubleFormat.gcvt(n, number, precision, (byte) '.', expChar, st.dtoa);
                int from = 1;
                isNegative = false;
                if (n.byteAt(1) == '-') {
                    isNegative = true;
                } else if (alwaysSign) {
                    n.setByteAt(0, (byte) '+');
                    from = 0;
                }
                appendString(out, n.array(), from, n.length() - from, width, 0, padding, alignment, isNegative, false, alwaysSign);
            }
        }
    }
}
