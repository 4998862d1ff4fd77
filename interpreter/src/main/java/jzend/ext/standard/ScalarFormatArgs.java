package jzend.ext.standard;

import java.nio.charset.StandardCharsets;
import jzend.zend.ops.Arith;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;

/**
 * {@link FormatArgs} over boxed Java values standing for PHP scalars: {@code null}, {@link Boolean},
 * {@link Long}/{@link Integer}, {@link Double}, {@code byte[]} (a PHP string) or {@link String}
 * (Latin-1 bytes). Conversions follow PHP 8.2 (precision 14 for float-to-string). For tests and
 * simple callers; the executor implements FormatArgs over its zvals.
 */
public final class ScalarFormatArgs implements FormatArgs {
    private final Object[] args;
    private final NumResult scratch = new NumResult();
    private final int precision;

    public ScalarFormatArgs(Object... args) {
        this(DoubleFormat.DEFAULT_PRECISION, args);
    }

    public ScalarFormatArgs(int precision, Object... args) {
        this.args = args;
        this.precision = precision;
    }

    private static byte[] bytes(Object o) {
        return o instanceof byte[] b ? b : ((String) o).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public int count() {
        return args.length;
    }

    @Override
    public int type(int i) {
        Object o = args[i];
        if (o == null) {
            return ZType.IS_NULL;
        } else if (o instanceof Boolean b) {
            return b ? ZType.IS_TRUE : ZType.IS_FALSE;
        } else if (o instanceof Long || o instanceof Integer) {
            return ZType.IS_LONG;
        } else if (o instanceof Double) {
            return ZType.IS_DOUBLE;
        }
        return ZType.IS_STRING;
    }

    @Override
    public long getLong(int i) {
        Object o = args[i];
        if (o == null) {
            return 0;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Long || o instanceof Integer) {
            return ((Number) o).longValue();
        } else if (o instanceof Double d) {
            return Arith.dvalToLval(d);
        }
        byte[] s = bytes(o);
        return NumericString.toLong(s, 0, s.length, scratch);
    }

    @Override
    public double getDouble(int i) {
        Object o = args[i];
        if (o == null) {
            return 0.0;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (o instanceof Long || o instanceof Integer) {
            return ((Number) o).doubleValue();
        } else if (o instanceof Double d) {
            return d;
        }
        return NumericString.toDouble(bytes(o));
    }

    @Override
    public void appendString(int i, ByteBuf out) {
        Object o = args[i];
        if (o == null) {
            return;
        } else if (o instanceof Boolean b) {
            if (b) {
                out.append('1');
            }
        } else if (o instanceof Long || o instanceof Integer) {
            out.append(((Number) o).longValue());
        } else if (o instanceof Double d) {
            DoubleFormat.appendForEcho(out, d, precision);
        } else {
            out.append(bytes(o));
        }
    }
}
