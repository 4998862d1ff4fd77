package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;

/**
 * The arguments of a printf-family call as {@link FormattedPrint} reads them, so that the executor
 * can feed zvals without boxing. Each accessor applies PHP's conversion of the argument:
 * {@code zval_get_long}, {@code zval_get_double}, {@code zval_get_string}.
 */
public interface FormatArgs {
    /** Number of value arguments (the format itself excluded). */
    int count();

    /** ZType code of argument i (only IS_LONG matters: '*' width/precision require an int). */
    int type(int i);

    /** zval_get_long(arg i). */
    long getLong(int i);

    /** zval_get_double(arg i). */
    double getDouble(int i);

    /** Appends zval_get_string(arg i) to {@code out}. */
    void appendString(int i, ByteBuf out);
}
