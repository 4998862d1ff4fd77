package jzend.ext.standard;

import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.Compare;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;
import static jzend.zend.execute.ZendParseParameters.optionalBool;
import static jzend.zend.execute.ZendParseParameters.optionalLong;
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
        new ZendFunctionEntry("substr_count", OWNER, "substr_count", 2, "haystack", "needle", "offset", "length"),
        new ZendFunctionEntry("substr_replace", OWNER, "substr_replace", 3, "string", "replace", "offset", "length"),
        new ZendFunctionEntry("strpos", OWNER, "strpos", 2, "haystack", "needle", "offset"),
        new ZendFunctionEntry("stripos", OWNER, "stripos", 2, "haystack", "needle", "offset"),
        new ZendFunctionEntry("strrpos", OWNER, "strrpos", 2, "haystack", "needle", "offset"),
        new ZendFunctionEntry("strripos", OWNER, "strripos", 2, "haystack", "needle", "offset"),
        new ZendFunctionEntry("strstr", OWNER, "strstr", 2, "haystack", "needle", "before_needle"),
        new ZendFunctionEntry("strchr", OWNER, "strstr", 2, "haystack", "needle", "before_needle"),
        new ZendFunctionEntry("stristr", OWNER, "stristr", 2, "haystack", "needle", "before_needle"),
        new ZendFunctionEntry("strrchr", OWNER, "strrchr", 2, "haystack", "needle"),
        new ZendFunctionEntry("strpbrk", OWNER, "strpbrk", 2, "string", "characters"),
        new ZendFunctionEntry("str_replace", OWNER, "str_replace", 3, "search", "replace", "subject", "&count"),
        new ZendFunctionEntry("str_ireplace", OWNER, "str_ireplace", 3, "search", "replace", "subject", "&count"),
        new ZendFunctionEntry("str_contains", OWNER, "str_contains", 2, "haystack", "needle"),
        new ZendFunctionEntry("str_starts_with", OWNER, "str_starts_with", 2, "haystack", "needle"),
        new ZendFunctionEntry("str_ends_with", OWNER, "str_ends_with", 2, "haystack", "needle"),
        new ZendFunctionEntry("str_pad", OWNER, "str_pad", 2, "string", "length", "pad_string", "pad_type"),
        new ZendFunctionEntry("str_split", OWNER, "str_split", 1, "string", "length"),
        new ZendFunctionEntry("chunk_split", OWNER, "chunk_split", 1, "string", "length", "separator"),
        new ZendFunctionEntry("wordwrap", OWNER, "wordwrap", 1, "string", "width", "break", "cut_long_words"),
        new ZendFunctionEntry("strrev", OWNER, "strrev", 1, "string"),
        new ZendFunctionEntry("ucfirst", OWNER, "ucfirst", 1, "string"),
        new ZendFunctionEntry("lcfirst", OWNER, "lcfirst", 1, "string"),
        new ZendFunctionEntry("ucwords", OWNER, "ucwords", 1, "string", "separators"),
        new ZendFunctionEntry("trim", OWNER, "trim", 1, "string", "characters"),
        new ZendFunctionEntry("ltrim", OWNER, "ltrim", 1, "string", "characters"),
        new ZendFunctionEntry("rtrim", OWNER, "rtrim", 1, "string", "characters"),
        new ZendFunctionEntry("chop", OWNER, "rtrim", 1, "string", "characters"),
        new ZendFunctionEntry("explode", OWNER, "explode", 2, "separator", "string", "limit"),
        new ZendFunctionEntry("strcmp", OWNER, "strcmp", 2, "string1", "string2"),
        new ZendFunctionEntry("strcasecmp", OWNER, "strcasecmp", 2, "string1", "string2"),
        new ZendFunctionEntry("strncmp", OWNER, "strncmp", 3, "string1", "string2", "length"),
        new ZendFunctionEntry("strncasecmp", OWNER, "strncasecmp", 3, "string1", "string2", "length"),
        new ZendFunctionEntry("strnatcmp", OWNER, "strnatcmp", 2, "string1", "string2"),
        new ZendFunctionEntry("strnatcasecmp", OWNER, "strnatcasecmp", 2, "string1", "string2"),
        new ZendFunctionEntry("strtr", OWNER, "strtr", 2, "string", "from", "to"),
        new ZendFunctionEntry("nl2br", OWNER, "nl2br", 1, "string", "use_xhtml"),
        new ZendFunctionEntry("addslashes", OWNER, "addslashes", 1, "string"),
        new ZendFunctionEntry("stripslashes", OWNER, "stripslashes", 1, "string"),
        new ZendFunctionEntry("str_word_count", OWNER, "str_word_count", 1, "string", "format", "characters"),
        new ZendFunctionEntry("similar_text", OWNER, "similar_text", 2, "string1", "string2", "&percent"),
        new ZendFunctionEntry("levenshtein", OWNER, "levenshtein", 2, "string1", "string2", "insertion_cost",
                "replacement_cost", "deletion_cost"),
        new ZendFunctionEntry("bin2hex", OWNER, "bin2hex", 1, "string"),
        new ZendFunctionEntry("hex2bin", OWNER, "hex2bin", 1, "string"),
        new ZendFunctionEntry("strspn", OWNER, "strspn", 2, "string", "characters", "offset", "length"),
        new ZendFunctionEntry("strcspn", OWNER, "strcspn", 2, "string", "characters", "offset", "length"),
        new ZendFunctionEntry("substr_compare", OWNER, "substr_compare", 3, "haystack", "needle", "offset", "length",
                "case_insensitive"),
        new ZendFunctionEntry("str_rot13", OWNER, "str_rot13", 1, "string"),
        new ZendFunctionEntry("quotemeta", OWNER, "quotemeta", 1, "string"),
        new ZendFunctionEntry("count_chars", OWNER, "count_chars", 1, "string", "mode"),
        new ZendFunctionEntry("addcslashes", OWNER, "addcslashes", 2, "string", "characters"),
        new ZendFunctionEntry("stripcslashes", OWNER, "stripcslashes", 1, "string"),
        new ZendFunctionEntry("strip_tags", OWNER, "strip_tags", 1, "string", "allowed_tags"),
        new ZendFunctionEntry("utf8_encode", OWNER, "utf8_encode", 1, "string"),
        new ZendFunctionEntry("utf8_decode", OWNER, "utf8_decode", 1, "string"),
        new ZendFunctionEntry("soundex", OWNER, "soundex", 1, "string"),
        new ZendFunctionEntry("dirname", OWNER, "dirname", 1, "path", "levels"),
    };

    // ------------------------------------------------------------------ helpers

    /** The bytes of a zend_string argument. */
    private static byte[] bytes(long ex, int n) {
        return ZendString.bytes(requiredString(ex, n));
    }

    private static int typeOf(long zv) {
        return NativeMemory.getInt(zv + 8) & 0xff;
    }

    /** Whether optional argument {@code n} was passed (and is not null, for nullable parameters). */
    private static boolean passed(long ex, int n) {
        return ZendExecuteData.numArgs(ex) >= n;
    }

    private static boolean passedNotNull(long ex, int n) {
        return ZendExecuteData.numArgs(ex) >= n && typeOf(arg(ex, n)) != ZendVm.IS_NULL;
    }

    /** zend_string_init: always a new string. */
    static long newStr(byte[] b, int off, int len) {
        return ZendString.init(b, off, len, false);
    }

    /**
     * zend_string_init_fast / RETURN_STRINGL_FAST: interned for lengths 0 and 1; longer strings take
     * the block php 8.2.36 measurably gives them (memory_get_usage), that of zend_string_safe_alloc(1, len, 0).
     */
    static long fastStr(byte[] b, int off, int len) {
        if (len == 0) return ZendInternedStrings.emptyString();
        if (len == 1) return ZendInternedStrings.oneChar(b[off] & 0xff);
        long s = ZendString.safeAlloc(1, len, 0, false);
        NativeMemory.copyFromArray(b, off, ZendString.val(s), len);
        return s;
    }

    /** zend_string_safe_alloc(n, m, l) filled with {@code b} (whose length is n * m + l or less). */
    static long safeStr(ByteBuf b, long n, long m, long l) {
        long s = ZendString.safeAlloc(n, m, l, false);
        NativeMemory.copyFromArray(b.array(), 0, ZendString.val(s), b.length());
        NativeMemory.putLong(s + ZendString.LEN, b.length());
        NativeMemory.putByte(ZendString.val(s) + b.length(), (byte) 0);
        return s;
    }

    /**
     * zend_string_safe_alloc(n, m, l) filled with {@code b}, then zend_string_truncate to its length
     * (a capacity below {@code b}'s length is raised to it, as the zend_string_extend calls would).
     */
    static long truncatedStr(ByteBuf b, long n, long m, long l) {
        long s = n * m + l >= b.length() ? safeStr(b, n, m, l) : safeStr(b, 1, b.length(), 0);
        return truncate(s);
    }

    /**
     * zend_string_truncate of a string to its current length: a realloc that php 8.2.36 measurably
     * (memory_get_usage) sizes as len + 32, like zend_string_safe_alloc(1, len, 0).
     */
    static long truncate(long s) {
        long len = ZendString.len(s);
        long r = jzend.zend.alloc.ZendAlloc.erealloc(s, len + 32);
        NativeMemory.putLong(r + ZendString.LEN, len);
        NativeMemory.putByte(ZendString.val(r) + len, (byte) 0);
        return r;
    }

    /** The capacity a smart_str ends with after appending {@code len} bytes (8.2 does not trim it). */
    static long smartStrCapacity(long len) {
        if (len <= 231) return 231;
        return ((len + 25 + 4095) & -4096L) - 25;
    }

    static long newStr(ByteBuf b) {
        return ZendString.init(b.array(), 0, b.length(), false);
    }

    /**
     * A string allocated for {@code capacity} bytes holding {@code b}: what PHP leaves when it
     * allocates a worst-case buffer and then only sets ZSTR_LEN (no zend_string_truncate).
     */
    static long strWithCapacity(ByteBuf b, long capacity) {
        long s = ZendString.alloc(Math.max(capacity, b.length()), false);
        NativeMemory.copyFromArray(b.array(), 0, ZendString.val(s), b.length());
        NativeMemory.putLong(s + ZendString.LEN, b.length());
        NativeMemory.putByte(ZendString.val(s) + b.length(), (byte) 0);
        return s;
    }

    /** The zval a value slot stands for (through IS_INDIRECT). */
    static long deref(long zv) {
        return ZendArrayOps.deref(zv);
    }

    /**
     * zval_get_string as bytes (arrays as "Array" with PHP's warning); the temporary string a
     * conversion allocates is released at once, as zend_tmp_string_release does.
     */
    static byte[] zvalBytes(long zv) {
        zv = deref(zv);
        int t = typeOf(zv);
        if (t == ZendVm.IS_STRING) return ZendString.bytes(NativeMemory.getLong(zv));
        if (t == ZendVm.IS_ARRAY) {
            jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "Array to string conversion");
            return ARRAY;
        }
        long s = ZendVm.stringOfValue(zv);
        byte[] b = ZendString.bytes(s);
        ZendString.release(s);
        return b;
    }

    private static final byte[] ARRAY = {'A', 'r', 'r', 'a', 'y'};

    /**
     * Z_PARAM_ARRAY_HT_OR_STR / Z_PARAM_ARRAY_HT_OR_LONG given null: the 8.1 deprecation naming the
     * union type, and the argument becomes "" (or 0) in place.
     */
    private static void nullToScalar(long ex, int n, boolean isLong) {
        if (ZendExecuteData.numArgs(ex) < n) return;
        long zv = arg(ex, n);
        if (typeOf(zv) != ZendVm.IS_NULL) return;
        jzend.zend.ZendFunctionEntry f = jzend.zend.ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        jzend.zend.Zend.zend_error(ZendErrors.E_DEPRECATED, f.name() + "(): Passing null to parameter #" + n + " ($"
                + f.paramNames()[n - 1] + ") of type array|" + (isLong ? "int" : "string") + " is deprecated");
        if (isLong) ZendVm.setLong(zv, 0);
        else ZendVm.setString(zv, ZendInternedStrings.emptyString());
    }

    /** The array of argument {@code n} when it is one, else 0 (Z_PARAM_ARRAY_HT_OR_STR). */
    private static long arrayArg(long ex, int n) {
        long zv = deref(arg(ex, n));
        return typeOf(zv) == ZendVm.IS_ARRAY ? NativeMemory.getLong(zv) : 0;
    }

    static void warning(long ex, String message) {
        jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, functionName(ex) + "(): " + message);
    }

    static String functionName(long ex) {
        return jzend.zend.ZendInternalFunctions.entry(ZendExecuteData.func(ex)).name();
    }

    private static int toLower(int c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    private static int toUpper(int c) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }

    private static byte[] lower(byte[] b) {
        byte[] r = b.clone();
        for (int i = 0; i < r.length; i++) r[i] = (byte) toLower(r[i] & 0xff);
        return r;
    }

    /** php_memnstr / zend_memnstr: first position of needle in h[from, end), or -1. */
    static int memnstr(byte[] h, int from, byte[] n, int end) {
        int nl = n.length;
        if (nl == 0) return from <= end ? from : -1;
        if (nl > end - from) return -1;
        byte first = n[0];
        int last = end - nl;
        outer:
        for (int i = from; i <= last; i++) {
            if (h[i] != first) continue;
            for (int j = 1; j < nl; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** zend_memnrstr: last position of needle starting at or after {@code from} and ending by {@code end}, or -1. */
    static int memnrstr(byte[] h, int from, byte[] n, int end) {
        int nl = n.length;
        if (nl == 0) return end;
        if (nl > end - from) return -1;
        outer:
        for (int i = end - nl; i >= from; i--) {
            for (int j = 0; j < nl; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static long newArray(long ht) {
        return ht;
    }

    /** A scratch zval (one executor thread). */
    private static final long TMP = jzend.zend.alloc.LibC.malloc(16);

    private static void addNextString(long ht, long s) {
        ZendVm.setString(TMP, s);
        ZendHash.zend_hash_next_index_insert(ht, TMP);
    }

    // ------------------------------------------------------------------ existing basics

    /** PHP_FUNCTION(implode): implode(separator, array) or implode(array); the result sized first. */
    public static void implode(long ex, long rv) {
        nullToScalar(ex, 1, false);
        long a1 = deref(arg(ex, 1));
        boolean hasPieces = passedNotNull(ex, 2);
        long ht;
        byte[] sep;
        if (hasPieces) {
            long a2 = deref(arg(ex, 2));
            int t2 = typeOf(a2);
            if (t2 != ZendVm.IS_ARRAY) {
                throw ZendError.create("TypeError", "implode(): Argument #2 ($array) must be of type ?array, "
                        + ZendParseParameters.zend_zval_type_name(a2) + " given");
            }
            if (typeOf(a1) == ZendVm.IS_ARRAY) {
                throw ZendError.create("TypeError", "implode(): Argument #1 ($separator) must be of type string, array given");
            }
            sep = bytes(ex, 1);
            ht = NativeMemory.getLong(a2);
        } else {
            if (typeOf(a1) != ZendVm.IS_ARRAY) {
                // Z_PARAM_ARRAY_HT_OR_STR took the scalar as a string first
                throw ZendError.create("TypeError", "implode(): Argument #1 ($array) must be of type array, string given");
            }
            ht = NativeMemory.getLong(a1);
            sep = new byte[0];
        }
        php_implode(sep, ht, rv);
    }

    /** ZEND_ALLOCA_MAX_SIZE: do_alloca takes larger blocks from the heap (emalloc). */
    private static final int ZEND_ALLOCA_MAX_SIZE = 32 * 1024;
    /** The "stack" of do_alloca for blocks up to ZEND_ALLOCA_MAX_SIZE (one request thread). */
    private static final long ALLOCA = java.lang.foreign.Arena.global().allocate(ZEND_ALLOCA_MAX_SIZE, 16).address();

    /**
     * Port of php_implode: one pass collects each piece (a string, an int printed later, or a
     * converted string) in a do_alloca'd array of {zend_string*, zend_long} — emalloc'd above
     * 32 KB, as php does, which is part of implode's peak — and sums the length; the result is
     * allocated once and filled from the end.
     */
    private static void php_implode(byte[] glue, long ht, long rv) {
        int numelems = ZendArray.numOfElements(ht);
        if (numelems == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        if (numelems == 1) {
            ZendVm.setString(rv, ZendVm.stringOfValue(ZendHash.zend_hash_data_at(ht, ZendHash.zend_hash_first_pos(ht))));
            return;
        }
        long size = 16L * numelems;
        boolean useHeap = size > ZEND_ALLOCA_MAX_SIZE;
        long ptrs = useHeap ? jzend.zend.alloc.ZendAlloc.emalloc(size) : ALLOCA;
        long ptr = ptrs, len = 0;
        try {
            for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                long tmp = deref(ZendHash.zend_hash_data_at(ht, p));
                int t = typeOf(tmp);
                if (t == ZendVm.IS_STRING) {
                    long str = NativeMemory.getLong(tmp);
                    NativeMemory.putLong(ptr, str);
                    NativeMemory.putLong(ptr + 8, 0);
                    len += ZendString.len(str);
                } else if (t == ZendVm.IS_LONG) {
                    long val = NativeMemory.getLong(tmp);
                    NativeMemory.putLong(ptr, 0);
                    NativeMemory.putLong(ptr + 8, val);
                    if (val <= 0) len++;
                    while (val != 0) {
                        val /= 10;
                        len++;
                    }
                } else {
                    long str = ZendVm.stringOfValue(tmp);
                    NativeMemory.putLong(ptr, str);
                    NativeMemory.putLong(ptr + 8, 1); // released after the copy
                    len += ZendString.len(str);
                }
                ptr += 16;
            }
            long str = ZendString.safeAlloc(numelems - 1, glue.length, len, false);
            long cptr = ZendString.val(str) + ZendString.len(str);
            NativeMemory.putByte(cptr, (byte) 0);
            while (true) {
                ptr -= 16;
                long piece = NativeMemory.getLong(ptr);
                if (piece != 0) {
                    long l = ZendString.len(piece);
                    cptr -= l;
                    NativeMemory.copy(ZendString.val(piece), cptr, l);
                    if (NativeMemory.getLong(ptr + 8) != 0) ZendString.release(piece);
                } else {
                    cptr = printLongToBuf(cptr, NativeMemory.getLong(ptr + 8));
                }
                if (ptr == ptrs) break;
                cptr -= glue.length;
                NativeMemory.copyFromArray(glue, 0, cptr, glue.length);
            }
            ZendVm.setString(rv, str);
        } finally {
            if (useHeap) jzend.zend.alloc.ZendAlloc.efree(ptrs);
        }
    }

    /** Port of zend_print_long_to_buf: the digits of {@code num} written backwards ending at {@code end}; the first byte's address. */
    private static long printLongToBuf(long end, long num) {
        if (num < 0) {
            // as zend_print_ulong_to_buf on the magnitude (Long.MIN_VALUE included), then the sign
            long u = -num;
            do {
                NativeMemory.putByte(--end, (byte) ('0' + Long.remainderUnsigned(u, 10)));
                u = Long.divideUnsigned(u, 10);
            } while (u != 0);
            NativeMemory.putByte(--end, (byte) '-');
            return end;
        }
        do {
            NativeMemory.putByte(--end, (byte) ('0' + num % 10));
            num /= 10;
        } while (num != 0);
        return end;
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

    /** PHP_FUNCTION(strtoupper). */
    public static void strtoupper(long ex, long rv) { caseMap(ex, rv, true); }

    /** PHP_FUNCTION(strtolower). */
    public static void strtolower(long ex, long rv) { caseMap(ex, rv, false); }

    /** PHP_FUNCTION(substr) with PHP 8's clamping (never false). */
    public static void substr(long ex, long rv) {
        long s = requiredString(ex, 1);
        long len = ZendString.len(s);
        long from = requiredLong(ex, 2);
        boolean hasLength = passedNotNull(ex, 3);
        long l = hasLength ? requiredLong(ex, 3) : len;
        if (from > len) from = len;
        else if (from < 0) from = Math.max(0, len + from);
        if (l < 0) l = Math.max(0, len - from + l);
        else if (l > len - from) l = len - from;
        if (l == len) ZendVm.setString(rv, ZendString.copy(s));
        else if (l == 0) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else if (l == 1) ZendVm.setString(rv, ZendInternedStrings.oneChar(NativeMemory.getByte(ZendString.val(s) + from)));
        else {
            long r = ZendString.safeAlloc(1, l, 0, false); // RETURN_STRINGL_FAST, see fastStr
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

    // ------------------------------------------------------------------ searching

    /** PHP_FUNCTION(substr_count). */
    public static void substr_count(long ex, long rv) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        long offset = optionalLong(ex, 3, 0);
        boolean hasLength = passedNotNull(ex, 4);
        long length = hasLength ? requiredLong(ex, 4) : 0;
        if (n.length == 0) throw valueError(ex, 2, "cannot be empty");
        long hl = h.length;
        int p = 0;
        if (offset != 0) {
            if (offset < 0) offset += hl;
            if (offset < 0 || offset > hl) throw valueError(ex, 3, "must be contained in argument #1 ($haystack)");
            p = (int) offset;
            hl -= offset;
        }
        if (hasLength) {
            if (length < 0) length += hl;
            if (length < 0 || length > hl) throw valueError(ex, 4, "must be contained in argument #1 ($haystack)");
        } else {
            length = hl;
        }
        int end = p + (int) length;
        long count = 0;
        while ((p = memnstr(h, p, n, end)) >= 0) {
            p += n.length;
            count++;
        }
        ZendVm.setLong(rv, count);
    }

    /** PHP_FUNCTION(strpos) / PHP_FUNCTION(stripos). */
    private static void strposImpl(long ex, long rv, boolean ci) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        long offset = optionalLong(ex, 3, 0);
        if (offset < 0) offset += h.length;
        if (offset < 0 || offset > h.length) throw valueError(ex, 3, "must be contained in argument #1 ($haystack)");
        if (ci) {
            h = lower(h);
            n = lower(n);
        }
        int found = memnstr(h, (int) offset, n, h.length);
        if (found < 0) ZendVm.setBool(rv, false);
        else ZendVm.setLong(rv, found);
    }

    /** PHP_FUNCTION(strpos). */
    public static void strpos(long ex, long rv) { strposImpl(ex, rv, false); }

    /** PHP_FUNCTION(stripos). */
    public static void stripos(long ex, long rv) { strposImpl(ex, rv, true); }

    /** PHP_FUNCTION(strrpos) / PHP_FUNCTION(strripos). */
    private static void strrposImpl(long ex, long rv, boolean ci) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        long offset = optionalLong(ex, 3, 0);
        int p, e;
        if (offset >= 0) {
            if (offset > h.length) throw valueError(ex, 3, "must be contained in argument #1 ($haystack)");
            p = (int) offset;
            e = h.length;
        } else {
            if (offset < -Long.MAX_VALUE || -offset > h.length) {
                throw valueError(ex, 3, "must be contained in argument #1 ($haystack)");
            }
            p = 0;
            if (-offset < n.length) e = h.length;
            else e = (int) (h.length + offset + n.length);
        }
        if (ci) {
            h = lower(h);
            n = lower(n);
        }
        int found = memnrstr(h, p, n, e);
        if (found < 0) ZendVm.setBool(rv, false);
        else ZendVm.setLong(rv, found);
    }

    /** PHP_FUNCTION(strrpos). */
    public static void strrpos(long ex, long rv) { strrposImpl(ex, rv, false); }

    /** PHP_FUNCTION(strripos). */
    public static void strripos(long ex, long rv) { strrposImpl(ex, rv, true); }

    /** PHP_FUNCTION(strstr) / PHP_FUNCTION(stristr): RETURN_STRINGL of the part before or from the match. */
    private static void strstrImpl(long ex, long rv, boolean ci) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        boolean before = optionalBool(ex, 3, false);
        int found = ci ? memnstr(lower(h), 0, lower(n), h.length) : memnstr(h, 0, n, h.length);
        if (found < 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        ZendVm.setString(rv, before ? newStr(h, 0, found) : newStr(h, found, h.length - found));
    }

    /** PHP_FUNCTION(strstr). */
    public static void strstr(long ex, long rv) { strstrImpl(ex, rv, false); }

    /** PHP_FUNCTION(stristr). */
    public static void stristr(long ex, long rv) { strstrImpl(ex, rv, true); }

    /** PHP_FUNCTION(strrchr): from the last occurrence of the needle's first byte ("" searches NUL). */
    public static void strrchr(long ex, long rv) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        byte c = n.length == 0 ? 0 : n[0];
        int i = h.length - 1;
        while (i >= 0 && h[i] != c) i--;
        if (i < 0) ZendVm.setBool(rv, false);
        else ZendVm.setString(rv, newStr(h, i, h.length - i));
    }

    /** PHP_FUNCTION(strpbrk). */
    public static void strpbrk(long ex, long rv) {
        byte[] h = bytes(ex, 1), cl = bytes(ex, 2);
        if (cl.length == 0) throw valueError(ex, 2, "must be a non-empty string");
        for (int i = 0; i < h.length; i++) {
            for (byte c : cl) {
                if (c == h[i]) {
                    ZendVm.setString(rv, newStr(h, i, h.length - i));
                    return;
                }
            }
        }
        ZendVm.setBool(rv, false);
    }

    /** PHP_FUNCTION(str_contains). */
    public static void str_contains(long ex, long rv) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        ZendVm.setBool(rv, memnstr(h, 0, n, h.length) >= 0);
    }

    /** PHP_FUNCTION(str_starts_with). */
    public static void str_starts_with(long ex, long rv) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        ZendVm.setBool(rv, n.length <= h.length && java.util.Arrays.equals(h, 0, n.length, n, 0, n.length));
    }

    /** PHP_FUNCTION(str_ends_with). */
    public static void str_ends_with(long ex, long rv) {
        byte[] h = bytes(ex, 1), n = bytes(ex, 2);
        ZendVm.setBool(rv, n.length <= h.length && java.util.Arrays.equals(h, h.length - n.length, h.length, n, 0, n.length));
    }

    // ------------------------------------------------------------------ replacing

    /** PHP_FUNCTION(substr_replace): string and array forms. */
    public static void substr_replace(long ex, long rv) {
        nullToScalar(ex, 1, false);
        nullToScalar(ex, 2, false);
        nullToScalar(ex, 3, true);
        long strHt = arrayArg(ex, 1);
        long replHt = arrayArg(ex, 2);
        long fromHt = arrayArg(ex, 3);
        boolean lenIsNull = !passedNotNull(ex, 4);
        long lenHt = lenIsNull ? 0 : arrayArg(ex, 4);
        long str = strHt == 0 ? requiredString(ex, 1) : 0;
        byte[] replStr = replHt == 0 ? bytes(ex, 2) : null;
        long fromLong = fromHt == 0 ? requiredLong(ex, 3) : 0;
        long lenLong = !lenIsNull && lenHt == 0 ? requiredLong(ex, 4) : 0;
        if (str != 0) {
            if (fromHt != 0) {
                throw ZendError.create("TypeError", "substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string");
            }
            if (lenHt != 0) {
                throw ZendError.create("TypeError", "substr_replace(): Argument #4 ($length) cannot be an array when working on a single string");
            }
            byte[] s = ZendString.bytes(str);
            long slen = s.length;
            long l = lenIsNull ? slen : lenLong;
            long f = fromLong;
            if (f < 0) {
                f = slen + f;
                if (f < 0) f = 0;
            } else if (f > slen) {
                f = slen;
            }
            if (l < 0) {
                l = (slen - f) + l;
                if (l < 0) l = 0;
            }
            if (l > slen) l = slen;
            if (f + l > slen) l = slen - f;
            byte[] repl = replStr;
            if (replHt != 0) {
                int p = ZendHash.zend_hash_first_pos(replHt);
                repl = p < ZendArray.numUsed(replHt) ? zvalBytes(ZendHash.zend_hash_data_at(replHt, p)) : new byte[0];
            }
            ZendVm.setString(rv, splice(s, (int) f, (int) l, repl));
            return;
        }
        long out = ZendHash.zend_new_array(0);
        int fromIdx = fromHt != 0 ? ZendHash.zend_hash_first_pos(fromHt) : 0;
        int lenIdx = lenHt != 0 ? ZendHash.zend_hash_first_pos(lenHt) : 0;
        int replIdx = replHt != 0 ? ZendHash.zend_hash_first_pos(replHt) : 0;
        for (int p = ZendHash.zend_hash_first_pos(strHt); p < ZendArray.numUsed(strHt); p = ZendHash.zend_hash_next_pos(strHt, p)) {
            byte[] orig = zvalBytes(ZendHash.zend_hash_data_at(strHt, p));
            long olen = orig.length;
            long f;
            if (fromHt != 0) {
                if (fromIdx < ZendArray.numUsed(fromHt)) {
                    f = longOf(ZendHash.zend_hash_data_at(fromHt, fromIdx));
                    fromIdx = ZendHash.zend_hash_next_pos(fromHt, fromIdx);
                } else {
                    f = 0;
                }
            } else {
                f = fromLong;
            }
            if (f < 0) {
                f = olen + f;
                if (f < 0) f = 0;
            } else if (f > olen) {
                f = olen;
            }
            long l;
            if (lenHt != 0) {
                if (lenIdx < ZendArray.numUsed(lenHt)) {
                    l = longOf(ZendHash.zend_hash_data_at(lenHt, lenIdx));
                    lenIdx = ZendHash.zend_hash_next_pos(lenHt, lenIdx);
                } else {
                    l = olen;
                }
            } else if (!lenIsNull) {
                l = lenLong;
            } else {
                l = olen;
            }
            if (l < 0) {
                l = (olen - f) + l;
                if (l < 0) l = 0;
            }
            if (f + l > olen) l = olen - f;
            byte[] repl;
            if (replHt != 0) {
                if (replIdx < ZendArray.numUsed(replHt)) {
                    repl = zvalBytes(ZendHash.zend_hash_data_at(replHt, replIdx));
                    replIdx = ZendHash.zend_hash_next_pos(replHt, replIdx);
                } else {
                    repl = new byte[0];
                }
            } else {
                repl = replStr;
            }
            ZendVm.setString(TMP, splice(orig, (int) f, (int) l, repl));
            insertWithKeyOf(out, strHt, p, TMP);
        }
        ZendArrays.setArray(rv, out);
    }

    /** One zend_string_safe_alloc of s[0,f) . repl . s[f+l, end). */
    private static long splice(byte[] s, int f, int l, byte[] repl) {
        int n = s.length - l + repl.length;
        long r = ZendString.safeAlloc(1, n, 0, false);
        long v = ZendString.val(r);
        NativeMemory.copyFromArray(s, 0, v, f);
        NativeMemory.copyFromArray(repl, 0, v + f, repl.length);
        NativeMemory.copyFromArray(s, f + l, v + f + repl.length, s.length - f - l);
        return r;
    }

    /** Inserts zval {@code zv} into {@code out} under the key that position {@code p} of {@code src} has. */
    private static void insertWithKeyOf(long out, long src, int p, long zv) {
        if (ZendHash.zend_hash_key_type_at(src, p) == ZendHash.HASH_KEY_IS_LONG) {
            ZendHash.zend_hash_index_update(out, ZendHash.zend_hash_int_key_at(src, p), zv);
        } else {
            ZendHash.zend_hash_update(out, ZendHash.zend_hash_str_key_at(src, p), zv);
        }
    }

    /** zval_get_long of an array element. */
    static long longOf(long zv) {
        zv = deref(zv);
        return switch (typeOf(zv)) {
            case ZendVm.IS_LONG -> NativeMemory.getLong(zv);
            case ZendVm.IS_DOUBLE -> jzend.zend.ops.Arith.dvalToLval(NativeMemory.getDouble(zv));
            case ZendVm.IS_TRUE -> 1;
            case ZendVm.IS_STRING -> {
                byte[] b = ZendString.bytes(NativeMemory.getLong(zv));
                yield jzend.zend.ops.NumericString.toLong(b, 0, b.length, new jzend.zend.ops.NumResult());
            }
            case ZendVm.IS_ARRAY -> ZendArray.numOfElements(NativeMemory.getLong(zv)) > 0 ? 1 : 0;
            default -> 0;
        };
    }

    /** PHP_FUNCTION(str_replace). */
    public static void str_replace(long ex, long rv) { strReplaceCommon(ex, rv, true); }

    /** PHP_FUNCTION(str_ireplace). */
    public static void str_ireplace(long ex, long rv) { strReplaceCommon(ex, rv, false); }

    /** The replacements php_str_replace_common counts for $count (one executor thread). */
    private static long replaceCount;

    /** Port of php_str_replace_common. */
    private static void strReplaceCommon(long ex, long rv, boolean cs) {
        replaceCount = 0;
        nullToScalar(ex, 1, false);
        nullToScalar(ex, 2, false);
        nullToScalar(ex, 3, false);
        long searchHt = arrayArg(ex, 1);
        long replaceHt = arrayArg(ex, 2);
        long subjectHt = arrayArg(ex, 3);
        byte[] search = searchHt == 0 ? bytes(ex, 1) : null;
        byte[] replace = replaceHt == 0 ? bytes(ex, 2) : null;
        long subject = subjectHt == 0 ? requiredString(ex, 3) : 0;
        if (search != null && replaceHt != 0) {
            throw ZendError.create("TypeError", functionName(ex)
                    + "(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string");
        }
        if (subjectHt != 0) {
            long out = ZendHash.zend_new_array(0);
            for (int p = ZendHash.zend_hash_first_pos(subjectHt); p < ZendArray.numUsed(subjectHt);
                 p = ZendHash.zend_hash_next_pos(subjectHt, p)) {
                long zv = deref(ZendHash.zend_hash_data_at(subjectHt, p));
                long s;
                if (typeOf(zv) == ZendVm.IS_STRING) {
                    s = ZendString.copy(NativeMemory.getLong(zv));
                } else {
                    byte[] b = zvalBytes(zv);
                    s = newStr(b, 0, b.length);
                }
                long r = replaceInSubject(search, searchHt, replace, replaceHt, s, cs);
                ZendString.release(s);
                ZendVm.setString(TMP, r);
                insertWithKeyOf(out, subjectHt, p, TMP);
            }
            ZendArrays.setArray(rv, out);
        } else {
            ZendVm.setString(rv, replaceInSubject(search, searchHt, replace, replaceHt, subject, cs));
        }
        if (ZendExecuteData.numArgs(ex) >= 4) { // ZEND_TRY_ASSIGN_REF_LONG(zcount, count)
            long target = ZendParseParameters.refTarget(ex, 4);
            ZendVm.release(target);
            ZendVm.setLong(target, replaceCount);
        }
    }

    private static final byte[] EMPTY = new byte[0];

    /** Port of php_str_replace_in_subject: a new reference to the result string. */
    private static long replaceInSubject(byte[] search, long searchHt, byte[] replace, long replaceHt, long subject, boolean cs) {
        if (ZendString.len(subject) == 0) return ZendInternedStrings.emptyString();
        if (searchHt == 0) {
            if (search.length == 0) return ZendString.copy(subject);
            return replaceOne(subject, search, replace, cs);
        }
        long cur = ZendString.copy(subject);
        int replIdx = replaceHt != 0 ? ZendHash.zend_hash_first_pos(replaceHt) : 0;
        for (int p = ZendHash.zend_hash_first_pos(searchHt); p < ZendArray.numUsed(searchHt); p = ZendHash.zend_hash_next_pos(searchHt, p)) {
            byte[] s = zvalBytes(ZendHash.zend_hash_data_at(searchHt, p));
            byte[] r = replace;
            if (replaceHt != 0) {
                if (replIdx < ZendArray.numUsed(replaceHt)) {
                    r = zvalBytes(ZendHash.zend_hash_data_at(replaceHt, replIdx));
                    replIdx = ZendHash.zend_hash_next_pos(replaceHt, replIdx);
                } else {
                    r = EMPTY;
                }
            }
            if (s.length == 0) continue;
            long next = replaceOne(cur, s, r, cs);
            ZendString.release(cur);
            cur = next;
            if (ZendString.len(cur) == 0) {
                ZendString.release(cur);
                return ZendInternedStrings.emptyString();
            }
        }
        return cur;
    }

    /**
     * php_char_to_str_ex / php_str_to_str_ex / php_str_to_str_i_ex: {@code haystack} with every
     * occurrence of the (non-empty) needle replaced; a new reference to haystack when nothing matches.
     */
    private static long replaceOne(long haystack, byte[] needle, byte[] str, boolean cs) {
        byte[] h = ZendString.bytes(haystack);
        byte[] hs = cs ? h : lower(h);
        byte[] n = cs ? needle : lower(needle);
        if (n.length > h.length) return ZendString.copy(haystack);
        if (n.length == h.length && n.length > 1) {
            if (!java.util.Arrays.equals(hs, n)) return ZendString.copy(haystack);
            replaceCount++;
            return cs ? fastStr(str, 0, str.length) : newStr(str, 0, str.length);
        }
        int count = 0;
        for (int p = 0; (p = memnstr(hs, p, n, hs.length)) >= 0; p += n.length) count++;
        if (count == 0) return ZendString.copy(haystack);
        replaceCount += count;
        int newLen = h.length + count * (str.length - n.length);
        long r;
        if (n.length == 1) { // php_char_to_str_ex
            r = str.length > 0 ? ZendString.safeAlloc(count, str.length - 1, h.length, false) : ZendString.alloc(newLen, false);
        } else if (cs && n.length == str.length) { // php_str_to_str_ex: a copy patched in place
            r = ZendString.alloc(newLen, false);
        } else if (str.length > n.length) { // php_str_to_str_ex / php_str_to_str_i_ex
            r = ZendString.safeAlloc(count, str.length - n.length, h.length, false);
        } else {
            r = ZendString.alloc(newLen, false);
        }
        long v = ZendString.val(r);
        int o = 0, p = 0, q;
        while ((q = memnstr(hs, p, n, hs.length)) >= 0) {
            NativeMemory.copyFromArray(h, p, v + o, q - p);
            o += q - p;
            NativeMemory.copyFromArray(str, 0, v + o, str.length);
            o += str.length;
            p = q + n.length;
        }
        NativeMemory.copyFromArray(h, p, v + o, h.length - p);
        return r;
    }

    // ------------------------------------------------------------------ padding, splitting, wrapping

    /** PHP_FUNCTION(str_pad). */
    public static void str_pad(long ex, long rv) {
        long input = requiredString(ex, 1);
        long padLength = requiredLong(ex, 2);
        byte[] pad = passed(ex, 3) ? bytes(ex, 3) : new byte[] {' '};
        long padType = optionalLong(ex, 4, 1);
        long len = ZendString.len(input);
        if (padLength < 0 || padLength <= len) {
            ZendVm.setString(rv, ZendString.copy(input));
            return;
        }
        if (pad.length == 0) throw valueError(ex, 3, "must be a non-empty string");
        if (padType < 0 || padType > 2) throw valueError(ex, 4, "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH");
        long num = padLength - len;
        long left = padType == 1 ? 0 : padType == 0 ? num : num / 2;
        long right = num - left;
        long r = ZendString.safeAlloc(1, len, num, false);
        NativeMemory.putLong(r + ZendString.LEN, len + num);
        long v = ZendString.val(r);
        for (long i = 0; i < left; i++) NativeMemory.putByte(v + i, pad[(int) (i % pad.length)]);
        NativeMemory.copy(ZendString.val(input), v + left, len);
        for (long i = 0; i < right; i++) NativeMemory.putByte(v + left + len + i, pad[(int) (i % pad.length)]);
        ZendVm.setString(rv, r);
    }

    /** PHP_FUNCTION(str_split): [] for "" (8.2). */
    public static void str_split(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        long split = optionalLong(ex, 2, 1);
        if (split <= 0) throw valueError(ex, 2, "must be greater than 0");
        if (split >= s.length) {
            if (s.length == 0) {
                ZendArrays.setEmptyArray(rv);
                return;
            }
            long ht = ZendHash.zend_new_array(1);
            addNextString(ht, newStr(s, 0, s.length));
            ZendArrays.setArray(rv, ht);
            return;
        }
        int n = (int) split;
        long ht = ZendHash.zend_new_array((s.length - 1) / n + 1);
        int p = 0;
        for (; p + n <= s.length; p += n) addNextString(ht, newStr(s, p, n));
        if (p < s.length) addNextString(ht, newStr(s, p, s.length - p));
        ZendArrays.setArray(rv, ht);
    }

    /** PHP_FUNCTION(chunk_split). */
    public static void chunk_split(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        long chunk = optionalLong(ex, 2, 76);
        byte[] end = passed(ex, 3) ? bytes(ex, 3) : new byte[] {'\r', '\n'};
        if (chunk <= 0) throw valueError(ex, 2, "must be greater than 0");
        if (chunk > s.length) {
            long r = ZendString.safeAlloc(s.length, 1, end.length, false);
            NativeMemory.copyFromArray(s, 0, ZendString.val(r), s.length);
            NativeMemory.copyFromArray(end, 0, ZendString.val(r) + s.length, end.length);
            ZendVm.setString(rv, r);
            return;
        }
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        int cl = (int) chunk;
        int chunks = (s.length + cl - 1) / cl;
        ByteBuf out = new ByteBuf(s.length + chunks * end.length);
        for (int p = 0; p < s.length; p += cl) {
            out.append(s, p, Math.min(cl, s.length - p));
            out.append(end, 0, end.length);
        }
        ZendVm.setString(rv, safeStr(out, chunks, end.length, s.length));
    }

    /** PHP_FUNCTION(wordwrap). */
    public static void wordwrap(long ex, long rv) {
        byte[] text = bytes(ex, 1);
        long width = optionalLong(ex, 2, 75);
        byte[] brk = passed(ex, 3) ? bytes(ex, 3) : new byte[] {'\n'};
        boolean cut = optionalBool(ex, 4, false);
        if (text.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        if (brk.length == 0) throw valueError(ex, 3, "cannot be empty");
        if (width == 0 && cut) throw valueError(ex, 4, "cannot be true when argument #2 ($width) is 0");
        int len = text.length;
        if (brk.length == 1 && !cut) {
            byte[] nt = text.clone();
            long laststart = 0, lastspace = 0;
            for (int current = 0; current < len; current++) {
                if (text[current] == brk[0]) {
                    laststart = lastspace = current + 1;
                } else if (text[current] == ' ') {
                    if (current - laststart >= width) {
                        nt[current] = brk[0];
                        laststart = current + 1;
                    }
                    lastspace = current;
                } else if (current - laststart >= width && laststart != lastspace) {
                    nt[(int) lastspace] = brk[0];
                    laststart = lastspace + 1;
                }
            }
            // sized as php 8.2.36 measurably sizes this zend_string_init (see fastStr)
            long r = ZendString.safeAlloc(1, nt.length, 0, false);
            NativeMemory.copyFromArray(nt, 0, ZendString.val(r), nt.length);
            ZendVm.setString(rv, r);
            return;
        }
        ByteBuf out = new ByteBuf(len + 16);
        int bl = brk.length;
        long laststart = 0, lastspace = 0;
        int current;
        for (current = 0; current < len; current++) {
            if (text[current] == brk[0] && current + bl < len && java.util.Arrays.equals(text, current, current + bl, brk, 0, bl)) {
                out.append(text, (int) laststart, (int) (current - laststart + bl));
                current += bl - 1;
                laststart = lastspace = current + 1;
            } else if (text[current] == ' ') {
                if (current - laststart >= width) {
                    out.append(text, (int) laststart, (int) (current - laststart));
                    out.append(brk, 0, bl);
                    laststart = current + 1;
                }
                lastspace = current;
            } else if (current - laststart >= width && cut && laststart >= lastspace) {
                out.append(text, (int) laststart, (int) (current - laststart));
                out.append(brk, 0, bl);
                laststart = lastspace = current;
            } else if (current - laststart >= width && laststart < lastspace) {
                out.append(text, (int) laststart, (int) (lastspace - laststart));
                out.append(brk, 0, bl);
                laststart = lastspace = lastspace + 1;
            }
        }
        if (laststart != current) out.append(text, (int) laststart, (int) (current - laststart));
        if (width > 0) ZendVm.setString(rv, truncatedStr(out, len / width + 1, bl, len));
        else ZendVm.setString(rv, truncatedStr(out, len, bl + 1, 0));
    }

    /**
     * PHP_FUNCTION(dirname): zend_dirname applied {@code levels} times (stopping when a level
     * changes nothing), on a copy of the path; the result keeps the copy's allocation, as
     * ZSTR_LEN is only shortened in php.
     */
    public static void dirname(long ex, long rv) {
        byte[] str = bytes(ex, 1);
        long levels = optionalLong(ex, 2, 1);
        byte[] buf = str.clone();
        int len;
        if (levels == 1) {
            /* Default case */
            len = jzend.zend.compile.ZendCompiler.zend_dirname(buf, buf.length);
        } else if (levels < 1) {
            throw valueError(ex, 2, "must be greater than or equal to 1");
        } else {
            /* Some levels up */
            int strLen;
            len = buf.length;
            do {
                len = jzend.zend.compile.ZendCompiler.zend_dirname(buf, strLen = len);
            } while (len < strLen && --levels != 0);
        }
        long ret = ZendString.init(str, false);
        NativeMemory.copyFromArray(buf, 0, ZendString.val(ret), len);
        NativeMemory.putLong(ret + ZendString.LEN, len);
        NativeMemory.putByte(ZendString.val(ret) + len, (byte) 0);
        ZendVm.setString(rv, ret);
    }

    /** PHP_FUNCTION(strrev): always a new string. */
    public static void strrev(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        byte[] r = new byte[s.length];
        for (int i = 0; i < s.length; i++) r[i] = s[s.length - 1 - i];
        ZendVm.setString(rv, newStr(r, 0, r.length));
    }

    /** PHP_FUNCTION(ucfirst) / PHP_FUNCTION(lcfirst): the same string when the first byte does not change. */
    private static void firstCase(long ex, long rv, boolean upper) {
        long s = requiredString(ex, 1);
        if (ZendString.len(s) == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        int c = NativeMemory.getByte(ZendString.val(s)) & 0xff;
        int r = upper ? toUpper(c) : toLower(c);
        if (r == c) {
            ZendVm.setString(rv, ZendString.copy(s));
            return;
        }
        byte[] b = ZendString.bytes(s);
        b[0] = (byte) r;
        ZendVm.setString(rv, newStr(b, 0, b.length));
    }

    /** PHP_FUNCTION(ucfirst). */
    public static void ucfirst(long ex, long rv) { firstCase(ex, rv, true); }

    /** PHP_FUNCTION(lcfirst). */
    public static void lcfirst(long ex, long rv) { firstCase(ex, rv, false); }

    /** PHP_FUNCTION(ucwords). */
    public static void ucwords(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        byte[] delims = passed(ex, 2) ? bytes(ex, 2) : new byte[] {' ', '\t', '\r', '\n', '\f', 0x0b};
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        boolean[] mask = charmask(ex, delims);
        s[0] = (byte) toUpper(s[0] & 0xff);
        for (int i = 0; i < s.length - 1; i++) {
            if (mask[s[i] & 0xff]) s[i + 1] = (byte) toUpper(s[i + 1] & 0xff);
        }
        ZendVm.setString(rv, newStr(s, 0, s.length));
    }

    /** Port of php_charmask: the bytes of {@code input} with "a..z" ranges, warning about bad ranges. */
    static boolean[] charmask(long ex, byte[] input) {
        boolean[] mask = new boolean[256];
        int len = input.length;
        for (int i = 0; i < len; i++) {
            int c = input[i] & 0xff;
            if (i + 3 < len && input[i + 1] == '.' && input[i + 2] == '.' && (input[i + 3] & 0xff) >= c) {
                for (int k = c; k <= (input[i + 3] & 0xff); k++) mask[k] = true;
                i += 3;
            } else if (i + 1 < len && input[i] == '.' && input[i + 1] == '.') {
                if (i == 0) {
                    warning(ex, "Invalid '..'-range, no character to the left of '..'");
                } else if (i + 2 >= len) {
                    warning(ex, "Invalid '..'-range, no character to the right of '..'");
                } else if ((input[i - 1] & 0xff) > (input[i + 2] & 0xff)) {
                    warning(ex, "Invalid '..'-range, '..'-range needs to be incrementing");
                } else {
                    warning(ex, "Invalid '..'-range");
                }
            } else {
                mask[c] = true;
            }
        }
        return mask;
    }

    /** Port of php_trim_int (mode 1 left, 2 right, 3 both). */
    private static void trimImpl(long ex, long rv, int mode) {
        long str = requiredString(ex, 1);
        byte[] s = ZendString.bytes(str);
        int start = 0, end = s.length;
        boolean[] mask;
        if (passed(ex, 2)) {
            byte[] what = bytes(ex, 2);
            if (what.length == 1) {
                mask = new boolean[256];
                mask[what[0] & 0xff] = true;
            } else {
                mask = charmask(ex, what);
            }
        } else {
            mask = DEFAULT_TRIM;
        }
        if ((mode & 1) != 0) while (start != end && mask[s[start] & 0xff]) start++;
        if ((mode & 2) != 0) while (start != end && mask[s[end - 1] & 0xff]) end--;
        if (end - start == s.length) ZendVm.setString(rv, ZendString.copy(str));
        else if (end == start) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else ZendVm.setString(rv, newStr(s, start, end - start));
    }

    private static final boolean[] DEFAULT_TRIM = new boolean[256];

    static {
        for (char c : new char[] {' ', '\n', '\r', '\t', 0x0b, 0}) DEFAULT_TRIM[c] = true;
    }

    /** PHP_FUNCTION(trim). */
    public static void trim(long ex, long rv) { trimImpl(ex, rv, 3); }

    /** PHP_FUNCTION(ltrim). */
    public static void ltrim(long ex, long rv) { trimImpl(ex, rv, 1); }

    /** PHP_FUNCTION(rtrim). */
    public static void rtrim(long ex, long rv) { trimImpl(ex, rv, 2); }

    /** PHP_FUNCTION(explode) with php_explode / php_explode_negative_limit. */
    public static void explode(long ex, long rv) {
        byte[] delim = bytes(ex, 1);
        long str = requiredString(ex, 2);
        long limit = optionalLong(ex, 3, Long.MAX_VALUE);
        if (delim.length == 0) throw valueError(ex, 1, "cannot be empty");
        long ht = ZendHash.zend_new_array(0);
        ZendArrays.setArray(rv, ht);
        long slen = ZendString.len(str);
        if (slen == 0) {
            if (limit >= 0) addNextString(ht, ZendInternedStrings.emptyString());
            return;
        }
        byte[] s = ZendString.bytes(str);
        if (limit > 1) {
            int p2 = memnstr(s, 0, delim, s.length);
            if (p2 < 0) {
                addNextString(ht, ZendString.copy(str));
                return;
            }
            int p1 = 0;
            do {
                addNextString(ht, fastStr(s, p1, p2 - p1));
                p1 = p2 + delim.length;
                p2 = memnstr(s, p1, delim, s.length);
            } while (p2 >= 0 && --limit > 1);
            addNextString(ht, fastStr(s, p1, s.length - p1));
        } else if (limit < 0) {
            java.util.ArrayList<int[]> pieces = new java.util.ArrayList<>();
            int p1 = 0, p2;
            while ((p2 = memnstr(s, p1, delim, s.length)) >= 0) {
                pieces.add(new int[] {p1, p2});
                p1 = p2 + delim.length;
            }
            if (pieces.isEmpty()) return;
            long toReturn = limit + pieces.size() + 1;
            for (int i = 0; i < toReturn; i++) {
                int[] pc = pieces.get(i);
                addNextString(ht, newStr(s, pc[0], pc[1] - pc[0]));
            }
        } else {
            addNextString(ht, ZendString.copy(str));
        }
    }

    // ------------------------------------------------------------------ comparing

    /** PHP_FUNCTION(strcmp). */
    public static void strcmp(long ex, long rv) {
        ZendVm.setLong(rv, Compare.binaryStrcmp(bytes(ex, 1), bytes(ex, 2)));
    }

    /** PHP_FUNCTION(strcasecmp). */
    public static void strcasecmp(long ex, long rv) {
        ZendVm.setLong(rv, Compare.binaryStrcasecmp(bytes(ex, 1), bytes(ex, 2)));
    }

    /** PHP_FUNCTION(strncmp) / PHP_FUNCTION(strncasecmp). */
    private static void strncmpImpl(long ex, long rv, boolean ci) {
        byte[] a = bytes(ex, 1), b = bytes(ex, 2);
        long n = requiredLong(ex, 3);
        if (n < 0) throw valueError(ex, 3, "must be greater than or equal to 0");
        ZendVm.setLong(rv, ci ? Compare.binaryStrncasecmp(a, 0, a.length, b, 0, b.length, n)
                : Compare.binaryStrncmp(a, 0, a.length, b, 0, b.length, n));
    }

    /** PHP_FUNCTION(strncmp). */
    public static void strncmp(long ex, long rv) { strncmpImpl(ex, rv, false); }

    /** PHP_FUNCTION(strncasecmp). */
    public static void strncasecmp(long ex, long rv) { strncmpImpl(ex, rv, true); }

    /** PHP_FUNCTION(strnatcmp). */
    public static void strnatcmp(long ex, long rv) {
        ZendVm.setLong(rv, StrNatCmp.compare(bytes(ex, 1), bytes(ex, 2), false));
    }

    /** PHP_FUNCTION(strnatcasecmp). */
    public static void strnatcasecmp(long ex, long rv) {
        ZendVm.setLong(rv, StrNatCmp.compare(bytes(ex, 1), bytes(ex, 2), true));
    }

    /** PHP_FUNCTION(similar_text): the common characters; $percent gets sim * 200 / (len1 + len2). */
    public static void similar_text(long ex, long rv) {
        byte[] a = bytes(ex, 1), b = bytes(ex, 2);
        long sim = StringDistance.similarText(a, b);
        if (ZendExecuteData.numArgs(ex) >= 3) { // ZEND_TRY_ASSIGN_REF_DOUBLE(percent, …)
            long target = ZendParseParameters.refTarget(ex, 3);
            ZendVm.release(target);
            ZendVm.setDouble(target, a.length + b.length == 0 ? 0 : sim * 200.0 / (a.length + b.length));
        }
        ZendVm.setLong(rv, sim);
    }

    /** PHP_FUNCTION(levenshtein). */
    public static void levenshtein(long ex, long rv) {
        byte[] a = bytes(ex, 1), b = bytes(ex, 2);
        long ins = optionalLong(ex, 3, 1), rep = optionalLong(ex, 4, 1), del = optionalLong(ex, 5, 1);
        ZendVm.setLong(rv, StringDistance.levenshtein(a, b, ins, rep, del));
    }

    // ------------------------------------------------------------------ translating

    /** PHP_FUNCTION(strtr): strtr(s, from, to) and strtr(s, array). */
    public static void strtr(long ex, long rv) {
        long str = requiredString(ex, 1);
        nullToScalar(ex, 2, false);
        long fromHt = arrayArg(ex, 2);
        boolean hasTo = passedNotNull(ex, 3);
        byte[] from = fromHt == 0 ? bytes(ex, 2) : null;
        byte[] to = hasTo ? bytes(ex, 3) : null;
        if (!hasTo && fromHt == 0) {
            throw ZendError.create("TypeError", "strtr(): Argument #2 ($from) must be of type array, string given");
        } else if (hasTo && from == null) {
            throw ZendError.create("TypeError", "strtr(): Argument #2 ($from) must be of type string, array given");
        }
        if (ZendString.len(str) == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        byte[] s = ZendString.bytes(str);
        if (!hasTo) {
            int n = ZendArray.numOfElements(fromHt);
            if (n < 1) {
                ZendVm.setString(rv, ZendString.copy(str));
            } else if (n == 1) {
                int p = ZendHash.zend_hash_first_pos(fromHt);
                byte[] key = keyBytes(fromHt, p);
                byte[] repl = zvalBytes(ZendHash.zend_hash_data_at(fromHt, p));
                if (key.length < 1) {
                    warning(ex, "Ignoring replacement of empty string");
                    ZendVm.setString(rv, ZendString.copy(str));
                } else {
                    ZendVm.setString(rv, replaceOne(str, key, repl, true));
                }
            } else {
                ZendVm.setString(rv, strtrArray(ex, str, s, fromHt));
            }
            return;
        }
        int trlen = Math.min(from.length, to.length);
        if (trlen < 1) {
            ZendVm.setString(rv, ZendString.copy(str));
            return;
        }
        byte[] xlat = new byte[256];
        boolean[] has = new boolean[256];
        for (int i = 0; i < 256; i++) xlat[i] = (byte) i;
        for (int i = 0; i < trlen; i++) {
            xlat[from[i] & 0xff] = to[i];
            has[from[i] & 0xff] = true;
        }
        boolean changed = false;
        for (int i = 0; i < s.length; i++) {
            // php_strtr_ex: one pair allocates on any match, several only when a byte changes
            if (has[s[i] & 0xff] && (trlen == 1 || xlat[s[i] & 0xff] != s[i])) changed = true;
            s[i] = xlat[s[i] & 0xff];
        }
        ZendVm.setString(rv, changed ? newStr(s, 0, s.length) : ZendString.copy(str));
    }

    /** The key at a position as bytes (int keys in decimal). */
    private static byte[] keyBytes(long ht, int p) {
        if (ZendHash.zend_hash_key_type_at(ht, p) == ZendHash.HASH_KEY_IS_LONG) {
            return Long.toString(ZendHash.zend_hash_int_key_at(ht, p)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return ZendString.bytes(ZendHash.zend_hash_str_key_at(ht, p));
    }

    /** Port of php_strtr_array: longest keys first at each position, never rescanning replaced text. */
    private static long strtrArray(long ex, long input, byte[] s, long pats) {
        java.util.HashMap<String, byte[]> map = new java.util.HashMap<>();
        int minlen = 128 * 1024, maxlen = 0;
        boolean[] lengths = new boolean[s.length + 1];
        // first pass: string keys (warning for "" as php_strtr_array gives it), then numeric keys
        for (int p = ZendHash.zend_hash_first_pos(pats); p < ZendArray.numUsed(pats); p = ZendHash.zend_hash_next_pos(pats, p)) {
            if (ZendHash.zend_hash_key_type_at(pats, p) != ZendHash.HASH_KEY_IS_LONG
                    && ZendString.len(ZendHash.zend_hash_str_key_at(pats, p)) == 0) {
                warning(ex, "Ignoring replacement of empty string");
            }
        }
        for (int p = ZendHash.zend_hash_first_pos(pats); p < ZendArray.numUsed(pats); p = ZendHash.zend_hash_next_pos(pats, p)) {
            byte[] key = keyBytes(pats, p);
            int len = key.length;
            if (len == 0 || len > s.length) continue;
            maxlen = Math.max(maxlen, len);
            minlen = Math.min(minlen, len);
            lengths[len] = true;
            String k = new String(key, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!map.containsKey(k)) map.put(k, zvalBytes(ZendHash.zend_hash_data_at(pats, p)));
        }
        if (minlen > maxlen) return ZendString.copy(input);
        ByteBuf out = null;
        int oldPos = 0, pos = 0;
        while (pos <= s.length - minlen) {
            int len = Math.min(maxlen, s.length - pos);
            while (len >= minlen) {
                if (lengths[len]) {
                    byte[] r = map.get(new String(s, pos, len, java.nio.charset.StandardCharsets.ISO_8859_1));
                    if (r != null) {
                        if (out == null) out = new ByteBuf(s.length + 16);
                        out.append(s, oldPos, pos - oldPos);
                        out.append(r, 0, r.length);
                        oldPos = pos + len;
                        pos = oldPos - 1;
                        break;
                    }
                }
                len--;
            }
            pos++;
        }
        if (out == null) return ZendString.copy(input);
        out.append(s, oldPos, s.length - oldPos);
        return truncate(strWithCapacity(out, smartStrCapacity(out.length())));
    }

    /** PHP_FUNCTION(nl2br). */
    public static void nl2br(long ex, long rv) {
        long str = requiredString(ex, 1);
        boolean xhtml = optionalBool(ex, 2, true);
        byte[] s = ZendString.bytes(str);
        int count = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\r' || s[i] == '\n') {
                if (i + 1 < s.length && (s[i + 1] == (s[i] == '\r' ? '\n' : '\r'))) i++;
                count++;
            }
        }
        if (count == 0) {
            ZendVm.setString(rv, ZendString.copy(str));
            return;
        }
        byte[] br = xhtml ? new byte[] {'<', 'b', 'r', ' ', '/', '>'} : new byte[] {'<', 'b', 'r', '>'};
        ByteBuf out = new ByteBuf(s.length + count * br.length);
        for (int i = 0; i < s.length; i++) {
            byte c = s[i];
            if (c == '\r' || c == '\n') {
                out.append(br, 0, br.length);
                if (i + 1 < s.length && s[i + 1] == (c == '\r' ? '\n' : '\r')) {
                    out.append(c);
                    i++;
                    c = s[i];
                }
            }
            out.append(c);
        }
        ZendVm.setString(rv, safeStr(out, count, br.length, s.length));
    }

    /** PHP_FUNCTION(addslashes): ' " \ escaped, NUL as \0; the same string when nothing needs it. */
    public static void addslashes(long ex, long rv) {
        long str = requiredString(ex, 1);
        byte[] s = ZendString.bytes(str);
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        ByteBuf out = null;
        int offset = 0;
        for (int i = 0; i < s.length; i++) {
            byte c = s[i];
            if (c == 0 || c == '\'' || c == '"' || c == '\\') {
                if (out == null) {
                    out = new ByteBuf(s.length * 2);
                    out.append(s, 0, i);
                    // the SSE4.2 scan of php_addslashes finds the first 16-byte block holding a special byte
                    offset = (s.length > 15 && i < ((s.length - 16) / 16 + 1) * 16) ? i & ~15 : i;
                }
                out.append('\\');
                out.append(c == 0 ? (byte) '0' : c);
            } else if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            ZendVm.setString(rv, ZendString.copy(str));
        } else {
            // zend_string_safe_alloc(2, len - offset, offset), truncated only when more than 16 bytes are left over
            long cap = 2L * (s.length - offset) + offset;
            long r = safeStr(out, 2, s.length - offset, offset);
            ZendVm.setString(rv, cap - out.length() > 16 ? truncate(r) : r);
        }
    }

    /** PHP_FUNCTION(stripslashes). */
    public static void stripslashes(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length);
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\\') {
                i++;
                if (i < s.length) out.append(s[i] == '0' ? (byte) 0 : s[i]);
            } else {
                out.append(s[i]);
            }
        }
        ZendVm.setString(rv, strWithCapacity(out, s.length));
    }

    /** PHP_FUNCTION(str_word_count): formats 0 (count), 1 (words), 2 (offset => word). */
    public static void str_word_count(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        long type = optionalLong(ex, 2, 0);
        byte[] charList = passedNotNull(ex, 3) ? bytes(ex, 3) : null;
        long ht = 0;
        switch ((int) type == type ? (int) type : -1) {
            case 1, 2 -> {
                ht = ZendHash.zend_new_array(0);
                ZendArrays.setArray(rv, ht);
                if (s.length == 0) return;
            }
            case 0 -> {
                if (s.length == 0) {
                    ZendVm.setLong(rv, 0);
                    return;
                }
            }
            default -> throw valueError(ex, 2, "must be a valid format value");
        }
        boolean[] ch = charList != null ? charmask(ex, charList) : null;
        int p = 0, e = s.length;
        if ((s[p] == '\'' && (ch == null || !ch['\''])) || (s[p] == '-' && (ch == null || !ch['-']))) p++;
        if (s[e - 1] == '-' && (ch == null || !ch['-'])) e--;
        long count = 0;
        while (p < e) {
            int st = p;
            while (p < e && (isAlpha(s[p] & 0xff) || (ch != null && ch[s[p] & 0xff]) || s[p] == '\'' || s[p] == '-')) p++;
            if (p > st) {
                if (type == 1) {
                    addNextString(ht, newStr(s, st, p - st));
                } else if (type == 2) {
                    ZendVm.setString(TMP, newStr(s, st, p - st));
                    ZendHash.zend_hash_index_update(ht, st, TMP);
                } else {
                    count++;
                }
            }
            p++;
        }
        if (type == 0) ZendVm.setLong(rv, count);
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** PHP_FUNCTION(bin2hex). */
    public static void bin2hex(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length * 2 + 1);
        Hashes.appendHex(out, s, 0, s.length);
        ZendVm.setString(rv, safeStr(out, s.length, 2, 0));
    }

    /** PHP_FUNCTION(hex2bin): false with a warning for odd lengths or non-hex digits. */
    public static void hex2bin(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        if (s.length % 2 != 0) {
            warning(ex, "Hexadecimal input string must have an even length");
            ZendVm.setBool(rv, false);
            return;
        }
        byte[] r = new byte[s.length / 2];
        for (int i = 0; i < r.length; i++) {
            int hi = Character.digit(s[2 * i] & 0xff, 16), lo = Character.digit(s[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (s[2 * i] & 0xff) > 'f' || (s[2 * i + 1] & 0xff) > 'f') {
                warning(ex, "Input string must be hexadecimal string");
                ZendVm.setBool(rv, false);
                return;
            }
            r[i] = (byte) (hi << 4 | lo);
        }
        ZendVm.setString(rv, newStr(r, 0, r.length));
    }

    // ------------------------------------------------------------------ more of string.c

    /** php_spn_common_handler: strspn (accept) / strcspn (reject) over string[offset, offset+length). */
    private static void spn(long ex, long rv, boolean accept) {
        byte[] s = bytes(ex, 1), mask = bytes(ex, 2);
        long start = optionalLong(ex, 3, 0);
        boolean lenIsNull = !passedNotNull(ex, 4);
        long len = lenIsNull ? 0 : requiredLong(ex, 4);
        long remain = s.length;
        if (start < 0) {
            start += remain;
            if (start < 0) start = 0;
        } else if (start > remain) {
            start = remain;
        }
        remain -= start;
        if (!lenIsNull) {
            if (len < 0) {
                len += remain;
                if (len < 0) len = 0;
            } else if (len > remain) {
                len = remain;
            }
        } else {
            len = remain;
        }
        if (len == 0) {
            ZendVm.setLong(rv, 0);
            return;
        }
        boolean[] in = new boolean[256];
        for (byte c : mask) in[c & 0xff] = true;
        if (!accept && mask.length == 0) in[0] = true; // php_strcspn compares against the terminating NUL
        int p = (int) start, end = (int) (start + len);
        while (p < end && in[s[p] & 0xff] == accept) p++;
        ZendVm.setLong(rv, p - start);
    }

    /** PHP_FUNCTION(strspn). */
    public static void strspn(long ex, long rv) { spn(ex, rv, true); }

    /** PHP_FUNCTION(strcspn). */
    public static void strcspn(long ex, long rv) { spn(ex, rv, false); }

    /** PHP_FUNCTION(substr_compare). */
    public static void substr_compare(long ex, long rv) {
        byte[] a = bytes(ex, 1), b = bytes(ex, 2);
        long offset = requiredLong(ex, 3);
        boolean lenIsDefault = !passedNotNull(ex, 4);
        long len = lenIsDefault ? 0 : requiredLong(ex, 4);
        boolean ci = optionalBool(ex, 5, false);
        if (!lenIsDefault && len <= 0) {
            if (len == 0) {
                ZendVm.setLong(rv, 0);
                return;
            }
            throw valueError(ex, 4, "must be greater than or equal to 0");
        }
        if (offset < 0) {
            offset = a.length + offset;
            if (offset < 0) offset = 0;
        }
        if (offset > a.length) throw valueError(ex, 3, "must be contained in argument #1 ($haystack)");
        long cmpLen = len != 0 ? len : Math.max(b.length, a.length - offset);
        int o = (int) offset;
        ZendVm.setLong(rv, ci ? Compare.binaryStrncasecmp(a, o, a.length - o, b, 0, b.length, cmpLen)
                : Compare.binaryStrncmp(a, o, a.length - o, b, 0, b.length, cmpLen));
    }

    /** PHP_FUNCTION(str_rot13). */
    public static void str_rot13(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (c >= 'a' && c <= 'z') s[i] = (byte) ('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') s[i] = (byte) ('A' + (c - 'A' + 13) % 26);
        }
        ZendVm.setString(rv, newStr(s, 0, s.length));
    }

    /** PHP_FUNCTION(quotemeta): . \ + * ? [ ^ ] $ ( ) escaped. */
    public static void quotemeta(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        ByteBuf out = new ByteBuf(s.length * 2);
        for (byte c : s) {
            switch (c) {
                case '.', '\\', '+', '*', '?', '[', '^', ']', '$', '(', ')' -> out.append('\\');
                default -> { }
            }
            out.append(c);
        }
        ZendVm.setString(rv, truncatedStr(out, 2, s.length, 0));
    }

    /** PHP_FUNCTION(count_chars): modes 0-2 give byte => count arrays, 3 and 4 the used / unused bytes. */
    public static void count_chars(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        long mode = optionalLong(ex, 2, 0);
        if (mode < 0 || mode > 4) throw valueError(ex, 2, "must be between 0 and 4 (inclusive)");
        int[] chars = new int[256];
        for (byte c : s) chars[c & 0xff]++;
        if (mode < 3) {
            long ht = ZendHash.zend_new_array(0);
            for (int i = 0; i < 256; i++) {
                if (mode == 0 || (mode == 1 && chars[i] != 0) || (mode == 2 && chars[i] == 0)) {
                    ZendVm.setLong(TMP, chars[i]);
                    ZendHash.zend_hash_index_update(ht, i, TMP);
                }
            }
            ZendArrays.setArray(rv, ht);
            return;
        }
        ByteBuf out = new ByteBuf(256);
        for (int i = 0; i < 256; i++) if ((chars[i] != 0) == (mode == 3)) out.append((byte) i);
        ZendVm.setString(rv, newStr(out));
    }

    /** PHP_FUNCTION(addcslashes) with php_addcslashes_str: C-style escapes, octal for other control / high bytes. */
    public static void addcslashes(long ex, long rv) {
        long str = requiredString(ex, 1);
        byte[] what = bytes(ex, 2);
        byte[] s = ZendString.bytes(str);
        if (s.length == 0) {
            ZendVm.setString(rv, ZendInternedStrings.emptyString());
            return;
        }
        if (what.length == 0) {
            ZendVm.setString(rv, ZendString.copy(str));
            return;
        }
        boolean[] flags = charmask(ex, what);
        ByteBuf out = new ByteBuf(s.length * 4);
        for (byte b : s) {
            int c = b & 0xff;
            if (flags[c]) {
                out.append('\\');
                if (c < 32 || c > 126) {
                    switch (c) {
                        case '\n' -> out.append('n');
                        case '\t' -> out.append('t');
                        case '\r' -> out.append('r');
                        case 7 -> out.append('a');
                        case 11 -> out.append('v');
                        case '\b' -> out.append('b');
                        case '\f' -> out.append('f');
                        default -> out.append((byte) ('0' + (c >> 6))).append((byte) ('0' + ((c >> 3) & 7))).append((byte) ('0' + (c & 7)));
                    }
                    continue;
                }
            }
            out.append(b);
        }
        ZendVm.setString(rv, out.length() < s.length * 4 ? truncatedStr(out, 4, s.length, 0) : safeStr(out, 4, s.length, 0));
    }

    /** PHP_FUNCTION(stripcslashes) with php_stripcslashes (in place in a copy of the input). */
    public static void stripcslashes(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length);
        int end = s.length;
        for (int i = 0; i < end; i++) {
            if (s[i] == '\\' && i + 1 < end) {
                i++;
                switch (s[i]) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'a' -> out.append((byte) 7);
                    case 't' -> out.append('\t');
                    case 'v' -> out.append((byte) 11);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case '\\' -> out.append('\\');
                    default -> {
                        if (s[i] == 'x' && i + 1 < end && hexDigit(s[i + 1]) >= 0) {
                            int v = hexDigit(s[++i]);
                            if (i + 1 < end && hexDigit(s[i + 1]) >= 0) v = v * 16 + hexDigit(s[++i]);
                            out.append((byte) v);
                        } else {
                            int n = 0, v = 0;
                            while (i < end && s[i] >= '0' && s[i] <= '7' && n < 3) {
                                v = v * 8 + (s[i++] - '0');
                                n++;
                            }
                            if (n > 0) {
                                out.append((byte) v);
                                i--;
                            } else {
                                out.append(s[i]);
                            }
                        }
                    }
                }
            } else {
                out.append(s[i]);
            }
        }
        ZendVm.setString(rv, strWithCapacity(out, s.length));
    }

    private static int hexDigit(byte b) {
        int c = b & 0xff;
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** PHP_FUNCTION(strip_tags): php_strip_tags_ex over a copy of the input, allowed tags as a string or an array. */
    public static void strip_tags(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        byte[] allow = null;
        if (passedNotNull(ex, 2)) {
            long ht = arrayArg(ex, 2);
            if (ht != 0) {
                ByteBuf tags = new ByteBuf();
                for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                    byte[] t = zvalBytes(ZendHash.zend_hash_data_at(ht, p));
                    tags.append('<').append(t, 0, t.length).append('>');
                }
                if (tags.length() > 0) allow = tags.toArray();
            } else {
                allow = bytes(ex, 2);
            }
        }
        ByteBuf out = new ByteBuf(s.length);
        stripTags(s, allow == null ? null : lower(allow), out);
        ZendVm.setString(rv, strWithCapacity(out, s.length));
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** php_strip_tags_ex's state machine (states 0 text, 1 tag, 2 php, 3 comment/doctype, 4 html comment). */
    private static void stripTags(byte[] buf, byte[] allow, ByteBuf out) {
        int end = buf.length;
        ByteBuf tb = allow != null ? new ByteBuf(64) : null;
        int p = 0, br = 0, depth = 0, inQ = 0, state = 0;
        int lc = 0;
        boolean isXml = false;
        while (p < end) {
            int c = buf[p] & 0xff;
            int next = p + 1 < end ? buf[p + 1] & 0xff : 0;
            int prev = p > 0 ? buf[p - 1] & 0xff : 0;
            switch (state) {
                case 0 -> {
                    switch (c) {
                        case 0 -> { }
                        case '<' -> {
                            if (inQ != 0) break;
                            if (isSpace(next)) {
                                out.append((byte) c);
                                break;
                            }
                            lc = '<';
                            state = 1;
                            if (tb != null) tb.append('<');
                        }
                        case '>' -> {
                            if (depth != 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            out.append((byte) c);
                        }
                        default -> out.append((byte) c);
                    }
                }
                case 1 -> {
                    switch (c) {
                        case 0 -> { }
                        case '<' -> {
                            if (inQ != 0) break;
                            if (isSpace(next)) {
                                if (tb != null) tb.append((byte) c);
                                break;
                            }
                            depth++;
                        }
                        case '>' -> {
                            if (depth != 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            lc = '>';
                            if (isXml && prev == '-') break;
                            inQ = 0;
                            state = 0;
                            isXml = false;
                            if (tb != null) {
                                tb.append('>');
                                if (tagFind(tb, allow)) out.append(tb);
                                tb.reset();
                            }
                        }
                        case '"', '\'' -> {
                            if (p != 0 && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                            if (tb != null) tb.append((byte) c);
                        }
                        case '!' -> {
                            if (p >= 1 && prev == '<') {
                                state = 3;
                                lc = c;
                            } else if (tb != null) {
                                tb.append((byte) c);
                            }
                        }
                        case '?' -> {
                            if (p >= 1 && prev == '<') {
                                br = 0;
                                state = 2;
                            } else if (tb != null) {
                                tb.append((byte) c);
                            }
                        }
                        default -> {
                            if (tb != null) tb.append((byte) c);
                        }
                    }
                }
                case 2 -> {
                    switch (c) {
                        case '(' -> {
                            if (lc != '"' && lc != '\'') {
                                lc = '(';
                                br++;
                            }
                        }
                        case ')' -> {
                            if (lc != '"' && lc != '\'') {
                                lc = ')';
                                br--;
                            }
                        }
                        case '>' -> {
                            if (depth != 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            if (br == 0 && p >= 1 && lc != '"' && prev == '?') {
                                inQ = 0;
                                state = 0;
                                if (tb != null) tb.reset();
                            }
                        }
                        case '"', '\'' -> {
                            if (p >= 1 && prev != '\\') {
                                if (lc == c) lc = 0;
                                else if (lc != '\\') lc = c;
                                if (p != 0 && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                            }
                        }
                        case 'l', 'L' -> {
                            if (p > 4 && (prev == 'm' || prev == 'M') && ((buf[p - 2] | 0x20) == 'x')
                                    && buf[p - 3] == '?' && buf[p - 4] == '<') {
                                state = 1;
                                isXml = true;
                            }
                        }
                        default -> { }
                    }
                }
                case 3 -> {
                    switch (c) {
                        case '>' -> {
                            if (depth != 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            inQ = 0;
                            state = 0;
                            if (tb != null) tb.reset();
                        }
                        case '"', '\'' -> {
                            if (p != 0 && prev != '\\' && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                        }
                        case '-' -> {
                            if (p >= 2 && prev == '-' && buf[p - 2] == '!') state = 4;
                        }
                        case 'E', 'e' -> {
                            if (p > 6 && matchesDoctype(buf, p)) state = 1;
                        }
                        default -> { }
                    }
                }
                default -> { // state 4: inside <!-- -->
                    if (c == '>' && inQ == 0 && p >= 2 && prev == '-' && buf[p - 2] == '-') {
                        inQ = 0;
                        state = 0;
                        if (tb != null) tb.reset();
                    }
                }
            }
            p++;
        }
    }

    /** The "doctyp" before an 'e' (the !DOCTYPE exception of php_strip_tags_ex). */
    private static boolean matchesDoctype(byte[] b, int p) {
        byte[] w = {'p', 'y', 't', 'c', 'o', 'd'};
        for (int i = 0; i < 6; i++) if ((b[p - 1 - i] | 0x20) != w[i]) return false;
        return true;
    }

    /** php_tag_find: the tag normalised to "<name>" and looked up in the (lowercased) allowed set. */
    private static boolean tagFind(ByteBuf tag, byte[] set) {
        int len = tag.length();
        if (len == 0) return false;
        byte[] t = tag.array();
        ByteBuf norm = new ByteBuf(len + 2);
        int state = 0;
        boolean done = false;
        int i = 0;
        int c = toLower(t[0] & 0xff);
        while (!done) {
            switch (c) {
                case '<' -> norm.append((byte) c);
                case '>' -> done = true;
                default -> {
                    if (!isSpace(c)) {
                        if (state == 0) state = 1;
                        int before = i > 0 ? t[i - 1] & 0xff : 0, after = i + 1 < len ? t[i + 1] & 0xff : 0;
                        if (c != '/' || (before != '<' && after != '>')) norm.append((byte) c);
                    } else if (state == 1) {
                        done = true;
                    }
                }
            }
            i++;
            c = i < len ? toLower(t[i] & 0xff) : 0;
            if (i > len) break;
        }
        norm.append('>');
        byte[] n = norm.toArray();
        return memnstr(set, 0, n, set.length) >= 0;
    }

    /** PHP_FUNCTION(utf8_encode) (deprecated in 8.2): Latin-1 to UTF-8. */
    public static void utf8_encode(long ex, long rv) {
        jzend.zend.Zend.zend_error(ZendErrors.E_DEPRECATED, "Function utf8_encode() is deprecated");
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length * 2);
        for (byte b : s) {
            int c = b & 0xff;
            if (c < 0x80) out.append(b);
            else out.append((byte) (0xc0 | (c >> 6))).append((byte) (0x80 | (c & 0x3f)));
        }
        ZendVm.setString(rv, truncatedStr(out, s.length, 2, 0));
    }

    /** PHP_FUNCTION(utf8_decode) (deprecated in 8.2): UTF-8 to Latin-1, '?' for what does not fit or is invalid. */
    public static void utf8_decode(long ex, long rv) {
        jzend.zend.Zend.zend_error(ZendErrors.E_DEPRECATED, "Function utf8_decode() is deprecated");
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length);
        int pos = 0;
        while (pos < s.length) {
            int n = HtmlSpecialChars.nextUtf8(s, pos, s.length);
            if (n < 0) {
                out.append('?');
                pos += -n;
                continue;
            }
            int c = s[pos] & 0xff;
            int cp = n == 1 ? c : n == 2 ? ((c & 0x1f) << 6) | (s[pos + 1] & 0x3f) : 0x100;
            out.append(cp < 0x100 ? (byte) cp : (byte) '?');
            pos += n;
        }
        long r = strWithCapacity(out, s.length);
        ZendVm.setString(rv, out.length() < s.length ? truncate(r) : r);
    }

    private static final byte[] SOUNDEX = {0, '1', '2', '3', 0, '1', '2', 0, 0, '2', '2', '4', '5', '5', 0, '1', '2', '6', '2', '3', 0, '1',
        0, '2', 0, '2'};

    /** PHP_FUNCTION(soundex). */
    public static void soundex(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        byte[] out = new byte[4];
        int small = 0, last = -1;
        for (int i = 0; i < s.length && small < 4; i++) {
            int code = toUpper(s[i] & 0xff);
            if (code >= 'A' && code <= 'Z') {
                if (small == 0) {
                    out[small++] = (byte) code;
                    last = SOUNDEX[code - 'A'];
                } else {
                    code = SOUNDEX[code - 'A'];
                    if (code != last) {
                        if (code != 0) out[small++] = (byte) code;
                        last = code;
                    }
                }
            }
        }
        while (small < 4) out[small++] = '0';
        ZendVm.setString(rv, newStr(out, 0, 4));
    }
}
