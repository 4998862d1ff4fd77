package jzend.ext.standard;

import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.compile.ZendOp;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.compile.ZendOpcode;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendFunctions;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendReference;
import jzend.zend.execute.ZendSymbolTable;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;
import static jzend.zend.execute.ZendParseParameters.arg;

/**
 * ext/standard/array.c's compact() and extract(), which read and write the calling scope's
 * variables through its symbol table (zend_rebuild_symbol_table, {@link ZendSymbolTable#rebuild}):
 * EG(symbol_table) in the main script, whose variables are attached there as IS_INDIRECT
 * entries; in a function, a table of its CVs (IS_INDIRECT to their slots) kept with the frame,
 * where a name that is not a CV lives until the function returns, as in php (only compact()
 * and extract() can see it: jzend has no variable variables yet).
 */
public final class ArrayExtract {
    private ArrayExtract() {}

    private static final String OWNER = "jzend/ext/standard/ArrayExtract";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("compact", OWNER, "compact", 1, "var_name", "...var_names"),
        // array &$array with ZEND_ARG_SEND_PREFER_REF: a variable goes by reference, any other value by value
        new ZendFunctionEntry("extract", OWNER, "extract", 1, "&?array", "flags", "prefix"),
    };

    /** The extract types (php_array.h). */
    static final int EXTR_OVERWRITE = 0, EXTR_SKIP = 1, EXTR_PREFIX_SAME = 2, EXTR_PREFIX_ALL = 3,
            EXTR_PREFIX_INVALID = 4, EXTR_PREFIX_IF_EXISTS = 5, EXTR_IF_EXISTS = 6, EXTR_REFS = 0x100;

    private static final int IS_INDIRECT = 12;
    private static final int TYPE = 8;

    private static final byte[] THIS = "this".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] GLOBALS = "GLOBALS".getBytes(StandardCharsets.ISO_8859_1);

    private static int type(long zv) {
        return getInt(zv + TYPE) & 0xff;
    }

    // ------------------------------------------------------------------ the caller's symbol table

    /**
     * Port of zend_forbid_dynamic_call: compact() and extract() called through a callback
     * (call_user_func, array_map, …: the caller is an internal function) or by a value
     * ($f(), or a CALL_ARRAY whose callee is not a literal name) throw Error.
     */
    private static void forbidDynamicCall(long ex, String name) {
        long caller = ZendExecuteData.prev(ex);
        boolean dynamic;
        if (caller == 0) {
            dynamic = true;
        } else if (ZendExecuteData.func(caller) < 0) {
            dynamic = !literalUserCall(caller);
        } else {
            ZendOpArray op = ZendFunctions.opArray(ZendExecuteData.func(caller));
            int at = ZendExecuteData.opline(caller);
            ZendOp o = at >= 0 && at < op.opcodes.length ? op.opcodes[at] : null;
            dynamic = o != null && (o.opcode == ZendOpcode.DO_FCALL_BY_NAME
                    || (o.opcode == ZendOpcode.CALL_ARRAY && o.op1Type != ZendOp.IS_CONST));
        }
        if (dynamic) throw ZendError.create("Error", "Cannot call " + name + "() dynamically");
    }

    /**
     * Whether {@code cuf} is a call_user_func()/call_user_func_array() whose callback is a literal
     * name: php compiles those (zend_compile_func_cuf/cufa) into a direct call of the named
     * function (ZEND_INIT_USER_CALL), which is not dynamic. Found from the calling op_array: the
     * INIT_FCALL matching the DO_ICALL being run, and the SEND of its first argument.
     */
    private static boolean literalUserCall(long cuf) {
        String fname = jzend.zend.ZendInternalFunctions.entry(ZendExecuteData.func(cuf)).name();
        if (!fname.equals("call_user_func") && !fname.equals("call_user_func_array")) return false;
        long outer = ZendExecuteData.prev(cuf);
        if (outer == 0 || ZendExecuteData.func(outer) < 0) return false;
        ZendOp[] ops = ZendFunctions.opArray(ZendExecuteData.func(outer)).opcodes;
        int at = ZendExecuteData.opline(outer);
        if (at < 0 || at >= ops.length || ops[at].opcode != ZendOpcode.DO_ICALL) return false;
        int depth = 0, init = -1;
        for (int i = at - 1; i >= 0 && init < 0; i--) {
            switch (ops[i].opcode) {
                case ZendOpcode.DO_ICALL, ZendOpcode.DO_UCALL, ZendOpcode.DO_FCALL_BY_NAME -> depth++;
                case ZendOpcode.INIT_FCALL, ZendOpcode.INIT_DYNAMIC_CALL -> {
                    if (depth == 0) init = i;
                    else depth--;
                }
                default -> { }
            }
        }
        if (init < 0) return false;
        depth = 0;
        for (int i = init + 1; i < at; i++) {
            ZendOp o = ops[i];
            switch (o.opcode) {
                case ZendOpcode.INIT_FCALL, ZendOpcode.INIT_DYNAMIC_CALL -> depth++;
                case ZendOpcode.DO_ICALL, ZendOpcode.DO_UCALL, ZendOpcode.DO_FCALL_BY_NAME -> depth--;
                case ZendOpcode.SEND_VAL, ZendOpcode.SEND_VAR, ZendOpcode.SEND_VAR_EX, ZendOpcode.SEND_VAL_EX, ZendOpcode.SEND_REF,
                     ZendOpcode.SEND_VAR_NO_REF -> {
                    if (depth == 0 && o.op2 == 1) return o.op1Type == ZendOp.IS_CONST;
                }
                default -> { }
            }
        }
        return false;
    }

    /** zend_rebuild_symbol_table from a builtin: the table of the nearest user code calling {@code ex} (through call_user_func, say). */
    private static long rebuildSymbolTable(long ex) {
        long caller = ZendExecuteData.prev(ex);
        while (ZendExecuteData.func(caller) < 0) caller = ZendExecuteData.prev(caller);
        return ZendSymbolTable.rebuild(caller);
    }

    /** Port of zend_hash_find_ind: the variable, through IS_INDIRECT; 0 when missing or undefined. */
    private static long findInd(long ht, long name) {
        long zv = ZendHash.zend_hash_find(ht, name);
        if (zv == 0) return 0;
        if (type(zv) == IS_INDIRECT) {
            zv = getLong(zv);
            if (type(zv) == ZendVm.IS_UNDEF) return 0;
        }
        return zv;
    }

    // ------------------------------------------------------------------ compact

    /** ZVAL_COPY_DEREF into a fresh slot: the value, with one more reference to what it counts. */
    private static void copyDeref(long dst, long src) {
        MathFunctions.copyTo(dst, src);
    }

    private static final long NULL_ZVAL = jzend.zend.alloc.LibC.malloc(16);

    static {
        ZendVm.setNull(NULL_ZVAL);
    }

    /** Port of php_compact_var: one name, or the names of an array (recursively), into {@code result}. */
    private static void php_compact_var(long symbolTable, long result, long entry, int pos, java.util.Set<Long> walking) {
        entry = ZendReference.deref(entry);
        int t = type(entry);
        if (t == ZendVm.IS_STRING) {
            long name = getLong(entry);
            long value = findInd(symbolTable, name);
            if (value != 0) {
                long slot = ZendHash.zend_hash_update(result, name, NULL_ZVAL);
                copyDeref(slot, value);
            } else if (java.util.Arrays.equals(ZendString.bytes(name), THIS)) {
                // zend_get_this_object: no object methods here, so there is no $this to add
            } else {
                Zend.zend_error(ZendErrors.E_WARNING, "compact(): Undefined variable $" + ZendString.toJavaString(name));
            }
        } else if (t == ZendVm.IS_ARRAY) {
            long ht = getLong(entry);
            boolean counted = (getInt(entry + TYPE) & 0x100) != 0; // Z_REFCOUNTED_P
            if (counted) {
                if (!walking.add(ht)) throw ZendError.create("Error", "Recursion detected"); // Z_IS_RECURSIVE_P
            }
            try {
                for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                    php_compact_var(symbolTable, result, ZendHash.zend_hash_data_at(ht, p), pos, walking);
                }
            } finally {
                if (counted) walking.remove(ht);
            }
        } else {
            Zend.zend_error(ZendErrors.E_WARNING, "compact(): Argument #" + pos + " must be string or array of strings, "
                    + ZendParseParameters.zend_zval_type_name(entry) + " given");
        }
    }

    /** PHP_FUNCTION(compact): an array of the named variables of the calling scope. */
    public static void compact(long ex, long rv) {
        int numArgs = ZendExecuteData.numArgs(ex);
        forbidDynamicCall(ex, "compact");
        long symbolTable = rebuildSymbolTable(ex);
        long first = numArgs > 0 ? ZendReference.deref(arg(ex, 1)) : 0;
            long ht = first != 0 && type(first) == ZendVm.IS_ARRAY
                    ? ZendHash.zend_new_array(ZendArray.numOfElements(getLong(first)))
                    : ZendHash.zend_new_array(numArgs);
            ZendArrays.setArray(rv, ht);
            java.util.Set<Long> walking = new java.util.HashSet<>();
            for (int i = 0; i < numArgs; i++) {
            try {
                php_compact_var(symbolTable, ht, arg(ex, i + 1), i + 1, walking);
            } catch (RuntimeException | Error e) {
                // "Recursion detected": the return value goes with the exception (the VM's cleanup in php)
                ZendVm.release(rv);
                ZendVm.setNull(rv);
                throw e;
            }
        }
    }

    // ------------------------------------------------------------------ extract

    /** Port of php_valid_var_name: [a-zA-Z_\x7f-\xff][a-zA-Z0-9_\x7f-\xff]*. */
    static boolean php_valid_var_name(byte[] name) {
        if (name.length == 0) return false;
        int ch = name[0] & 0xff;
        if (!(ch == '_' || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch >= 0x7f)) return false;
        for (int i = 1; i < name.length; i++) {
            ch = name[i] & 0xff;
            if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch >= 0x7f)) {
                return false;
            }
        }
        return true;
    }

    /** Port of php_prefix_varname: prefix + "_" + name, as a new zend_string. */
    private static long php_prefix_varname(long prefix, byte[] name) {
        byte[] p = ZendString.bytes(prefix);
        byte[] b = new byte[p.length + 1 + name.length];
        System.arraycopy(p, 0, b, 0, p.length);
        b[p.length] = '_';
        System.arraycopy(name, 0, b, p.length + 1, name.length);
        return ZendString.init(b, false);
    }

    private static boolean isThis(byte[] name) {
        return java.util.Arrays.equals(name, THIS);
    }

    private static ZendError reassignThis() {
        return ZendError.create("Error", "Cannot re-assign $this");
    }

    /** ZVAL_MAKE_REF_EX(entry, 2) or Z_ADDREF_P(entry): the element's reference with one more holder. */
    private static long makeRefEx2(long entry) {
        long ref = ZendReference.makeRef(entry);
        putInt(ref, getInt(ref) + 1);
        return ref;
    }

    /** zval_ptr_dtor(orig_var); ZVAL_REF(orig_var, ref): the variable now holds the (already counted) reference. */
    private static void bindVar(long origVar, long ref) {
        ZendVm.release(origVar);
        putLong(origVar, ref);
        putInt(origVar + TYPE, ZendReference.IS_REFERENCE_EX);
    }

    /** zend_hash_add_new(symbol_table, name, entry) of a reference already counted for the new holder. */
    private static void addRef(long symbolTable, long name, long ref) {
        long slot = ZendHash.zend_hash_add_new(symbolTable, name, NULL_ZVAL);
        putLong(slot, ref);
        putInt(slot + TYPE, ZendReference.IS_REFERENCE_EX);
    }

    /** ZVAL_DEREF(entry); Z_TRY_ADDREF_P(entry); zend_hash_add_new(symbol_table, name, entry). */
    private static void addCopy(long symbolTable, long name, long entry) {
        long slot = ZendHash.zend_hash_add_new(symbolTable, name, NULL_ZVAL);
        copyDeref(slot, entry);
    }

    /** ZEND_TRY_ASSIGN_COPY_EX(orig_var, deref(entry), 0). */
    private static void assign(long origVar, long entry) {
        ZendVm.assign(origVar, ZendReference.deref(entry));
    }

    /** orig_var through IS_INDIRECT. */
    private static long indirect(long zv) {
        return type(zv) == IS_INDIRECT ? getLong(zv) : zv;
    }

    /** The key of the bucket at {@code pos}: its zend_string, or 0 for an integer key. */
    private static long strKey(long arr, int pos) {
        return ZendHash.zend_hash_key_type_at(arr, pos) == ZendHash.HASH_KEY_IS_STRING ? ZendHash.zend_hash_str_key_at(arr, pos) : 0;
    }

    /**
     * The extract_type loops of array.c, by-value (php_extract_*) and by-reference
     * (php_extract_ref_*, {@code refs}) in one: the count of variables set.
     */
    private static long extractLoop(long arr, long symbolTable, int extractType, boolean refs, long prefix) {
        long count = 0;
        boolean mapOnly = extractType != EXTR_PREFIX_ALL && extractType != EXTR_PREFIX_INVALID;
        if (mapOnly && ZendArray.isPacked(arr)) return 0; // HT_IS_PACKED: no string keys
        for (int pos = ZendHash.zend_hash_first_pos(arr); pos < ZendArray.numUsed(arr); pos = ZendHash.zend_hash_next_pos(arr, pos)) {
            long varName = strKey(arr, pos);
            long entry = ZendHash.zend_hash_data_at(arr, pos);
            if (mapOnly && varName == 0) continue;
            switch (extractType) {
                case EXTR_OVERWRITE -> count += extractOverwrite(symbolTable, varName, entry, refs);
                case EXTR_SKIP -> count += extractSkip(symbolTable, varName, entry, refs);
                case EXTR_IF_EXISTS -> count += extractIfExists(symbolTable, varName, entry, refs);
                case EXTR_PREFIX_SAME -> count += extractPrefixSame(symbolTable, varName, entry, refs, prefix);
                case EXTR_PREFIX_IF_EXISTS -> count += extractPrefixIfExists(symbolTable, varName, entry, refs, prefix);
                case EXTR_PREFIX_ALL -> count += extractPrefixAll(arr, pos, symbolTable, varName, entry, refs, prefix);
                default -> count += extractPrefixInvalid(arr, pos, symbolTable, varName, entry, refs, prefix);
            }
        }
        return count;
    }

    /** The loop body of php_extract_overwrite / php_extract_ref_overwrite: 1 when the variable was set. */
    private static int extractOverwrite(long symbolTable, long varName, long entry, boolean refs) {
        byte[] name = ZendString.bytes(varName);
        if (!php_valid_var_name(name)) return 0;
        if (isThis(name)) throw reassignThis();
        long origVar = ZendHash.zend_hash_find(symbolTable, varName);
        if (origVar != 0) {
            origVar = indirect(origVar);
            if (java.util.Arrays.equals(name, GLOBALS)) return 0;
            if (refs) bindVar(origVar, makeRefEx2(entry));
            else assign(origVar, entry);
        } else if (refs) {
            addRef(symbolTable, varName, makeRefEx2(entry));
        } else {
            addCopy(symbolTable, varName, entry);
        }
        return 1;
    }

    /** The loop body of php_extract_skip / php_extract_ref_skip. */
    private static int extractSkip(long symbolTable, long varName, long entry, boolean refs) {
        byte[] name = ZendString.bytes(varName);
        if (!php_valid_var_name(name) || isThis(name)) return 0;
        long origVar = ZendHash.zend_hash_find(symbolTable, varName);
        if (origVar != 0) {
            if (type(origVar) == IS_INDIRECT) {
                origVar = getLong(origVar);
                if (type(origVar) == ZendVm.IS_UNDEF) {
                    if (refs) bindVar(origVar, makeRefEx2(entry));
                    else copyDeref(origVar, entry);
                    return 1;
                }
            }
            return 0;
        }
        if (refs) addRef(symbolTable, varName, makeRefEx2(entry));
        else addCopy(symbolTable, varName, entry);
        return 1;
    }

    /** The loop body of php_extract_if_exists / php_extract_ref_if_exists. */
    private static int extractIfExists(long symbolTable, long varName, long entry, boolean refs) {
        long origVar = ZendHash.zend_hash_find(symbolTable, varName);
        if (origVar == 0) return 0;
        if (type(origVar) == IS_INDIRECT) {
            origVar = getLong(origVar);
            if (type(origVar) == ZendVm.IS_UNDEF) return 0;
        }
        byte[] name = ZendString.bytes(varName);
        if (!php_valid_var_name(name)) return 0;
        if (java.util.Arrays.equals(name, GLOBALS)) return 0;
        if (isThis(name)) throw reassignThis();
        if (refs) bindVar(origVar, makeRefEx2(entry));
        else assign(origVar, entry);
        return 1;
    }

    /**
     * The prefixed assignment shared by the prefix types: when {@code finalName} is a valid
     * name, the variable it names is set (created in the table when missing); 1 when it was.
     * Releases {@code finalName} (zval_ptr_dtor_str).
     */
    private static int assignPrefixed(long symbolTable, long finalName, long entry, boolean refs) {
        try {
            byte[] fn = ZendString.bytes(finalName);
            if (!php_valid_var_name(fn)) return 0;
            if (isThis(fn)) throw reassignThis();
            long ref = refs ? makeRefEx2(entry) : 0;
            long origVar = ZendHash.zend_hash_find(symbolTable, finalName);
            if (origVar != 0) {
                origVar = indirect(origVar);
                if (refs) bindVar(origVar, ref);
                else assign(origVar, entry);
            } else if (refs) {
                addRef(symbolTable, finalName, ref);
            } else {
                addCopy(symbolTable, finalName, entry);
            }
            return 1;
        } finally {
            ZendString.release(finalName);
        }
    }

    /** An undefined CV of the table takes the value without a prefix (the IS_UNDEF branch of the prefix types). */
    private static void setUndef(long origVar, long entry, boolean refs) {
        if (refs) bindVar(origVar, makeRefEx2(entry));
        else copyDeref(origVar, entry);
    }

    /** The loop body of php_extract_prefix_same / php_extract_ref_prefix_same. */
    private static int extractPrefixSame(long symbolTable, long varName, long entry, boolean refs, long prefix) {
        byte[] name = ZendString.bytes(varName);
        if (name.length == 0) return 0;
        long origVar = ZendHash.zend_hash_find(symbolTable, varName);
        if (origVar != 0) {
            if (type(origVar) == IS_INDIRECT) {
                origVar = getLong(origVar);
                if (type(origVar) == ZendVm.IS_UNDEF) {
                    setUndef(origVar, entry, refs);
                    return 1;
                }
            }
            return assignPrefixed(symbolTable, php_prefix_varname(prefix, name), entry, refs);
        }
        if (!php_valid_var_name(name)) return 0;
        if (isThis(name)) return assignPrefixed(symbolTable, php_prefix_varname(prefix, name), entry, refs);
        if (refs) addRef(symbolTable, varName, makeRefEx2(entry));
        else addCopy(symbolTable, varName, entry);
        return 1;
    }

    /** The loop body of php_extract_prefix_if_exists / php_extract_ref_prefix_if_exists. */
    private static int extractPrefixIfExists(long symbolTable, long varName, long entry, boolean refs, long prefix) {
        long origVar = ZendHash.zend_hash_find(symbolTable, varName);
        if (origVar == 0) return 0;
        if (type(origVar) == IS_INDIRECT) {
            origVar = getLong(origVar);
            if (type(origVar) == ZendVm.IS_UNDEF) {
                setUndef(origVar, entry, refs);
                return 1;
            }
        }
        return assignPrefixed(symbolTable, php_prefix_varname(prefix, ZendString.bytes(varName)), entry, refs);
    }

    /** The loop body of php_extract_prefix_all / php_extract_ref_prefix_all. */
    private static int extractPrefixAll(long arr, int pos, long symbolTable, long varName, long entry, boolean refs, long prefix) {
        long finalName;
        if (varName != 0) {
            byte[] name = ZendString.bytes(varName);
            if (name.length == 0) return 0;
            finalName = php_prefix_varname(prefix, name);
        } else {
            finalName = php_prefix_varname(prefix, Long.toString(ZendHash.zend_hash_int_key_at(arr, pos)).getBytes(StandardCharsets.ISO_8859_1));
        }
        return assignPrefixed(symbolTable, finalName, entry, refs);
    }

    /** The loop body of php_extract_prefix_invalid / php_extract_ref_prefix_invalid. */
    private static int extractPrefixInvalid(long arr, int pos, long symbolTable, long varName, long entry, boolean refs, long prefix) {
        long finalName;
        if (varName != 0) {
            byte[] name = ZendString.bytes(varName);
            if (!php_valid_var_name(name) || isThis(name)) {
                finalName = php_prefix_varname(prefix, name);
            } else {
                finalName = ZendString.copy(varName);
            }
        } else {
            finalName = php_prefix_varname(prefix, Long.toString(ZendHash.zend_hash_int_key_at(arr, pos)).getBytes(StandardCharsets.ISO_8859_1));
        }
        return assignPrefixed(symbolTable, finalName, entry, refs);
    }

    /** PHP_FUNCTION(extract): imports the array's elements as variables of the calling scope; returns how many. */
    public static void extract(long ex, long rv) {
        long param = ZendReference.deref(arg(ex, 1));
        if (type(param) != ZendVm.IS_ARRAY) {
            throw ZendError.create("TypeError", "extract(): Argument #1 ($array) must be of type array, "
                    + ZendParseParameters.zend_zval_type_name(param) + " given");
        }
        long extractType = ZendParseParameters.optionalLong(ex, 2, EXTR_OVERWRITE);
        long prefix = ZendExecuteData.numArgs(ex) >= 3 ? ZendParseParameters.requiredString(ex, 3) : 0;
        boolean refs = (extractType & EXTR_REFS) != 0;
        if (refs) ZendArrays.separateZval(param); // SEPARATE_ARRAY
        extractType &= 0xff;
        if (extractType < EXTR_OVERWRITE || extractType > EXTR_IF_EXISTS) {
            throw ZendParseParameters.valueError(ex, 2, "must be a valid extract type");
        }
        if (extractType > EXTR_SKIP && extractType <= EXTR_PREFIX_IF_EXISTS && ZendExecuteData.numArgs(ex) < 3) {
            throw ZendParseParameters.valueError(ex, 3, "is required when using this extract type");
        }
        if (prefix != 0 && ZendString.len(prefix) > 0 && !php_valid_var_name(ZendString.bytes(prefix))) {
            throw ZendParseParameters.valueError(ex, 3, "must be a valid identifier");
        }
        forbidDynamicCall(ex, "extract");
        long symbolTable = rebuildSymbolTable(ex);
        // the array might be stored in a variable that will be overwritten: one more reference while it is read
        long arr = getLong(param);
        if (!refs) ZendArrays.addRef(arr);
        try {
            ZendVm.setLong(rv, extractLoop(arr, symbolTable, (int) extractType, refs, prefix));
        } finally {
            if (!refs) ZendArrays.release(arr);
        }
    }
}
