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
        new ZendFunctionEntry("implode", OWNER, "implode", 1, "separator", "array"),
        new ZendFunctionEntry("join", OWNER, "implode", 1, "separator", "array"),
        new ZendFunctionEntry("chr", OWNER, "chr", 1, "codepoint"),
        new ZendFunctionEntry("ord", OWNER, "ord", 1, "character"),
        new ZendFunctionEntry("strtoupper", OWNER, "strtoupper", 1, "string"),
        new ZendFunctionEntry("strtolower", OWNER, "strtolower", 1, "string"),
        new ZendFunctionEntry("substr", OWNER, "substr", 2, "string", "offset", "length"),
    };

    /** The bytes of a zend_string argument. */
    private static byte[] bytes(long ex, int n) {
        return ZendString.bytes(requiredString(ex, n));
    }

    /** PHP_FUNCTION(implode): implode(separator, array) or implode(array); the result sized first. */
    public static void implode(long ex, long rv) {
        long a1 = jzend.zend.execute.ZendArrayOps.deref(jzend.zend.execute.ZendParseParameters.arg(ex, 1));
        boolean oneArg = jzend.zend.execute.ZendExecuteData.numArgs(ex) == 1;
        long ht;
        byte[] sep;
        if (oneArg) {
            if ((NativeMemory.getInt(a1 + 8) & 0xff) != ZendVm.IS_ARRAY) {
                throw jzend.zend.execute.ZendError.create("TypeError", "implode(): Argument #1 ($pieces) must be of type array, "
                        + jzend.zend.execute.ZendParseParameters.zendZvalTypeName(NativeMemory.getInt(a1 + 8) & 0xff) + " given");
            }
            ht = NativeMemory.getLong(a1);
            sep = new byte[0];
        } else {
            sep = bytes(ex, 1);
            long a2 = jzend.zend.execute.ZendArrayOps.deref(jzend.zend.execute.ZendParseParameters.arg(ex, 2));
            int t2 = NativeMemory.getInt(a2 + 8) & 0xff;
            if (t2 != ZendVm.IS_ARRAY) {
                throw jzend.zend.execute.ZendError.create("TypeError", "implode(): Argument #2 ($array) must be of type ?array, "
                        + jzend.zend.execute.ZendParseParameters.zendZvalTypeName(t2) + " given");
            }
            ht = NativeMemory.getLong(a2);
        }
        jzend.zend.ops.ByteBuf out = new jzend.zend.ops.ByteBuf();
        boolean firstItem = true;
        for (int p = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); p < jzend.zend.hash.ZendArray.numUsed(ht);
             p = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, p)) {
            if (!firstItem) out.append(sep, 0, sep.length);
            firstItem = false;
            long v = jzend.zend.hash.ZendHash.zend_hash_data_at(ht, p);
            long s = jzend.zend.execute.ZendVm.stringOfValue(v);
            byte[] b = ZendString.bytes(s);
            ZendString.release(s);
            out.append(b, 0, b.length);
        }
        if (out.length() == 0) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else ZendVm.setString(rv, ZendString.init(out.array(), 0, out.length(), false));
    }

    /** PHP_FUNCTION(chr): the byte codepoint mod 256, an interned one-char string. */
    public static void chr(long ex, long rv) {
        ZendVm.setString(rv, ZendInternedStrings.oneChar((int) (requiredLong(ex, 1) & 0xff)));
    }

    /** PHP_FUNCTION(ord): the first byte (0 for ""). */
    public static void ord(long ex, long rv) {
        long s = requiredString(ex, 1);
        ZendVm.setLong(rv, ZendString.len(s) == 0 ? 0 : NativeMemory.getByte(ZendString.val(s)) & 0xff);
    }

    /** php_strtoupper/lower: ASCII only, as PHP 8 does; the same string when nothing changes. */
    private static void caseMap(long ex, long rv, boolean upper) {
        long s = requiredString(ex, 1);
        byte[] b = ZendString.bytes(s);
        boolean changed = false;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) {
                b[i] = (byte) (upper ? c - 32 : c + 32);
                changed = true;
            }
        }
        ZendVm.setString(rv, changed ? ZendString.init(b, false) : ZendString.copy(s));
    }

    public static void strtoupper(long ex, long rv) { caseMap(ex, rv, true); }

    public static void strtolower(long ex, long rv) { caseMap(ex, rv, false); }

    /** PHP_FUNCTION(substr) with PHP 8's clamping (never false). */
    public static void substr(long ex, long rv) {
        long s = requiredString(ex, 1);
        long len = ZendString.len(s);
        long from = requiredLong(ex, 2);
        boolean hasLength = jzend.zend.execute.ZendExecuteData.numArgs(ex) >= 3
                && (NativeMemory.getInt(jzend.zend.execute.ZendParseParameters.arg(ex, 3) + 8) & 0xff) != ZendVm.IS_NULL;
        long l = hasLength ? requiredLong(ex, 3) : len;
        if (from > len) from = len;
        else if (from < 0) from = Math.max(0, len + from);
        if (l < 0) l = Math.max(0, len - from + l);
        else if (l > len - from) l = len - from;
        if (l == 0) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else if (l == 1) ZendVm.setString(rv, ZendInternedStrings.oneChar(NativeMemory.getByte(ZendString.val(s) + from)));
        else if (from == 0 && l == len) ZendVm.setString(rv, ZendString.copy(s));
        else {
            long r = ZendString.alloc(l, false);
            NativeMemory.copy(ZendString.val(s) + from, ZendString.val(r), l);
            ZendVm.setString(rv, r);
        }
    }

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
