package jzend.zend.ops;

/**
 * Reusable out-parameter of the numeric parsers and overflowing arithmetic (the zend_long / double
 * pointers of the C functions): after a call, {@link #lval} or {@link #dval} holds the value matching
 * the returned type code. Not thread-safe; keep one per executor thread.
 */
public final class NumResult {
    /** Value when the returned type is {@link ZType#IS_LONG}. */
    public long lval;
    /** Value when the returned type is {@link ZType#IS_DOUBLE}. */
    public double dval;
    /** oflow_info of _is_numeric_string_ex: 1 / -1 when an integer string overflowed up / down, else 0. */
    public int oflow;
    /** trailing_data of _is_numeric_string_ex: the string was only leading-numeric ("123abc"). */
    public boolean trailingData;
    /** End offset of the parsed text (strtod / strtol style end pointer), where documented. */
    public int end;

    public NumResult clear() {
        lval = 0;
        dval = 0.0;
        oflow = 0;
        trailingData = false;
        end = 0;
        return this;
    }
}
