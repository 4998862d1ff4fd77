package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * EG(symbol_table), the global scope: the superglobals and $argv/$argc the SAPI registers, the
 * main script's variables (attached as IS_INDIRECT entries pointing at its CVs, as
 * zend_attach_symbol_table does), and globals created by {@code global $x} or $GLOBALS['x'].
 */
public final class ZendSymbolTable {
    private ZendSymbolTable() {}

    static final int IS_INDIRECT = ZendArrayOps.IS_INDIRECT;
    /** Fetch modes of FETCH_R / FETCH_W / FETCH_IS with ZEND_FETCH_GLOBAL. */
    public static final int R = 0, W = 1, IS = 2;

    /** init_executor: the empty symbol table (zend_hash_init(&EG(symbol_table), 64, …)). */
    public static void init() {
        ExecutorGlobals.symbol_table = ZendHash.zend_new_array(64);
    }

    /** shutdown_executor: the globals are destroyed with their table. */
    public static void destroy() {
        long ht = ExecutorGlobals.symbol_table;
        if (ht == 0) return;
        ExecutorGlobals.symbol_table = 0;
        ZendArrays.release(ht);
    }

    /** The interned name (a CV name is interned by the compiler in php; here on first use, before the script runs). */
    private static long key(byte[] name) {
        return jzend.zend.string.ZendInternedStrings.intern(name);
    }

    /**
     * Port of zend_attach_symbol_table for the main script's frame: a global that exists moves
     * into its CV, and every CV gets an IS_INDIRECT entry, so that `global` and $GLOBALS see the
     * script's variables.
     */
    public static void attach(long ex, byte[][] vars) {
        long ht = ExecutorGlobals.symbol_table;
        if (ht == 0) return;
        for (int i = 0; i < vars.length; i++) {
            long cv = ex + ZendExecuteData.varOffset(i);
            long k = key(vars[i]);
            long zv = ZendHash.zend_hash_find(ht, k);
            if (zv != 0) {
                if ((getInt(zv + ZendVm.TYPE) & 0xff) != IS_INDIRECT) {
                    ZendVm.moveValue(cv, zv);
                }
            } else {
                zv = ZendHash.zend_hash_lookup(ht, k);
            }
            putLong(zv, cv);
            putInt(zv + ZendVm.TYPE, IS_INDIRECT);
            ZendString.release(k);
        }
    }

    /**
     * zend_detach_symbol_table, at the end of the main script: its CVs are gone (released as
     * the frame left), so their entries are removed.
     */
    public static void detach(byte[][] vars) {
        long ht = ExecutorGlobals.symbol_table;
        if (ht == 0) return;
        for (byte[] name : vars) {
            long k = key(name);
            long zv = ZendHash.zend_hash_find(ht, k);
            if (zv != 0 && (getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) {
                putInt(zv + ZendVm.TYPE, ZendVm.IS_NULL);
                ZendHash.zend_hash_del(ht, k);
            }
            ZendString.release(k);
        }
    }

    /** The global's zval (through IS_INDIRECT), or 0 when there is none or it is undefined. */
    private static long find(long name) {
        long ht = ExecutorGlobals.symbol_table;
        return ht == 0 ? 0 : findIn(ht, name);
    }

    /** The global's zval for writing: created as null when missing (an undefined main CV becomes null). */
    private static long lookup(long name) {
        return lookupIn(ExecutorGlobals.symbol_table, name);
    }

    /** The variable named {@code name} in table {@code ht}, created as null when missing or undefined. */
    private static long lookupIn(long ht, long name) {
        long zv = ZendHash.zend_hash_lookup(ht, name);
        if ((getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) zv = getLong(zv);
        if ((getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) ZendVm.setNull(zv);
        return zv;
    }

    /**
     * ZEND_FETCH_R/W/IS with ZEND_FETCH_GLOBAL (superglobals, $GLOBALS['name']): R copies the
     * value ("Undefined global variable $x" when missing), IS copies it silently, W leaves an
     * IS_INDIRECT to it (created as null) in the result. A name that is not a string is converted.
     */
    public static void fetch(long result, long nameZv, boolean nameIsTmp, int mode) {
        fetchNamed(ExecutorGlobals.symbol_table, result, nameZv, nameIsTmp, mode, "Undefined global variable $");
    }

    /**
     * The body of ZEND_FETCH_R/W/IS by name in table {@code ht}: W leaves an IS_INDIRECT to the
     * variable (created as null), R copies it or warns "{@code undefined}NAME", IS copies silently.
     */
    private static void fetchNamed(long ht, long result, long nameZv, boolean nameIsTmp, int mode, String undefined) {
        long name = ZendStrings.stringOf(nameZv);
        if (nameIsTmp) ZendVm.freeOp(nameZv);
        try {
            if (mode == W) {
                long zv = lookupIn(ht, name);
                putLong(result, zv);
                putInt(result + ZendVm.TYPE, IS_INDIRECT);
                return;
            }
            long zv = ht == 0 ? 0 : findIn(ht, name); // no globals table outside a request
            if (zv == 0) {
                if (mode == R) Zend.zend_error(ZendErrors.E_WARNING, undefined + ZendString.toJavaString(name));
                ZendVm.setNull(result);
            } else {
                ZendVm.copyValue(result, zv);
            }
        } finally {
            ZendString.release(name);
        }
    }

    /** The variable named {@code name} in table {@code ht} (through IS_INDIRECT), or 0 when missing or undefined. */
    private static long findIn(long ht, long name) {
        long zv = ZendHash.zend_hash_find(ht, name);
        if (zv == 0) return 0;
        if ((getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) zv = getLong(zv);
        return (getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF ? 0 : zv;
    }

    /**
     * ZEND_FETCH_R/W/IS with ZEND_FETCH_LOCAL ($$name): the variable of the frame's scope by
     * name — R copies it ("Undefined variable $x" when missing), IS silently, W leaves an
     * IS_INDIRECT to it (created as null: a CV, or a new entry of the frame's table).
     */
    public static void fetchLocal(long ex, long result, long nameZv, boolean nameIsTmp, int mode) {
        fetchNamed(rebuild(ex), result, nameZv, nameIsTmp, mode, "Undefined variable $");
    }

    /** ZEND_ISSET_ISEMPTY_VAR with ZEND_FETCH_LOCAL: isset($$name) / empty($$name). */
    public static void issetIsEmptyLocal(long ex, long result, long nameZv, boolean nameIsTmp, int isEmpty) {
        long name = ZendStrings.stringOf(nameZv);
        if (nameIsTmp) ZendVm.freeOp(nameZv);
        long zv = findIn(rebuild(ex), name);
        ZendString.release(name);
        if (zv != 0) zv = ZendReference.deref(zv);
        boolean set = zv != 0 && (getInt(zv + ZendVm.TYPE) & 0xff) > ZendVm.IS_NULL;
        ZendVm.setBool(result, isEmpty == 0 ? set : !(set && ZendVm.isTrue(zv)));
    }

    /** ZEND_UNSET_VAR with ZEND_FETCH_LOCAL (zend_hash_del_ind): a CV becomes undefined, another entry goes. */
    public static void unsetLocal(long ex, long nameZv, boolean nameIsTmp) {
        long name = ZendStrings.stringOf(nameZv);
        if (nameIsTmp) ZendVm.freeOp(nameZv);
        try {
            long ht = rebuild(ex);
            long zv = ZendHash.zend_hash_find(ht, name);
            if (zv == 0) return;
            if ((getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) {
                long cv = getLong(zv);
                if ((getInt(cv + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) return;
                ZendVm.release(cv);
                putInt(cv + ZendVm.TYPE, ZendVm.IS_UNDEF);
            } else {
                ZendHash.zend_hash_del(ht, name);
            }
        } finally {
            ZendString.release(name);
        }
    }

    /** ZEND_ISSET_ISEMPTY_VAR with ZEND_FETCH_GLOBAL: isset($GLOBALS['x']) / empty(…). */
    public static void issetIsEmpty(long result, long nameZv, boolean nameIsTmp, int isEmpty) {
        long name = ZendStrings.stringOf(nameZv);
        if (nameIsTmp) ZendVm.freeOp(nameZv);
        long zv = find(name);
        ZendString.release(name);
        if (zv != 0) zv = ZendReference.deref(zv);
        boolean set = zv != 0 && (getInt(zv + ZendVm.TYPE) & 0xff) > ZendVm.IS_NULL;
        ZendVm.setBool(result, isEmpty == 0 ? set : !(set && ZendVm.isTrue(zv)));
    }

    /**
     * Reading $GLOBALS as a whole (PHP 8.1+: a read-only copy): an array of the defined globals,
     * each value with one more reference.
     */
    public static void globalsArray(long result) {
        long ht = ExecutorGlobals.symbol_table;
        long copy = ZendHash.zend_new_array(ZendArray.numOfElements(ht));
        for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
            long zv = ZendHash.zend_hash_data_at(ht, pos);
            if ((getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) zv = getLong(zv);
            if ((getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) continue;
            long slot = ZendHash.zend_hash_lookup(copy, ZendHash.zend_hash_str_key_at(ht, pos));
            ZendVm.copyValue(slot, zv);
        }
        ZendArrays.setArray(result, copy);
    }

    /**
     * Port of zend_rebuild_symbol_table for the user frame {@code ex} (compact, extract): the
     * main script's is EG(symbol_table), its CVs attached; a function's is built on first use
     * with each CV as an IS_INDIRECT entry (undefined ones too) and kept in EX(symbol_table)
     * until the frame leaves, with the names extract() added that are not CVs.
     */
    public static long rebuild(long ex) {
        var op = ZendFunctions.opArray(ZendExecuteData.func(ex));
        if (!op.closure && op.functionName.length > 0 && op.functionName[0] == '{' && ExecutorGlobals.symbol_table != 0) {
            return ExecutorGlobals.symbol_table;
        }
        long ht = getLong(ex + ZendExecuteData.SYMBOL_TABLE);
        if (ht != 0) return ht;
        ht = ZendHash.zend_new_array(op.vars.length);
        for (int i = 0; i < op.vars.length; i++) {
            long k = key(op.vars[i]);
            long slot = ZendHash.zend_hash_lookup(ht, k);
            ZendString.release(k);
            putLong(slot, ex + ZendExecuteData.varOffset(i));
            putInt(slot + ZendVm.TYPE, IS_INDIRECT);
        }
        putLong(ex + ZendExecuteData.SYMBOL_TABLE, ht);
        return ht;
    }

    /**
     * A function frame's rebuilt table goes when the frame leaves (its CVs are released by then):
     * the IS_INDIRECT entries are unlinked, the other variables released with the table.
     */
    static void destroyFrameTable(long ex) {
        long ht = getLong(ex + ZendExecuteData.SYMBOL_TABLE);
        if (ht == 0) return;
        putLong(ex + ZendExecuteData.SYMBOL_TABLE, 0);
        for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
            long zv = ZendHash.zend_hash_data_at(ht, pos);
            if ((getInt(zv + ZendVm.TYPE) & 0xff) == IS_INDIRECT) putInt(zv + ZendVm.TYPE, ZendVm.IS_NULL);
        }
        ZendArrays.release(ht);
    }

    /** ZEND_BIND_GLOBAL: {@code global $name} binds the local CV to a reference to the global (created as null). */
    public static void bindGlobal(long cv, long name) {
        long zv = lookup(getLong(name));
        ZendReference.assignRef(cv, zv);
    }
}
