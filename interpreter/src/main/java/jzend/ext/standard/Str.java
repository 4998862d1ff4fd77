package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.requiredLong;
import static jzend.zend.execute.ZendParseParameters.requiredString;
import static jzend.zend.execute.ZendParseParameters.valueError;

/**
 * ext/standard/string.c: string functions, allocating their results as PHP does.
 */
public final class Str {
    private Str() {}

    private static final String OWNER = "jzend/ext/standard/Str";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("strlen", OWNER, "strlen", 1, "string"),
        new ZendFunctionEntry("str_repeat", OWNER, "str_repeat", 2, "string", "times"),
    };

    /** ZEND_FUNCTION(strlen) (Zend/zend_builtin_functions.c; the compiler's ZEND_STRLEN does the same). */
    public static void strlen(long ex, long rv) {
        ZendVm.setLong(rv, ZendString.len(requiredString(ex, 1)));
    }

    /** PHP_FUNCTION(str_repeat): one zend_string_safe_alloc(len, times, 0) of the final length. */
    public static void str_repeat(long ex, long rv) {
        long input = requiredString(ex, 1);
        long times = requiredLong(ex, 2);
        if (times < 0) throw valueError(ex, 2, "must be greater than or equal to 0");
        long len = ZendString.len(input);
        if (len == 0 || times == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        long result = ZendString.safeAlloc(len, times, 0, false);
        long dst = ZendString.val(result), src = ZendString.val(input);
        if (len == 1) {
            NativeMemory.fill(dst, times, NativeMemory.getByte(src));
        } else {
            NativeMemory.copy(src, dst, len);
            long done = len, total = len * times;
            while (done < total) { // doubling copies, as php_repeat does
                long n = Math.min(done, total - done);
                NativeMemory.copy(dst, dst + done, n);
                done += n;
            }
        }
        ZendVm.setString(rv, result);
    }
}
