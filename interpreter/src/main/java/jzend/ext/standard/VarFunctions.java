package jzend.ext.standard;

import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendObjectHandlers;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendSymtable;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZendStrtod;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;

/**
 * ext/standard/var.c (var_export, serialize), var_unserializer.re (unserialize of scalars and
 * arrays) and the conversions of ext/standard/type.c (intval, floatval, boolval, strval).
 */
public final class VarFunctions {
    private VarFunctions() {}

    private static final String OWNER = "jzend/ext/standard/VarFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("var_export", OWNER, "var_export", 1, "value", "return"),
        new ZendFunctionEntry("serialize", OWNER, "serialize", 1, "value"),
        new ZendFunctionEntry("unserialize", OWNER, "unserialize", 1, "data", "options"),
        new ZendFunctionEntry("intval", OWNER, "intval", 1, "value", "base"),
        new ZendFunctionEntry("floatval", OWNER, "floatval", 1, "value"),
        new ZendFunctionEntry("doubleval", OWNER, "floatval", 1, "value"),
        new ZendFunctionEntry("boolval", OWNER, "boolval", 1, "value"),
        new ZendFunctionEntry("strval", OWNER, "strval", 1, "value"),
        new ZendFunctionEntry("settype", OWNER, "settype", 2, "&var", "type"),
    };

    private static int type(long zv) {
        return NativeMemory.getInt(zv + 8) & 0xff;
    }

    private static final ByteBuf OUT = new ByteBuf();

    /**
     * GC_IS_RECURSIVE + GC_PROTECT_RECURSION on an array being walked: false when it is already
     * being walked (a recursion); immutable arrays are never marked (they cannot contain themselves).
     */
    public static boolean protectRecursion(long ht) {
        int t = NativeMemory.getInt(ht + ZendArray.GC_TYPE_INFO);
        if ((t & ZendArray.GC_IMMUTABLE) != 0) return true;
        if ((t & ZendArray.GC_PROTECTED) != 0) return false;
        NativeMemory.putInt(ht + ZendArray.GC_TYPE_INFO, t | ZendArray.GC_PROTECTED);
        return true;
    }

    /** GC_UNPROTECT_RECURSION. */
    public static void unprotectRecursion(long ht) {
        int t = NativeMemory.getInt(ht + ZendArray.GC_TYPE_INFO);
        if ((t & ZendArray.GC_IMMUTABLE) == 0) NativeMemory.putInt(ht + ZendArray.GC_TYPE_INFO, t & ~ZendArray.GC_PROTECTED);
    }

    /** smart_str_extract of text built in {@code b} (see {@link jzend.zend.string.ZendSmartStr#extract}). */
    public static long smartStrExtract(ByteBuf b) {
        return jzend.zend.string.ZendSmartStr.extract(b);
    }

    /** A smart_str's buffer returned as is (see {@link jzend.zend.string.ZendSmartStr#untrimmed}). */
    public static long smartStrUntrimmed(ByteBuf b) {
        return jzend.zend.string.ZendSmartStr.untrimmed(b);
    }

    // ------------------------------------------------------------------ var_export

    /** PHP_FUNCTION(var_export): php_var_export_ex at level 1, printed or returned. */
    public static void var_export(long ex, long rv) {
        boolean ret = ZendParseParameters.optionalBool(ex, 2, false);
        ByteBuf buf = new ByteBuf();
        php_var_export_ex(buf, arg(ex, 1), 1);
        if (ret) {
            ZendVm.setString(rv, smartStrExtract(buf));
        } else {
            jzend.zend.Zend.zend_write(buf.array(), 0, buf.length());
            ZendVm.setNull(rv);
        }
    }

    /** php_addcslashes(s, "'\\") then "\0" replaced by ' . "\0" . ' (var_export's string form, without quotes). */
    private static void exportString(ByteBuf buf, byte[] s) {
        for (byte b : s) {
            if (b == '\'' || b == '\\') {
                buf.append('\\').append(b);
            } else if (b == 0) {
                buf.appendAscii("' . \"\\0\" . '");
            } else {
                buf.append(b);
            }
        }
    }

    /** Port of php_var_export_ex for null, bools, numbers, strings and arrays. */
    static void php_var_export_ex(ByteBuf buf, long zv, int level) {
        zv = ZendArrayOps.deref(zv);
        switch (type(zv)) {
            case ZendVm.IS_FALSE -> buf.appendAscii("false");
            case ZendVm.IS_TRUE -> buf.appendAscii("true");
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> buf.appendAscii("NULL");
            case ZendVm.IS_LONG -> {
                long v = NativeMemory.getLong(zv);
                // INT_MIN as a literal would be float: written as an expression
                if (v == Long.MIN_VALUE) buf.appendAscii("-9223372036854775807-1");
                else buf.append(v);
            }
            case ZendVm.IS_DOUBLE -> DoubleFormat.appendVarExport(buf, NativeMemory.getDouble(zv), (int) jzend.main.PhpGlobals.serialize_precision);
            case ZendVm.IS_STRING -> {
                buf.append('\'');
                exportString(buf, ZendString.bytes(NativeMemory.getLong(zv)));
                buf.append('\'');
            }
            case ZendVm.IS_ARRAY -> {
                long ht = NativeMemory.getLong(zv);
                if (!protectRecursion(ht)) {
                    buf.appendAscii("NULL");
                    jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "var_export does not handle circular references");
                    return;
                }
                try {
                    if (level > 1) {
                        buf.append('\n');
                        buf.appendRepeat((byte) ' ', level - 1);
                    }
                    buf.appendAscii("array (\n");
                    for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                        buf.appendRepeat((byte) ' ', level + 1);
                        if (ZendHash.zend_hash_key_type_at(ht, p) == ZendHash.HASH_KEY_IS_LONG) {
                            buf.append(ZendHash.zend_hash_int_key_at(ht, p));
                            buf.appendAscii(" => ");
                        } else {
                            buf.append('\'');
                            exportString(buf, ZendString.bytes(ZendHash.zend_hash_str_key_at(ht, p)));
                            buf.appendAscii("' => ");
                        }
                        php_var_export_ex(buf, ZendHash.zend_hash_data_at(ht, p), level + 2);
                        buf.append(',').append('\n');
                    }
                    if (level > 1) buf.appendRepeat((byte) ' ', level - 1);
                    buf.append(')');
                } finally {
                    unprotectRecursion(ht);
                }
            }
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> exportObject(buf, NativeMemory.getLong(zv), level);
            default -> throw new IllegalStateException("var_export of type " + type(zv)); // jzend has no other types
        }
    }

    /**
     * php_var_export_ex of an object: "\\Class::__set_state(array(" with each property of the
     * table var_export reads (zend_get_properties_for, ZEND_PROP_PURPOSE_VAR_EXPORT: the
     * properties table, made now if the object has none yet) as php_object_element_export writes
     * it — the unmangled name quoted, the value two levels deeper — then "))". A table met again
     * inside itself is NULL with php's warning.
     */
    private static void exportObject(ByteBuf buf, long obj, int level) {
        long myht = ZendObjectHandlers.getPropertiesFor(obj, ZendObjectHandlers.PROP_PURPOSE_VAR_EXPORT);
        try {
            if (!protectRecursion(myht)) {
                buf.appendAscii("NULL");
                jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "var_export does not handle circular references");
                return;
            }
            if (level > 1) {
                buf.append('\n');
                buf.appendRepeat((byte) ' ', level - 1);
            }
            buf.append('\\').appendAscii(ZendObjectHandlers.ce(obj).name).appendAscii("::__set_state(array(\n");
            for (int p = ZendHash.zend_hash_first_pos(myht); p < ZendArray.numUsed(myht); p = ZendHash.zend_hash_next_pos(myht, p)) {
                long val = ZendHash.zend_hash_data_at(myht, p);
                if (type(val) == 12 /* IS_INDIRECT */) val = NativeMemory.getLong(val);
                if (type(val) == ZendVm.IS_UNDEF) continue;
                // php_object_element_export
                buf.appendRepeat((byte) ' ', level + 2);
                if (ZendHash.zend_hash_key_type_at(myht, p) == ZendHash.HASH_KEY_IS_LONG) {
                    buf.append(ZendHash.zend_hash_int_key_at(myht, p));
                } else {
                    buf.append('\'');
                    for (byte b : ZendObjectHandlers.unmangledName(ZendHash.zend_hash_str_key_at(myht, p))) {
                        if (b == '\'' || b == '\\') buf.append('\\');
                        buf.append(b);
                    }
                    buf.append('\'');
                }
                buf.appendAscii(" => ");
                php_var_export_ex(buf, val, level + 2);
                buf.append(',').append('\n');
            }
            unprotectRecursion(myht);
            if (level > 1) buf.appendRepeat((byte) ' ', level - 1);
            buf.appendAscii("))");
        } finally {
            ZendObjectHandlers.releaseProperties(myht);
        }
    }

    // ------------------------------------------------------------------ serialize

    /** PHP_FUNCTION(serialize). */
    public static void serialize(long ex, long rv) {
        ByteBuf buf = new ByteBuf();
        serializeValue(buf, arg(ex, 1), new VarHash());
        ZendVm.setString(rv, smartStrExtract(buf));
    }

    /**
     * php_serialize_data: every value serialized is numbered from 1 (data->n); an object met
     * again is written as a back-reference to its number.
     */
    private static final class VarHash {
        long n;
        final java.util.Map<Long, Long> objects = new java.util.HashMap<>();
    }

    /** Port of php_var_serialize_intern for scalars, arrays and objects. */
    static void serializeValue(ByteBuf buf, long zv, VarHash varHash) {
        zv = ZendArrayOps.deref(zv);
        varHash.n++; // php_add_var_hash
        switch (type(zv)) {
            case ZendVm.IS_FALSE -> buf.appendAscii("b:0;");
            case ZendVm.IS_TRUE -> buf.appendAscii("b:1;");
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> buf.appendAscii("N;");
            case ZendVm.IS_LONG -> buf.appendAscii("i:").append(NativeMemory.getLong(zv)).append(';');
            case ZendVm.IS_DOUBLE -> {
                buf.appendAscii("d:");
                DoubleFormat.appendDouble(buf, NativeMemory.getDouble(zv), (int) jzend.main.PhpGlobals.serialize_precision, false);
                buf.append(';');
            }
            case ZendVm.IS_STRING -> serializeString(buf, ZendString.bytes(NativeMemory.getLong(zv)));
            case ZendVm.IS_ARRAY -> {
                long ht = NativeMemory.getLong(zv);
                if (!protectRecursion(ht)) {
                    // only reachable through references, which serialize writes as R:/r:
                    buf.appendAscii("N;");
                    return;
                }
                try {
                    buf.appendAscii("a:").append((long) ZendArrays.zend_array_count(ht)).appendAscii(":{");
                    for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                        if (ZendHash.zend_hash_key_type_at(ht, p) == ZendHash.HASH_KEY_IS_LONG) {
                            buf.appendAscii("i:").append(ZendHash.zend_hash_int_key_at(ht, p)).append(';');
                        } else {
                            serializeString(buf, ZendString.bytes(ZendHash.zend_hash_str_key_at(ht, p)));
                        }
                        serializeValue(buf, ZendHash.zend_hash_data_at(ht, p), varHash);
                    }
                    buf.append('}');
                } finally {
                    unprotectRecursion(ht);
                }
            }
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> serializeObject(buf, NativeMemory.getLong(zv), varHash);
            default -> throw new IllegalStateException("serialize of type " + type(zv)); // jzend has no other types
        }
    }

    /**
     * php_var_serialize_intern of an object: "r:N;" for one already written (php_add_var_hash),
     * the Exception "Serialization of 'Closure' is not allowed" (ZEND_ACC_NOT_SERIALIZABLE), else
     * O:len:"Class":count:{…} with each declared property under its mangled name — read from the
     * slots directly, as php does while the object has no properties table.
     */
    private static void serializeObject(ByteBuf buf, long obj, VarHash varHash) {
        Long seen = varHash.objects.get(obj);
        if (seen != null) {
            buf.appendAscii("r:").append((long) seen).append(';');
            return;
        }
        varHash.objects.put(obj, varHash.n);
        jzend.zend.execute.ZendClassEntry ce = ZendObjectHandlers.ce(obj);
        if (ce == jzend.zend.execute.ZendClassEntry.CLOSURE) {
            throw ZendError.create("Exception", "Serialization of '" + ce.name + "' is not allowed");
        }
        byte[] name = ce.name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        buf.appendAscii("O:").append((long) name.length).appendAscii(":\"").append(name).appendAscii("\":");
        ZendObjectHandlers.PropertyInfo[] table = ZendObjectHandlers.propertiesInfoTable(ce);
        if (table.length == 0) {
            buf.appendAscii("0:{}");
            return;
        }
        buf.append((long) table.length).appendAscii(":{");
        for (ZendObjectHandlers.PropertyInfo info : table) {
            serializeString(buf, info.name());
            long prop = obj + info.offset();
            serializeValue(buf, prop, varHash);
        }
        buf.append('}');
    }

    private static void serializeString(ByteBuf buf, byte[] s) {
        buf.appendAscii("s:").append((long) s.length).appendAscii(":\"").append(s).appendAscii("\";");
    }

    // ------------------------------------------------------------------ unserialize

    /** A parse failure: {@code pos} is where php_var_unserialize left its cursor. */
    private static final class Fail extends RuntimeException {
        final int pos;
        Fail(int pos) {
            super(null, null, false, false);
            this.pos = pos;
        }
    }

    /** PHP_FUNCTION(unserialize): scalars and arrays; false with PHP's notice on malformed data. */
    public static void unserialize(long ex, long rv) {
        byte[] s = ZendString.bytes(ZendParseParameters.requiredString(ex, 1));
        if (ZendExecuteData.numArgs(ex) >= 2) ZendParseParameters.requiredArray(ex, 2);
        if (s.length == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        Unserializer u = new Unserializer(s);
        try {
            u.value(rv, 0);
        } catch (Fail f) {
            jzend.zend.Zend.zend_error(ZendErrors.E_NOTICE, "unserialize(): Error at offset " + f.pos + " of " + s.length + " bytes");
            ZendVm.setBool(rv, false);
        }
    }

    /** The parser of var_unserializer.re for N, b, i, d, s and a. */
    private static final class Unserializer {
        final byte[] s;
        int p;

        Unserializer(byte[] s) {
            this.s = s;
        }

        private boolean at(int i, char c) {
            return i < s.length && s[i] == c;
        }

        private boolean digit(int i) {
            return i < s.length && s[i] >= '0' && s[i] <= '9';
        }

        /** End of [0-9]+ from i, or -1. */
        private int digits(int i) {
            if (!digit(i)) return -1;
            while (digit(i)) i++;
            return i;
        }

        /** End of iv ([+-]? [0-9]+) from i, or -1. */
        private int iv(int i) {
            if (at(i, '+') || at(i, '-')) i++;
            return digits(i);
        }

        /** End of nv / nvexp / iv from i, or -1. */
        private int number(int i) {
            int start = i;
            if (at(i, '+') || at(i, '-')) i++;
            int e = digits(i);
            if (e < 0) e = i;
            boolean any = e > i;
            if (at(e, '.')) {
                int f = digits(e + 1);
                if (f >= 0) { e = f; any = true; }
                else if (any) e = e + 1;
            }
            if (!any) return -1;
            if (at(e, 'e') || at(e, 'E')) {
                int x = iv(e + 1);
                if (x >= 0) e = x;
            }
            return e > start ? e : -1;
        }

        /** Parses one value at p into zv (uninitialised on entry); throws Fail with php's offset. */
        void value(long zv, int depth) {
            int start = p;
            if (start >= s.length) throw new Fail(start);
            byte c = s[start];
            if (c == '}') {
                jzend.zend.Zend.zend_error(ZendErrors.E_NOTICE, "unserialize(): Unexpected end of serialized data");
                throw new Fail(start);
            }
            if (!at(start + 1, ':')) {
                if (c == 'N' && at(start + 1, ';')) {
                    ZendVm.setNull(zv);
                    p = start + 2;
                    return;
                }
                throw new Fail(start);
            }
            switch (c) {
                case 'b' -> {
                    if ((at(start + 2, '0') || at(start + 2, '1')) && at(start + 3, ';')) {
                        ZendVm.setBool(zv, s[start + 2] == '1');
                        p = start + 4;
                        return;
                    }
                }
                case 'i' -> {
                    int e = iv(start + 2);
                    if (e >= 0 && at(e, ';')) {
                        ZendVm.setLong(zv, parseIv(start + 2, e));
                        p = e + 1;
                        return;
                    }
                }
                case 'd' -> {
                    int b = start + 2;
                    double d;
                    int e;
                    if (matches(b, "NAN;")) { d = Double.NaN; e = b + 3; }
                    else if (matches(b, "INF;")) { d = Double.POSITIVE_INFINITY; e = b + 3; }
                    else if (matches(b, "-INF;")) { d = Double.NEGATIVE_INFINITY; e = b + 4; }
                    else {
                        e = number(b);
                        if (e < 0 || !at(e, ';')) throw new Fail(start);
                        d = ZendStrtod.strtod(s, b, e, null);
                    }
                    ZendVm.setDouble(zv, d);
                    p = e + 1;
                    return;
                }
                case 's' -> {
                    int e = digits(start + 2);
                    if (e >= 0 && at(e, ':') && at(e + 1, '"')) {
                        long len = parseUiv(start + 2, e);
                        int str = e + 2;
                        if (s.length - str < len) throw new Fail(start + 2);
                        int end = str + (int) len;
                        if (!at(end, '"')) throw new Fail(end);
                        if (!at(end + 1, ';')) throw new Fail(end + 1);
                        ZendVm.setString(zv, len == 0 ? ZendInternedStrings.emptyString()
                                : len == 1 ? ZendInternedStrings.oneChar(s[str]) : newString(str, (int) len));
                        p = end + 2;
                        return;
                    }
                }
                case 'a' -> {
                    int e = digits(start + 2);
                    if (e >= 0 && at(e, ':') && at(e + 1, '{')) {
                        long n = parseUiv(start + 2, e);
                        p = e + 2;
                        if (n > s.length - p) throw new Fail(start);
                        if (n == 0) {
                            if (p >= s.length || s[p] != '}') throw new Fail(p);
                            p++;
                            ZendArrays.setEmptyArray(zv);
                            return;
                        }
                        // array_init_size + zend_hash_real_init_mixed: never packed while unserializing
                        long ht = ZendHash.zend_new_array(n);
                        ZendHash.zend_hash_real_init_mixed(ht);
                        ZendArrays.setArray(zv, ht);
                        try {
                            elements(ht, n, depth + 1);
                            if (p >= s.length || s[p] != '}') throw new Fail(p);
                            p++;
                        } catch (RuntimeException f) {
                            // Fail, or the Error for what jzend cannot build: the partial array goes
                            ZendArrays.release(ht);
                            throw f;
                        }
                        return;
                    }
                }
                case 'O', 'C', 'E', 'r', 'R', 'S' ->
                    throw ZendError.create("Error", "jzend cannot unserialize objects, enums, references or escaped strings yet");
                default -> { }
            }
            throw new Fail(start);
        }

        /** A string value as 8.2.36's unserializer allocates it (len + 32 bytes). */
        private long newString(int off, int len) {
            long r = ZendString.alloc(len + 7, false);
            NativeMemory.copyFromArray(s, off, ZendString.val(r), len);
            NativeMemory.putLong(r + ZendString.LEN, len);
            NativeMemory.putByte(ZendString.val(r) + len, (byte) 0);
            return r;
        }

        private boolean matches(int i, String lit) {
            if (i + lit.length() > s.length) return false;
            for (int k = 0; k < lit.length(); k++) if (s[i + k] != lit.charAt(k)) return false;
            return true;
        }

        /** process_nested_array_data: n key/value pairs; later duplicates replace earlier ones. */
        private void elements(long ht, long n, int depth) {
            long key = jzend.zend.alloc.LibC.malloc(32), tmp = key + 16;
            try {
                for (long i = 0; i < n; i++) {
                    value(key, depth);
                    int kt = type(key);
                    if (kt != ZendVm.IS_LONG && kt != ZendVm.IS_STRING) {
                        ZendVm.release(key);
                        throw new Fail(p);
                    }
                    try {
                        value(tmp, depth);
                    } catch (RuntimeException f) {
                        ZendVm.release(key);
                        throw f;
                    }
                    if (kt == ZendVm.IS_LONG) {
                        long slot = ZendHash.zend_hash_index_lookup(ht, NativeMemory.getLong(key));
                        ZendVm.release(slot);
                        NativeMemory.copy(tmp, slot, 12); // ZVAL_COPY_VALUE: not u2 (the bucket's next)
                    } else {
                        long k = NativeMemory.getLong(key);
                        long slot = ZendSymtable.zend_symtable_lookup(ht, k);
                        ZendVm.release(slot);
                        NativeMemory.copy(tmp, slot, 12);
                        ZendString.release(k);
                    }
                }
            } finally {
                jzend.zend.alloc.LibC.free(key);
            }
        }

        /** parse_iv2: a signed decimal; out of range is a warning and the saturated value. */
        private long parseIv(int b, int e) {
            boolean neg = false;
            if (s[b] == '-' || s[b] == '+') {
                neg = s[b] == '-';
                b++;
            }
            long r = 0;
            for (int i = b; i < e; i++) {
                int d = s[i] - '0';
                if (r > (Long.MAX_VALUE - d) / 10 && !(neg && r == Long.MAX_VALUE / 10 && d == 8 && i == e - 1)) {
                    jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "unserialize(): Numerical result out of range");
                    return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
                }
                r = r * 10 + d;
            }
            return neg ? -r : r;
        }

        private long parseUiv(int b, int e) {
            long r = 0;
            for (int i = b; i < e; i++) {
                r = r * 10 + (s[i] - '0');
                if (r > Integer.MAX_VALUE) return Long.MAX_VALUE / 2;
            }
            return r;
        }
    }

    // ------------------------------------------------------------------ type.c conversions

    private static final NumResult R = new NumResult();

    /** PHP_FUNCTION(intval): zval_get_long, or strtol in another base for strings (with 0b for base 0/2). */
    public static void intval(long ex, long rv) {
        long zv = ZendArrayOps.deref(arg(ex, 1));
        long base = ZendParseParameters.optionalLong(ex, 2, 10);
        int t = type(zv);
        if (t != ZendVm.IS_STRING || base == 10) {
            ZendVm.setLong(rv, longOf(zv));
            return;
        }
        byte[] s = ZendString.bytes(NativeMemory.getLong(zv));
        if (base == 0 || base == 2) {
            int i = 0;
            while (i < s.length && isSpace(s[i])) i++;
            if (s.length - i > 2) {
                int off = s[i] == '-' || s[i] == '+' ? 1 : 0;
                if (s[i + off] == '0' && (s[i + off + 1] == 'b' || s[i + off + 1] == 'B')) {
                    byte[] t2 = new byte[s.length - i - 2];
                    if (off == 1) t2[0] = s[i];
                    System.arraycopy(s, i + off + 2, t2, off, s.length - i - off - 2);
                    ZendVm.setLong(rv, strtol(t2, 2));
                    return;
                }
            }
        }
        ZendVm.setLong(rv, strtol(s, base));
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** C strtol (ZEND_STRTOL): saturates on overflow; 0 for an invalid base. */
    static long strtol(byte[] s, long base) {
        if (base < 0 || base == 1 || base > 36) return 0;
        int i = 0, n = s.length;
        while (i < n && isSpace(s[i])) i++;
        boolean neg = false;
        if (i < n && (s[i] == '-' || s[i] == '+')) {
            neg = s[i] == '-';
            i++;
        }
        int b = (int) base;
        if ((b == 0 || b == 16) && i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x' && i + 2 < n && digitValue(s[i + 2]) < 16) {
            i += 2;
            b = 16;
        } else if (b == 0) {
            b = i < n && s[i] == '0' ? 8 : 10;
        }
        long acc = 0;
        boolean overflow = false;
        long limit = neg ? Long.MIN_VALUE : -Long.MAX_VALUE;
        for (; i < n; i++) {
            int d = digitValue(s[i]);
            if (d >= b) break;
            if (overflow) continue;
            // accumulate negatively to reach Long.MIN_VALUE
            if (acc < (limit + d) / b || acc * b < limit + d) {
                overflow = true;
                continue;
            }
            acc = acc * b - d;
        }
        if (overflow) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        return neg ? acc : -acc;
    }

    private static int digitValue(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }

    private static final long SCRATCH = jzend.zend.alloc.LibC.malloc(16);

    /** zval_get_long, arrays included (1 when not empty). */
    static long longOf(long zv) {
        if (type(zv) == ZendVm.IS_ARRAY) return ZendArray.numOfElements(NativeMemory.getLong(zv)) > 0 ? 1 : 0;
        ZendVm.cast(SCRATCH, zv, ZendVm.IS_LONG);
        return NativeMemory.getLong(SCRATCH);
    }

    /** PHP_FUNCTION(floatval): zval_get_double. */
    public static void floatval(long ex, long rv) {
        long zv = ZendArrayOps.deref(arg(ex, 1));
        if (type(zv) == ZendVm.IS_ARRAY) {
            ZendVm.setDouble(rv, ZendArray.numOfElements(NativeMemory.getLong(zv)) > 0 ? 1.0 : 0.0);
            return;
        }
        ZendVm.cast(rv, zv, ZendVm.IS_DOUBLE);
    }

    /** PHP_FUNCTION(boolval): zend_is_true. */
    public static void boolval(long ex, long rv) {
        ZendVm.setBool(rv, isTrue(ZendArrayOps.deref(arg(ex, 1))));
    }

    static boolean isTrue(long zv) {
        if (type(zv) == ZendVm.IS_ARRAY) return ZendArray.numOfElements(NativeMemory.getLong(zv)) > 0;
        return ZendVm.isTrue(zv);
    }

    /** PHP_FUNCTION(settype) (ext/standard/type.c): converts the variable in place; true, or ValueError for an unknown type. */
    public static void settype(long ex, long rv) {
        long v = ZendArrayOps.deref(arg(ex, 1));
        String type = new String(ZendString.bytes(ZendParseParameters.requiredString(ex, 2)), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        int t = type(v);
        switch (type) {
            case "integer", "int" -> {
                long l = longOf(v);
                ZendVm.release(v);
                ZendVm.setLong(v, l);
            }
            case "float", "double" -> {
                double d;
                if (t == ZendVm.IS_ARRAY) {
                    d = ZendArray.numOfElements(NativeMemory.getLong(v)) > 0 ? 1.0 : 0.0;
                } else {
                    ZendVm.cast(SCRATCH, v, ZendVm.IS_DOUBLE);
                    d = NativeMemory.getDouble(SCRATCH);
                }
                ZendVm.release(v);
                ZendVm.setDouble(v, d);
            }
            case "string" -> {
                if (t == ZendVm.IS_STRING) break;
                long str;
                if (t == ZendVm.IS_ARRAY) {
                    jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "Array to string conversion");
                    str = ZendInternedStrings.intern(ARRAY);
                } else {
                    try {
                        str = ZendVm.stringOfValue(v);
                    } catch (ZendError e) {
                        // _convert_to_string of an object without __toString: the variable becomes "" and the Error goes on
                        ZendVm.release(v);
                        ZendVm.setString(v, ZendInternedStrings.emptyString());
                        throw e;
                    }
                }
                ZendVm.release(v);
                ZendVm.setString(v, str);
            }
            case "boolean", "bool" -> {
                boolean b = isTrue(v);
                ZendVm.release(v);
                ZendVm.setBool(v, b);
            }
            case "null" -> {
                ZendVm.release(v);
                ZendVm.setNull(v);
            }
            case "array" -> {
                if (t == ZendVm.IS_ARRAY) break;
                if (t == ZendVm.IS_NULL) {
                    ZendArrays.setEmptyArray(v);
                    break;
                }
                if (t == jzend.zend.execute.ZendExceptions.IS_OBJECT) {
                    // convert_to_array: a closure as [closure], another object as its properties
                    ZendVm.cast(SCRATCH, v, ZendVm.IS_ARRAY);
                    ZendVm.release(v);
                    NativeMemory.copy(SCRATCH, v, 12);
                    break;
                }
                // convert_to_array of a scalar: [0 => value], the value moved in
                long ht = ZendHash.zend_new_array(1);
                ZendHash.zend_hash_index_add_new(ht, 0, v);
                ZendArrays.setArray(v, ht);
            }
            case "object" -> {
                // convert_to_object: an object stays as it is; anything else would become a stdClass
                if (t != jzend.zend.execute.ZendExceptions.IS_OBJECT) {
                    throw ZendError.create("Error", "jzend cannot convert to object yet (objects of stdClass are not supported)");
                }
            }
            case "resource" -> throw ZendError.create("ValueError", "Cannot convert to resource type");
            default -> throw ZendParseParameters.valueError(ex, 2, "must be a valid type");
        }
        ZendVm.setBool(rv, true);
    }

    private static final byte[] ARRAY = {'A', 'r', 'r', 'a', 'y'};

    /** PHP_FUNCTION(strval): zval_get_string ("Array" with a warning for arrays). */
    public static void strval(long ex, long rv) {
        long zv = ZendArrayOps.deref(arg(ex, 1));
        if (type(zv) == ZendVm.IS_ARRAY) {
            jzend.zend.Zend.zend_error(ZendErrors.E_WARNING, "Array to string conversion");
            ZendVm.setString(rv, ZendInternedStrings.intern(ARRAY));
            return;
        }
        ZendVm.setString(rv, ZendVm.stringOfValue(zv));
    }
}
