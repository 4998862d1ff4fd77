package jzend.ext.standard;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.ops.Arith;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;
import static jzend.zend.execute.ZendParseParameters.requiredArray;
import static jzend.zend.execute.ZendParseParameters.requiredString;

/**
 * ext/standard/formatted_print.c: sprintf, printf, vsprintf, vprintf over {@link FormattedPrint}.
 */
public final class FormattedPrintFunctions {
    private FormattedPrintFunctions() {}

    private static final String OWNER = "jzend/ext/standard/FormattedPrintFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("sprintf", OWNER, "sprintf", 1, "format", "...values"),
        new ZendFunctionEntry("printf", OWNER, "printf", 1, "format", "...values"),
        new ZendFunctionEntry("vsprintf", OWNER, "vsprintf", 2, "format", "values"),
        new ZendFunctionEntry("vprintf", OWNER, "vprintf", 2, "format", "values"),
    };

    /** The printf arguments as zvals, converted with zval_get_long/double/string. */
    static final class ZvalArgs implements FormatArgs {
        final long[] zv;
        private final NumResult scratch = new NumResult();

        ZvalArgs(long[] zv) {
            this.zv = zv;
        }

        private int t(int i) {
            return NativeMemory.getInt(zv[i] + 8) & 0xff;
        }

        @Override
        public int count() {
            return zv.length;
        }

        @Override
        public int type(int i) {
            return t(i);
        }

        @Override
        public long getLong(int i) {
            long z = zv[i];
            return switch (t(i)) {
                case ZendVm.IS_LONG -> NativeMemory.getLong(z);
                case ZendVm.IS_DOUBLE -> Arith.dvalToLval(NativeMemory.getDouble(z));
                case ZendVm.IS_TRUE -> 1;
                case ZendVm.IS_STRING -> {
                    byte[] b = ZendString.bytes(NativeMemory.getLong(z));
                    yield NumericString.toLong(b, 0, b.length, scratch);
                }
                case ZendVm.IS_ARRAY -> ZendArray.numOfElements(NativeMemory.getLong(z)) > 0 ? 1 : 0;
                case jzend.zend.execute.ZendExceptions.IS_OBJECT -> ZendVm.longOf(z); // zval_get_long: a warning, then 1
                default -> 0;
            };
        }

        @Override
        public double getDouble(int i) {
            long z = zv[i];
            return switch (t(i)) {
                case ZendVm.IS_LONG -> NativeMemory.getLong(z);
                case ZendVm.IS_DOUBLE -> NativeMemory.getDouble(z);
                case ZendVm.IS_TRUE -> 1.0;
                case ZendVm.IS_STRING -> NumericString.toDouble(ZendString.bytes(NativeMemory.getLong(z)));
                case ZendVm.IS_ARRAY -> ZendArray.numOfElements(NativeMemory.getLong(z)) > 0 ? 1.0 : 0.0;
                case jzend.zend.execute.ZendExceptions.IS_OBJECT -> {
                    long tmp = jzend.zend.alloc.LibC.malloc(16);
                    try {
                        ZendVm.cast(tmp, z, ZendVm.IS_DOUBLE); // zval_get_double: a warning, then 1.0
                        yield NativeMemory.getDouble(tmp);
                    } finally {
                        jzend.zend.alloc.LibC.free(tmp);
                    }
                }
                default -> 0.0;
            };
        }

        @Override
        public void appendString(int i, ByteBuf out) {
            long z = zv[i];
            switch (t(i)) {
                case ZendVm.IS_STRING -> out.append(ZendString.bytes(NativeMemory.getLong(z)));
                case ZendVm.IS_LONG -> out.append(NativeMemory.getLong(z));
                case ZendVm.IS_DOUBLE -> DoubleFormat.appendDouble(out, NativeMemory.getDouble(z), jzend.zend.ExecutorGlobals.precision, false);
                case ZendVm.IS_TRUE -> out.append('1');
                case ZendVm.IS_ARRAY -> {
                    Zend.zend_error(ZendErrors.E_WARNING, "Array to string conversion");
                    out.appendAscii("Array");
                }
                case jzend.zend.execute.ZendExceptions.IS_OBJECT -> {
                    // zval_get_string: __toString, or the Error of an object without one
                    long s = ZendVm.stringOfValue(z);
                    out.append(ZendString.bytes(s));
                    ZendString.release(s);
                }
                default -> { }
            }
        }
    }

    /** php_formatted_print: the formatted bytes, PHP's errors thrown as Throwables. */
    private static ByteBuf format(long ex, byte[] format, long[] args, int nbAdditional) {
        ByteBuf out = new ByteBuf(format.length + 16);
        String fn = Str.functionName(ex);
        try {
            FormattedPrint.format(out, format, 0, format.length, new ZvalArgs(args), nbAdditional,
                    (level, message) -> Zend.zend_error(level, fn + "(): " + message));
        } catch (ZendException e) {
            throw ZendError.create(e.phpClass(), e.getMessage());
        }
        return out;
    }

    /** The variadic arguments from {@code first} on. */
    private static long[] frameArgs(long ex, int first) {
        int n = Math.max(0, ZendExecuteData.numArgs(ex) - first + 1);
        long[] zv = new long[n];
        for (int i = 0; i < n; i++) zv[i] = Str.deref(arg(ex, first + i));
        return zv;
    }

    /** php_formatted_print_get_array: the values of the array argument. */
    private static long[] arrayArgs(long ex, int n) {
        long ht = requiredArray(ex, n);
        long[] zv = new long[ZendArray.numOfElements(ht)];
        int i = 0;
        for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
            zv[i++] = Str.deref(ZendHash.zend_hash_data_at(ht, p));
        }
        return zv;
    }

    /**
     * RETVAL_STR of php_formatted_print's buffer: a zend_string allocated for 240 bytes and doubled
     * as it fills, whose length is then set without shrinking it.
     */
    private static void returnString(long rv, ByteBuf out) {
        long size = 240;
        while (out.length() + 1 > size) size <<= 1;
        ZendVm.setString(rv, Str.strWithCapacity(out, size));
    }

    private static void print(long rv, ByteBuf out) {
        Zend.zend_write(out.array(), 0, out.length());
        ZendVm.setLong(rv, out.length());
    }

    /** PHP_FUNCTION(sprintf). */
    public static void sprintf(long ex, long rv) {
        byte[] f = ZendString.bytes(requiredString(ex, 1));
        returnString(rv, format(ex, f, frameArgs(ex, 2), FormattedPrint.SPRINTF));
    }

    /** PHP_FUNCTION(printf): writes the result, returns its length. */
    public static void printf(long ex, long rv) {
        byte[] f = ZendString.bytes(requiredString(ex, 1));
        print(rv, format(ex, f, frameArgs(ex, 2), FormattedPrint.SPRINTF));
    }

    /** PHP_FUNCTION(vsprintf). */
    public static void vsprintf(long ex, long rv) {
        byte[] f = ZendString.bytes(requiredString(ex, 1));
        returnString(rv, format(ex, f, arrayArgs(ex, 2), FormattedPrint.VSPRINTF));
    }

    /** PHP_FUNCTION(vprintf). */
    public static void vprintf(long ex, long rv) {
        byte[] f = ZendString.bytes(requiredString(ex, 1));
        print(rv, format(ex, f, arrayArgs(ex, 2), FormattedPrint.VSPRINTF));
    }

    static {
        // ZType and ZendVm agree on the type codes FormattedPrint checks ('*' needs IS_LONG)
        assert ZType.IS_LONG == ZendVm.IS_LONG;
    }
}
