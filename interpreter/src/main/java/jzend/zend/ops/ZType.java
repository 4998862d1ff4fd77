package jzend.zend.ops;

/** The zval type codes of Zend/zend_types.h (IS_UNDEF … IS_STRING) as used by the scalar operations here. */
public final class ZType {
    private ZType() {}

    public static final int IS_UNDEF = 0;
    public static final int IS_NULL = 1;
    public static final int IS_FALSE = 2;
    public static final int IS_TRUE = 3;
    public static final int IS_LONG = 4;
    public static final int IS_DOUBLE = 5;
    public static final int IS_STRING = 6;
    public static final int IS_ARRAY = 7;
    public static final int IS_OBJECT = 8;
}
