package jzend.ext.standard;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.Bucket;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Helpers shared by the array.c ports: argument checks with PHP's messages, element access by
 * position (ZEND_HASH_FOREACH_* in both packed and mixed layouts), reference counting of values
 * (Z_TRY_ADDREF, zval_add_ref), zval_get_tmp_string and php_error_docref-style warnings.
 */
final class ArrayUtil {
    private ArrayUtil() {}

    static final int IS_REFERENCE = 10;

    static int type(long zv) { return getInt(zv + 8) & 0xff; }

    /** The name of the running internal function. */
    static String functionName(long ex) {
        return ZendInternalFunctions.entry(ZendExecuteData.func(ex)).name();
    }

    /** php_error_docref(NULL, E_WARNING, …): "f(): message". */
    static void warning(long ex, String message) {
        Zend.zend_error(ZendErrors.E_WARNING, functionName(ex) + "(): " + message);
    }

    /**
     * zend_argument_type_error(n, "must be of type array, %s given") for a plain or variadic
     * argument: variadic arguments are not named in the message.
     */
    static ZendError argumentTypeError(long ex, int n, String expected, int actualType) {
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        String[] names = f.paramNames();
        String name = n <= names.length ? names[n - 1] : names[names.length - 1];
        String label = name.startsWith("...") ? "" : " ($" + f.paramName(n) + ")";
        String given = actualType == jzend.zend.execute.ZendExceptions.IS_OBJECT && n <= ZendExecuteData.numArgs(ex)
                ? ZendParseParameters.zend_zval_type_name(ZendParseParameters.arg(ex, n)) : ZendParseParameters.zendZvalTypeName(actualType);
        return ZendError.create("TypeError", f.name() + "(): Argument #" + n + label + " must be of type " + expected + ", "
                + given + " given");
    }

    /** The array of argument n, or the TypeError (variadic arguments unnamed). */
    static long arrayArg(long ex, int n) {
        long zv = ArrayCompare.deref(ZendParseParameters.arg(ex, n));
        if (type(zv) != ZendVm.IS_ARRAY) throw argumentTypeError(ex, n, "array", type(zv));
        return getLong(zv);
    }

    /** Z_PARAM_LONG_OR_NULL: {@code dflt} when absent or null. */
    static long optionalLongOrNull(long ex, int n, long dflt) {
        if (ZendExecuteData.numArgs(ex) < n) return dflt;
        if (type(ArrayCompare.deref(ZendParseParameters.arg(ex, n))) == ZendVm.IS_NULL) return dflt;
        return ZendParseParameters.requiredLong(ex, n);
    }

    /** Whether argument n was passed as null (or not passed). */
    static boolean isNullOrAbsent(long ex, int n) {
        return ZendExecuteData.numArgs(ex) < n || type(ArrayCompare.deref(ZendParseParameters.arg(ex, n))) == ZendVm.IS_NULL;
    }

    // ------------------------------------------------------------------ positions

    static int used(long ht) { return ZendArray.numUsed(ht); }

    /** The zval at a position (may be UNDEF). */
    static long val(long ht, int idx) { return ZendArray.valAt(ht, idx); }

    static boolean undef(long zv) { return Bucket.isUndef(zv); }

    /** The string key at a position (0 for an integer key). */
    static long strKey(long ht, int idx) {
        return ZendArray.isPacked(ht) ? 0 : Bucket.key(ZendArray.valAt(ht, idx));
    }

    /** The integer key at a position. */
    static long numKey(long ht, int idx) {
        return ZendArray.isPacked(ht) ? idx : Bucket.h(ZendArray.valAt(ht, idx));
    }

    // ------------------------------------------------------------------ values

    /** Z_TRY_ADDREF. */
    static void addRef(long zv) { Bucket.tryAddRef(zv); }

    /**
     * The "if (Z_ISREF_P(entry) && Z_REFCOUNT_P(entry) == 1) entry = Z_REFVAL_P(entry)" step
     * before copying an element: a reference nobody else holds is copied as its value.
     */
    static long unwrapLoneRef(long zv) {
        if (type(zv) == IS_REFERENCE) {
            long ref = getLong(zv);
            if (getInt(ref) == 1) return ref + 8;
        }
        return zv;
    }

    /** zval_add_ref: a reference nobody else holds is replaced by a copy of its value, otherwise Z_TRY_ADDREF. */
    static void zvalAddRef(long zv) {
        if (type(zv) == IS_REFERENCE) {
            long ref = getLong(zv);
            if (getInt(ref) == 1) {
                long inner = ref + 8;
                NativeMemory.putLong(zv, getLong(inner));
                NativeMemory.putInt(zv + 8, getInt(inner + 8));
                addRef(zv);
                return;
            }
        }
        addRef(zv);
    }

    /**
     * zval_get_tmp_string: a zend_string the caller releases (strings get a reference; ints,
     * floats, bools, null are converted as PHP does; arrays give the interned "Array" with the
     * "Array to string conversion" warning).
     */
    static long tmpString(long zv) {
        zv = ArrayCompare.deref(zv);
        if (type(zv) == ZendVm.IS_ARRAY) {
            Zend.zend_error(ZendErrors.E_WARNING, "Array to string conversion");
            return ZendInternedStrings.intern(ARRAY);
        }
        return ZendVm.stringOfValue(zv);
    }

    /** "Array": one of the permanent interned strings (ZSTR_KNOWN(ZEND_STR_ARRAY_CAPITALIZED)). */
    private static final byte[] ARRAY = {'A', 'r', 'r', 'a', 'y'};

    static void release(long str) { ZendString.release(str); }

    /** A scratch zval (one executor thread). */
    static final long TMP = jzend.zend.alloc.LibC.malloc(16);
    static final long TMP2 = jzend.zend.alloc.LibC.malloc(16);

    /** Appends a value with a new reference (zend_hash_next_index_insert_new after Z_TRY_ADDREF). */
    static long appendCopy(long ht, long zv) {
        addRef(zv);
        return ZendHash.zend_hash_next_index_insert_new(ht, zv);
    }
}
