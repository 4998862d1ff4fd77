package jzend.zend.execute;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendSymtable;
import jzend.zend.ops.Arith;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Arrays in the executor (zend_execute.c: zend_fetch_dimension_address_read/_write,
 * zend_assign_to_array dim handlers, zend_vm_def.h's INIT_ARRAY, ADD_ARRAY_ELEMENT, FE_RESET_R,
 * FE_FETCH_R, ISSET_ISEMPTY_DIM_OBJ, UNSET_DIM), with PHP 8.2's warnings and errors.
 *
 * <p>A write into a nested element goes through FETCH_DIM_W, whose result is an IS_INDIRECT zval
 * pointing at the element; the next dimension op writes through it.
 */
public final class ZendArrayOps {
    private ZendArrayOps() {}

    static final int IS_INDIRECT = 12;
    private static final int KEY_NONE = 0, KEY_INT = 1, KEY_STR = 2;
    /** The offset of the last {@link #key}: an int key or a zend_string (one executor thread). */
    private static long keyInt, keyStr;

    private static int type(long zv) {
        return getInt(zv + ZendVm.TYPE) & 0xff;
    }

    /** The zval an operand stands for: through an IS_INDIRECT (FETCH_DIM_W's result), then through a reference. */
    public static long deref(long zv) {
        if (type(zv) == IS_INDIRECT) zv = getLong(zv);
        return ZendReference.deref(zv);
    }

    /** The variable slot an operand stands for: through an IS_INDIRECT only (a reference is kept, for binding). */
    public static long slot(long zv) {
        return type(zv) == IS_INDIRECT ? getLong(zv) : zv;
    }

    /**
     * The array key of an offset (zend_fetch_dimension_address_inner's key rules): ints, numeric
     * strings as ints, floats truncated (deprecated when fractional), null as "", bools as 0/1.
     */
    private static int key(long dim, boolean forWrite) { // forWrite: reads and writes; false: isset/empty/??
        return key(dim, forWrite ? "Illegal offset type" : "Illegal offset type in isset or empty");
    }

    /** The same, with the message of zend_illegal_offset for this use ("Illegal offset type in unset", …). */
    private static int key(long dim, String illegal) {
        switch (type(dim)) {
            case ZendVm.IS_LONG -> { keyInt = getLong(dim); return KEY_INT; }
            case ZendVm.IS_STRING -> {
                long s = getLong(dim);
                if (jzend.zend.hash.ZendHandleNumericStr.isIntegerKey(s)) {
                    keyInt = jzend.zend.hash.ZendHandleNumericStr.integerKey(s);
                    return KEY_INT;
                }
                keyStr = s;
                return KEY_STR;
            }
            case ZendVm.IS_DOUBLE -> {
                double d = getDouble(dim);
                // zend_dval_to_lval + zend_incompatible_double_to_long_error: fractional and out-of-range keys deprecate
                keyInt = Arith.dvalToLvalForOperator(d, Zend::zend_error);
                return KEY_INT;
            }
            case ZendVm.IS_FALSE -> { keyInt = 0; return KEY_INT; }
            case ZendVm.IS_TRUE -> { keyInt = 1; return KEY_INT; }
            case ZendVm.IS_UNDEF -> {
                ZendVm.undefinedCv(dim);
                keyStr = ZendInternedStrings.emptyString();
                return KEY_STR;
            }
            case ZendVm.IS_NULL -> { keyStr = ZendInternedStrings.emptyString(); return KEY_STR; }
            default -> throw ZendError.create("TypeError", illegal);
        }
    }

    private static void undefinedKey(int kind) {
        if (kind == KEY_INT) Zend.zend_error(ZendErrors.E_WARNING, "Undefined array key " + keyInt);
        else Zend.zend_error(ZendErrors.E_WARNING, "Undefined array key \"" + ZendString.toJavaString(keyStr) + "\"");
    }

    private static long find(long ht, int kind) {
        return kind == KEY_INT ? ZendHash.zend_hash_index_find(ht, keyInt) : ZendHash.zend_hash_find(ht, keyStr);
    }

    // ------------------------------------------------------------------ reads

    /** ZEND_FETCH_DIM_R: result = container[dim], with PHP's warnings for what is missing. */
    public static void fetchDimR(long result, long container, long dim) {
        container = deref(container);
        int t = type(container);
        if (t == ZendVm.IS_ARRAY && type(dim) == ZendVm.IS_LONG) {
            // the handler's "array with an int offset" case (ZEND_HASH_INDEX_FIND)
            long zv = ZendHash.zend_hash_index_find(getLong(container), getLong(dim));
            if (zv != 0) {
                ZendVm.copyValue(result, zv);
                return;
            }
        }
        if (t == ZendVm.IS_ARRAY) {
            int kind = key(dim, true); // zend_illegal_offset: "Illegal offset type" (isset/?? say "in isset or empty")
            long zv = find(getLong(container), kind);
            if (zv == 0) {
                undefinedKey(kind);
                ZendVm.setNull(result);
            } else {
                ZendVm.copyValue(result, zv);
            }
            return;
        }
        if (t == ZendVm.IS_STRING) {
            stringOffset(result, getLong(container), dim);
            return;
        }
        if (t == ZendExceptions.IS_OBJECT) throw badArrayAccess(container);
        if (t == ZendVm.IS_UNDEF) ZendVm.undefinedCv(container);
        Zend.zend_error(ZendErrors.E_WARNING, "Trying to access array offset on value of type "
                + ZendParseParameters.zendZvalTypeName(t == ZendVm.IS_UNDEF ? ZendVm.IS_NULL : t));
        ZendVm.setNull(result);
    }

    /**
     * ZEND_FETCH_LIST_R: an element for list()/[...] destructuring — a missing key warns as a read
     * does; a container that is not an array gives null silently (strings included).
     */
    public static void fetchListR(long result, long container, long dim) {
        container = deref(container);
        if (type(container) == ZendExceptions.IS_OBJECT) throw badArrayAccess(container);
        if (type(container) == ZendVm.IS_ARRAY) {
            int kind = key(dim, true);
            long zv = find(getLong(container), kind);
            if (zv == 0) {
                undefinedKey(kind);
                ZendVm.setNull(result);
            } else {
                ZendVm.copyValue(result, zv);
            }
            return;
        }
        ZendVm.setNull(result);
    }

    /** ZEND_FETCH_DIM_IS (??, isset): no warnings at all. */
    public static void fetchDimIs(long result, long container, long dim) {
        fetchDimIs(result, container, dim, true);
    }

    /** The same; {@code fetch}: ?? (FETCH_DIM_IS), else isset/empty (their own illegal-offset message). */
    private static void fetchDimIs(long result, long container, long dim, boolean fetch) {
        container = deref(container);
        int t = type(container);
        if (t == ZendVm.IS_ARRAY) {
            // the offset is read as any operand ("Undefined variable"); an illegal one throws even here
            long zv = find(getLong(container), key(dim, fetch));
            if (zv != 0) {
                ZendVm.copyValue(result, zv);
                return;
            }
        } else if (t == ZendVm.IS_STRING) {
            stringOffset(result, getLong(container), dim, true);
            return;
        } else if (t == ZendExceptions.IS_OBJECT) {
            throw badArrayAccess(container); // zend_std_read_dimension / has_dimension without ArrayAccess
        }
        ZendVm.setNull(result);
    }

    /** zend_bad_array_access: an object that does not implement ArrayAccess used with []. */
    private static ZendError badArrayAccess(long container) {
        return ZendError.create("Error", "Cannot use object of type " + ZendExceptions.classOf(getLong(container)).name + " as array");
    }

    private static final jzend.zend.ops.NumResult OFFSET = new jzend.zend.ops.NumResult();

    private static void stringOffset(long result, long s, long dim) {
        stringOffset(result, s, dim, false);
    }

    /**
     * Port of zend_fetch_dimension_str (BP_VAR_R, or BP_VAR_IS for ?? / isset-like reads):
     * "abc"[1] is the interned "b". An integer-like string is an offset (leading whitespace
     * allowed; trailing data warns "Illegal string offset"); null, bools and floats are cast with
     * "String offset cast occurred" (not in IS); other strings are a TypeError (null in IS), other
     * types a TypeError in both. Out of range warns and gives "" (null in IS).
     */
    private static void stringOffset(long result, long s, long dim, boolean is) {
        long len = ZendString.len(s);
        long i;
        int dt = type(dim);
        if (dt == ZendReference.IS_REFERENCE) {
            dim = ZendReference.deref(dim);
            dt = type(dim);
        }
        switch (dt) {
            case ZendVm.IS_LONG -> i = getLong(dim);
            case ZendVm.IS_STRING -> {
                byte[] b = ZendString.bytes(getLong(dim));
                if (jzend.zend.ops.NumericString.isNumericStringEx(b, 0, b.length, OFFSET, true) == jzend.zend.ops.ZType.IS_LONG) {
                    if (OFFSET.trailingData) {
                        Zend.zend_error(ZendErrors.E_WARNING, "Illegal string offset \"" + ZendString.toJavaString(getLong(dim)) + "\"");
                    }
                    i = OFFSET.lval;
                } else {
                    if (is) {
                        ZendVm.setNull(result);
                        return;
                    }
                    throw ZendError.create("TypeError", "Cannot access offset of type string on string");
                }
            }
            case ZendVm.IS_UNDEF -> {
                // the offset is read as any operand is: "Undefined variable" even under ??
                ZendVm.undefinedCv(dim);
                if (!is) Zend.zend_error(ZendErrors.E_WARNING, "String offset cast occurred");
                i = 0;
            }
            case ZendVm.IS_DOUBLE, ZendVm.IS_NULL, ZendVm.IS_FALSE, ZendVm.IS_TRUE -> {
                if (!is) Zend.zend_error(ZendErrors.E_WARNING, "String offset cast occurred");
                i = ZendArith.longOf(dim);
            }
            default -> {
                // zend_illegal_string_offset: under ?? too
                throw ZendError.create("TypeError", "Cannot access offset of type " + ZendParseParameters.zend_zval_type_name(dim) + " on string");
            }
        }
        long at = i < 0 ? i + len : i;
        if (at < 0 || at >= len) {
            if (is) {
                ZendVm.setNull(result);
                return;
            }
            Zend.zend_error(ZendErrors.E_WARNING, "Uninitialized string offset " + i);
            ZendVm.setString(result, ZendInternedStrings.emptyString());
            return;
        }
        ZendVm.setString(result, ZendInternedStrings.oneChar(NativeMemory.getByte(ZendString.val(s) + at)));
    }

    /** The value of key {@code dim} in {@code ht}, or 0 (array_key_exists). */
    public static long findKey(long ht, long dim) {
        return find(ht, key(dim, true));
    }

    // ------------------------------------------------------------------ writes

    /**
     * The array a write goes into: an undefined or null container becomes a new array
     * (auto-vivification), a shared one is separated (copy on write); a scalar is an Error.
     */
    private static long writableArray(long container) {
        int t = type(container);
        if (t == ZendVm.IS_ARRAY) return ZendArrays.separateZval(container);
        if (t == ZendVm.IS_UNDEF || t == ZendVm.IS_NULL || t == ZendVm.IS_FALSE) {
            if (t == ZendVm.IS_FALSE) Zend.zend_error(ZendErrors.E_DEPRECATED, "Automatic conversion of false to array is deprecated");
            long ht = ZendHash.zend_new_array_0();
            ZendArrays.setArray(container, ht);
            return ht;
        }
        if (t == ZendVm.IS_STRING) throw ZendError.create("Error", "Cannot use string offset as an array");
        if (t == ZendExceptions.IS_OBJECT) throw badArrayAccess(container);
        throw ZendError.create("Error", "Cannot use a scalar value as an array");
    }

    /** The element zval container[dim] (or container[] when dim is 0) for writing, created as null if missing. */
    private static long elementForWrite(long container, long dim) {
        return elementForWrite(container, dim, false);
    }

    /**
     * container[dim] for writing (zend_fetch_dimension_address_inner with BP_VAR_W, or BP_VAR_RW
     * when {@code rw}: a missing key is reported as read, "Undefined array key", then added as null).
     */
    private static long elementForWrite(long container, long dim, boolean rw) {
        long ht = writableArray(deref(container));
        if (dim == 0) {
            long nul = SCRATCH;
            putInt(nul + ZendVm.TYPE, ZendVm.IS_NULL);
            long zv = ZendHash.zend_hash_next_index_insert(ht, nul);
            if (zv == 0) throw ZendError.create("Error", "Cannot add element to the array as the next element is already occupied");
            return zv;
        }
        int kind = key(dim, true);
        if (rw) {
            long zv = find(ht, kind);
            if (zv != 0) return zv;
            undefinedKey(kind);
        }
        return kind == KEY_INT ? ZendHash.zend_hash_index_lookup(ht, keyInt) : ZendHash.zend_hash_lookup(ht, keyStr);
    }

    /** A scratch zval in native memory (one executor thread). */
    private static final long SCRATCH = java.lang.foreign.Arena.global().allocate(16, 8).address();

    /** ZEND_ASSIGN_DIM + OP_DATA: container[dim] = value (dim 0: container[]). */
    public static void assignDim(long container, long dim, long value, boolean valueIsTmp, long result) {
        long c = deref(container);
        if (type(c) == ZendVm.IS_STRING) {
            assignToStringOffset(c, dim, value, valueIsTmp, result);
            return;
        }
        if (type(c) == ZendExceptions.IS_OBJECT) {
            // zend_std_write_dimension: the Error, then the value (OP_DATA) is freed
            ZendError e = badArrayAccess(c);
            if (valueIsTmp) ZendVm.freeOp(value);
            throw e;
        }
        long zv;
        try {
            zv = elementForWrite(container, dim);
        } catch (RuntimeException | Error e) {
            if (valueIsTmp) ZendVm.freeOp(value); // FREE_OP_DATA on the way out, as php's handler does
            throw e;
        }
        if (valueIsTmp) ZendVm.assignTmp(zv, value);
        else ZendVm.assign(zv, value);
        if (result != 0) ZendVm.copyValue(result, zv);
    }

    /** ZEND_FETCH_DIM_RW for ++/--: as FETCH_DIM_W, but a string offset cannot be incremented. */
    public static void fetchDimRw(long result, long container, long dim) {
        if (type(deref(container)) == ZendVm.IS_STRING) {
            throw ZendError.create("Error", dim == 0 ? "[] operator not supported for strings" : "Cannot increment/decrement string offsets");
        }
        long zv = elementForWrite(container, dim, dim != 0);
        putLong(result, zv);
        putInt(result + ZendVm.TYPE, IS_INDIRECT);
    }

    /**
     * Port of zend_assign_to_string_offset: {@code $s[i] = v} writes one byte into (a separated
     * copy of) the string, padding with spaces past its end; the result is the byte as a string.
     */
    private static void assignToStringOffset(long container, long dim, long value, boolean valueIsTmp, long result) {
        long offset, len, v;
        try {
            if (dim == 0) throw ZendError.create("Error", "[] operator not supported for strings");
            int dt = type(dim);
            if (dt == ZendVm.IS_LONG) {
                offset = getLong(dim);
            } else if (dt == ZendVm.IS_STRING && jzend.zend.hash.ZendHandleNumericStr.isIntegerKey(getLong(dim))) {
                offset = jzend.zend.hash.ZendHandleNumericStr.integerKey(getLong(dim));
            } else if (dt == ZendVm.IS_DOUBLE || dt == ZendVm.IS_FALSE || dt == ZendVm.IS_TRUE || dt == ZendVm.IS_NULL) {
                Zend.zend_error(ZendErrors.E_WARNING, "String offset cast occurred");
                offset = ZendArith.longOf(dim);
            } else {
                throw ZendError.create("TypeError", "Cannot access offset of type " + ZendParseParameters.zend_zval_type_name(dim) + " on string");
            }
            len = ZendString.len(getLong(container));
            if (offset < -len) {
                Zend.zend_error(ZendErrors.E_WARNING, "Illegal string offset " + offset);
                if (valueIsTmp) ZendVm.freeOp(value);
                if (result != 0) ZendVm.setNull(result);
                return;
            }
            v = ZendStrings.stringOf(value);
        } catch (RuntimeException | Error e) {
            if (valueIsTmp) ZendVm.freeOp(value); // the value is released however the assignment fails
            throw e;
        }
        long str = getLong(container);
        if (offset < 0) offset += len;
        if (valueIsTmp) ZendVm.freeOp(value);
        long vlen = ZendString.len(v);
        if (vlen == 0) {
            ZendString.release(v);
            throw ZendError.create("Error", "Cannot assign an empty string to a string offset");
        }
        byte c = NativeMemory.getByte(ZendString.val(v));
        ZendString.release(v);
        if (vlen > 1) Zend.zend_error(ZendErrors.E_WARNING, "Only the first byte will be assigned to the string offset");
        long newLen = Math.max(len, offset + 1);
        long s;
        if (offset >= len) {
            s = ZendString.alloc(newLen, false);
            NativeMemory.copy(ZendString.val(str), ZendString.val(s), len);
            NativeMemory.fill(ZendString.val(s) + len, offset - len, (byte) ' ');
            ZendVm.release(container);
            ZendVm.setString(container, s);
        } else if (ZendString.isInterned(str) || ZendString.refcount(str) > 1) {
            s = ZendString.init(ZendString.bytes(str), false);
            ZendVm.release(container);
            ZendVm.setString(container, s);
        } else {
            s = str;
            ZendString.forgetHash(s);
        }
        NativeMemory.putByte(ZendString.val(s) + offset, c);
        if (result != 0) ZendVm.setString(result, ZendInternedStrings.oneChar(c & 0xff));
    }

    /** ZEND_FETCH_DIM_W whose element becomes a reference ({@code &$a[k]}): a string offset cannot. */
    public static void fetchDimWRef(long result, long container, long dim) {
        if (type(deref(container)) == ZendVm.IS_STRING) {
            throw ZendError.create("Error", dim == 0 ? "[] operator not supported for strings" : "Cannot create references to/from string offsets");
        }
        fetchDimW(result, container, dim);
    }

    /** ZEND_FETCH_DIM_W / FETCH_DIM_RW: an IS_INDIRECT result pointing at container[dim] for the next write. */
    public static void fetchDimW(long result, long container, long dim) {
        long zv = elementForWrite(container, dim);
        putLong(result, zv);
        putInt(result + ZendVm.TYPE, IS_INDIRECT);
    }

    /** ZEND_ASSIGN_DIM_OP: container[dim] op= value. */
    public static void assignDimOp(int opcode, long container, long dim, long value, long result) {
        if (type(deref(container)) == ZendVm.IS_STRING) {
            throw ZendError.create("Error", dim == 0 ? "[] operator not supported for strings" : "Cannot use assign-op operators with string offsets");
        }
        long zv = ZendReference.deref(elementForWrite(container, dim, dim != 0));
        if (opcode == jzend.zend.compile.ZendOpcode.CONCAT) ZendStrings.concat(zv, zv, value);
        else ZendArith.binary(opcode, zv, zv, value);
        if (result != 0) ZendVm.copyValue(result, zv);
    }

    /** ZEND_UNSET_DIM. */
    public static void unsetDim(long container, long dim) {
        container = deref(container);
        int t = type(container);
        if (t == ZendVm.IS_ARRAY) {
            long ht = ZendArrays.separateZval(container);
            int kind = key(dim, "Illegal offset type in unset");
            if (kind == KEY_INT) ZendHash.zend_hash_index_del(ht, keyInt);
            else ZendHash.zend_hash_del(ht, keyStr);
        } else if (t == ZendVm.IS_STRING) {
            throw ZendError.create("Error", "Cannot unset string offsets");
        } else if (t == ZendExceptions.IS_OBJECT) {
            throw badArrayAccess(container); // zend_std_unset_dimension
        }
    }

    /** ZEND_ISSET_ISEMPTY_DIM_OBJ: isset(container[dim]) or, with {@code isEmpty}, empty(…) — quietly. */
    public static void issetIsEmptyDim(long result, long container, long dim, int isEmpty) {
        long tmp = SCRATCH;
        fetchDimIs(tmp, container, dim, false);
        boolean set = type(tmp) > ZendVm.IS_NULL;
        ZendVm.setBool(result, isEmpty == 0 ? set : !(set && ZendVm.isTrue(tmp)));
        ZendVm.freeOp(tmp);
    }

    // ------------------------------------------------------------------ literals

    /** ZEND_INIT_ARRAY: a new array (nSize from the number of elements the literal has). */
    public static void initArray(long result, int size) {
        ZendArrays.setArray(result, size > 0 ? ZendHash.zend_new_array(size) : ZendHash.zend_new_array_0());
    }

    /** ZEND_ADD_ARRAY_ELEMENT: key => value (key 0: appended). */
    public static void addArrayElement(long array, long key, long value, boolean valueIsTmp) {
        long ht = getLong(array);
        long zv;
        if (key == 0) {
            zv = ZendHash.zend_hash_next_index_insert(ht, nullScratch());
            if (zv == 0) {
                if (valueIsTmp) ZendVm.freeOp(value);
                throw ZendError.create("Error", "Cannot add element to the array as the next element is already occupied");
            }
        } else {
            int kind;
            try {
                kind = key(key, true);
            } catch (RuntimeException | Error e) {
                if (valueIsTmp) ZendVm.freeOp(value); // an illegal key, or a deprecation the error handler threw: the value is released
                throw e;
            }
            zv = kind == KEY_INT ? ZendHash.zend_hash_index_lookup(ht, keyInt) : ZendHash.zend_hash_lookup(ht, keyStr);
        }
        if (valueIsTmp) ZendVm.assignTmp(zv, value);
        else ZendVm.assign(zv, value);
    }

    /** ADD_ARRAY_ELEMENT by reference ({@code [&$x]}, {@code 'k' => &$a[0]}): the variable and the element share a reference. */
    public static void addArrayElementRef(long array, long key, long var) {
        long ht = getLong(array);
        long zv;
        if (key == 0) {
            zv = ZendHash.zend_hash_next_index_insert(ht, nullScratch());
            if (zv == 0) throw ZendError.create("Error", "Cannot add element to the array as the next element is already occupied");
        } else {
            int kind = key(key, true);
            zv = kind == KEY_INT ? ZendHash.zend_hash_index_lookup(ht, keyInt) : ZendHash.zend_hash_lookup(ht, keyStr);
        }
        ZendReference.assignRef(zv, slot(var));
    }

    /**
     * ZEND_ADD_ARRAY_UNPACK ({@code [...$a]}, and the arguments of a call with {@code ...$a}):
     * integer keys are appended, string keys kept (php 8.1), references shared.
     */
    public static void addArrayUnpack(long array, long value, boolean valueIsTmp) {
        long v = deref(value);
        if (type(v) != ZendVm.IS_ARRAY) {
            if (valueIsTmp) ZendVm.freeOp(value);
            throw ZendError.create("Error", "Only arrays and Traversables can be unpacked");
        }
        long ht = getLong(array), src = getLong(v);
        for (int pos = ZendHash.zend_hash_first_pos(src); pos < jzend.zend.hash.ZendArray.numUsed(src); pos = ZendHash.zend_hash_next_pos(src, pos)) {
            long val = ZendHash.zend_hash_data_at(src, pos);
            long zv;
            if (ZendHash.zend_hash_key_type_at(src, pos) == ZendHash.HASH_KEY_IS_LONG) {
                zv = ZendHash.zend_hash_next_index_insert(ht, nullScratch());
                if (zv == 0) {
                    if (valueIsTmp) ZendVm.freeOp(value);
                    throw ZendError.create("Error", "Cannot add element to the array as the next element is already occupied");
                }
            } else {
                zv = ZendHash.zend_hash_lookup(ht, ZendHash.zend_hash_str_key_at(src, pos));
                ZendVm.release(zv);
            }
            if (ZendReference.isRef(val) && jzend.zend.alloc.NativeMemory.getInt(getLong(val)) > 1) {
                ZendReference.bind(zv, getLong(val));
            } else {
                ZendVm.copyValue(zv, val);
            }
        }
        if (valueIsTmp) ZendVm.freeOp(value);
    }

    /** A compile-time constant array's element: key (a scalar zval) => value (moved in). */
    public static void addArrayElement(long ht, long key, long value) {
        int kind = key(key, true);
        long zv = kind == KEY_INT ? ZendHash.zend_hash_index_lookup(ht, keyInt) : ZendHash.zend_hash_lookup(ht, keyStr);
        ZendVm.assignTmp(zv, value);
    }

    private static long nullScratch() {
        putInt(SCRATCH + ZendVm.TYPE, ZendVm.IS_NULL);
        return SCRATCH;
    }

    // ------------------------------------------------------------------ foreach

    /**
     * ZEND_FE_RESET_R: the iterator is a copy of the array zval (one more reference), its position
     * in u2.fe_pos; false (after PHP's warning) when the subject cannot be iterated.
     */
    public static boolean feReset(long iterator, long subject, boolean subjectIsTmp) {
        long s = deref(subject);
        if (type(s) == ZendExceptions.IS_OBJECT) {
            // ZEND_FE_RESET_R of an object: its properties table (made now), of which code outside
            // the class sees only public properties — jzend's classes have none: nothing to iterate
            ZendObjectHandlers.getProperties(getLong(s));
            if (subjectIsTmp) ZendVm.freeOp(s);
            putInt(iterator + ZendVm.TYPE, ZendVm.IS_UNDEF); // FE_FREE, where the jump lands, finds nothing
            return false;
        }
        if (type(s) != ZendVm.IS_ARRAY) {
            putInt(iterator + ZendVm.TYPE, ZendVm.IS_UNDEF);
            if (type(s) == ZendVm.IS_UNDEF) ZendVm.undefinedCv(s);
            int t = type(s) == ZendVm.IS_UNDEF ? ZendVm.IS_NULL : type(s);
            if (subjectIsTmp) ZendVm.freeOp(s); // FREE_OP1 before a throwing error handler can leave
            Zend.zend_error(ZendErrors.E_WARNING, "foreach() argument must be of type array|object, "
                    + ZendParseParameters.zendZvalTypeName(t) + " given");
            return false;
        }
        if (subjectIsTmp) ZendVm.moveValue(iterator, s);
        else ZendVm.copyValue(iterator, s);
        putInt(iterator + 12, 0);
        return true;
    }

    /**
     * ZEND_FE_RESET_RW: foreach by reference. A variable subject (CV, or an element through
     * IS_INDIRECT) becomes a reference the iterator holds, so the loop sees and changes the
     * variable's own array; a temporary or a literal ({@code kind} 1, 2) is wrapped in a new reference. The position is kept in
     * u2.fe_pos. False (after PHP's warning) when the subject cannot be iterated.
     */
    public static boolean feResetRw(long iterator, long subject, int kind) {
        boolean subjectIsTmp = kind == 1, literal = kind == 2;
        long s = subjectIsTmp || literal ? subject : slot(subject);
        long v = ZendReference.deref(s);
        if (type(v) == ZendExceptions.IS_OBJECT) {
            // ZEND_FE_RESET_RW of an object: a variable becomes a reference (as for an array), the
            // properties table is made, and there is no public property to iterate
            if (!subjectIsTmp && !literal && !ZendReference.isRef(s)) {
                long ref = ZendReference.makeRef(s); // ZVAL_NEW_REF: the value moves into it
                putLong(s, ref);
                putInt(s + ZendVm.TYPE, ZendReference.IS_REFERENCE_EX);
            }
            ZendObjectHandlers.getProperties(getLong(ZendReference.deref(s)));
            if (subjectIsTmp) ZendVm.freeOp(s);
            putInt(iterator + ZendVm.TYPE, ZendVm.IS_UNDEF);
            return false;
        }
        if (type(v) != ZendVm.IS_ARRAY) {
            putInt(iterator + ZendVm.TYPE, ZendVm.IS_UNDEF);
            if (type(v) == ZendVm.IS_UNDEF) ZendVm.undefinedCv(v);
            int t = type(v) == ZendVm.IS_UNDEF ? ZendVm.IS_NULL : type(v);
            if (subjectIsTmp) ZendVm.freeOp(s); // FREE_OP1 before a throwing error handler can leave
            Zend.zend_error(ZendErrors.E_WARNING, "foreach() argument must be of type array|object, "
                    + ZendParseParameters.zendZvalTypeName(t) + " given");
            return false;
        }
        if (subjectIsTmp) {
            ZendVm.moveValue(iterator, s);
            ZendReference.makeRef(iterator);
        } else if (literal) {
            // a literal keeps its own array: the loop works on a shared copy, separated on first write
            ZendVm.copyValue(iterator, s);
            ZendReference.makeRef(iterator);
        } else {
            ZendReference.bind(iterator, ZendReference.makeRef(s));
        }
        putInt(iterator + 12, 0);
        return true;
    }

    /**
     * ZEND_FE_FETCH_RW: the next element of the (separated) array, made a reference and bound to
     * the value variable; its key into {@code key}. False at the end, or when the variable no
     * longer holds an array.
     */
    public static boolean feFetchRw(long iterator, long value, long key) {
        long arr = getLong(iterator) + ZendReference.VAL;
        if (type(arr) != ZendVm.IS_ARRAY) return false;
        long ht = ZendArrays.separateZval(arr);
        int pos = ZendHash.zend_hash_get_valid_pos(ht, getInt(iterator + 12));
        if (pos < 0 || pos >= jzend.zend.hash.ZendArray.numUsed(ht)) return false;
        putInt(iterator + 12, pos + 1);
        ZendReference.assignRef(value, ZendHash.zend_hash_data_at(ht, pos));
        if (key != 0) fetchKey(ht, pos, key);
        return true;
    }

    /** ZEND_FE_FETCH_RW into a temporary (foreach … as [&$a, $b]): the fresh slot gets a reference to the element. */
    public static boolean feFetchRwTmp(long iterator, long value, long key) {
        putInt(value + ZendVm.TYPE, ZendVm.IS_UNDEF);
        return feFetchRw(iterator, value, key);
    }

    /** The key of position {@code pos} into {@code key}: an int, or a reference to the string key. */
    private static void fetchKey(long ht, int pos, long key) {
        if (ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG) {
            ZendVm.setLong(key, ZendHash.zend_hash_int_key_at(ht, pos));
        } else {
            ZendVm.setString(key, ZendString.copy(ZendHash.zend_hash_str_key_at(ht, pos)));
        }
    }

    /** ZEND_FE_FETCH_R into a temporary (foreach … as [$a, $b]): the same, the value copied into the fresh slot. */
    public static boolean feFetchTmp(long iterator, long value, long key) {
        putInt(value + ZendVm.TYPE, ZendVm.IS_UNDEF);
        return feFetch(iterator, value, key);
    }

    /** ZEND_FE_FETCH_R: the next element into the value variable (and its key into {@code key}); false at the end. */
    public static boolean feFetch(long iterator, long value, long key) {
        long ht = getLong(iterator);
        int pos = ZendHash.zend_hash_get_valid_pos(ht, getInt(iterator + 12));
        if (pos < 0 || pos >= jzend.zend.hash.ZendArray.numUsed(ht)) return false;
        putInt(iterator + 12, pos + 1);
        ZendVm.assign(value, ZendHash.zend_hash_data_at(ht, pos));
        if (key != 0) fetchKey(ht, pos, key);
        return true;
    }
}
