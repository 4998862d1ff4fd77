package jzend.zend;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendCallable;
import jzend.zend.execute.ZendClassEntry;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExceptions;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

/**
 * Zend/zend_builtin_functions.c: the functions the engine itself provides.
 */
public final class ZendBuiltinFunctions {
    private ZendBuiltinFunctions() {}

    private static final String OWNER = "jzend/zend/ZendBuiltinFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("gc_mem_caches", OWNER, "gc_mem_caches", 0),
        new ZendFunctionEntry("get_class", OWNER, "get_class", 0, "object"),
        new ZendFunctionEntry("get_parent_class", OWNER, "get_parent_class", 0, "object_or_class"),
        new ZendFunctionEntry("set_error_handler", OWNER, "set_error_handler", 1, "callback", "error_levels"),
        new ZendFunctionEntry("restore_error_handler", OWNER, "restore_error_handler", 0),
    };

    private static final int IS_UNDEF = 0;

    private static int type(long zv) {
        return NativeMemory.getInt(zv + 8) & 0xff;
    }

    /** The class name as a string zval's value (RETURN_STR_COPY(ce->name)). */
    private static void returnClassName(long rv, ZendClassEntry ce) {
        ZendVm.setString(rv, ZendString.init(ce.name.getBytes(StandardCharsets.ISO_8859_1), false));
    }

    /** ZEND_FUNCTION(get_class): the class name of an object (without an argument, outside a class: Error). */
    public static void get_class(long ex, long rv) {
        if (ZendExecuteData.numArgs(ex) == 0) {
            throw ZendError.create("Error", "get_class() without arguments must be called from within a class");
        }
        long zv = ZendArrayOps.deref(ZendParseParameters.arg(ex, 1));
        int t = type(zv);
        if (t != ZendExceptions.IS_OBJECT) {
            throw ZendError.create("TypeError", "get_class(): Argument #1 ($object) must be of type object, "
                    + ZendParseParameters.zend_zval_type_name(zv) + " given");
        }
        returnClassName(rv, ZendExceptions.classOf(NativeMemory.getLong(zv)));
    }

    /**
     * ZEND_FUNCTION(get_parent_class): the name of the parent of an object's class or of a named
     * class (Z_PARAM_OBJ_OR_CLASS_NAME), false when it has none; without an argument, the executed
     * scope's parent — there are no class scopes here, so false.
     */
    public static void get_parent_class(long ex, long rv) {
        ZendClassEntry ce = null;
        if (ZendExecuteData.numArgs(ex) >= 1) {
            long zv = ZendArrayOps.deref(ZendParseParameters.arg(ex, 1));
            int t = type(zv);
            if (t == ZendVm.IS_STRING) {
                ce = ZendClassEntry.lookup(ZendString.toJavaString(NativeMemory.getLong(zv)));
            } else if (t == ZendExceptions.IS_OBJECT) {
                ce = ZendExceptions.classOf(NativeMemory.getLong(zv));
            }
            if (ce == null) {
                throw ZendError.create("TypeError", "get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, "
                        + ZendParseParameters.zendZvalTypeName(t) + " given");
            }
        }
        if (ce != null && ce.parent != null) {
            returnClassName(rv, ce.parent);
        } else {
            ZendVm.setBool(rv, false);
        }
    }

    /**
     * ZEND_FUNCTION(set_error_handler): returns the current handler (null when none), pushes it
     * and its error_levels on EG(user_error_handlers)/EG(user_error_handlers_error_reporting), and
     * installs the callback (null: no handler) with its mask.
     */
    public static void set_error_handler(long ex, long rv) {
        ZendCallable.checkCallback(ex, 1, true);
        long errorType = ZendParseParameters.optionalLong(ex, 2, ZendErrors.E_ALL);
        long callback = ZendArrayOps.deref(ZendParseParameters.arg(ex, 1));
        long eh = ExecutorGlobals.user_error_handler;

        if (type(eh) != IS_UNDEF) {
            ZendVm.assign(rv, eh);
        }

        ExecutorGlobals.user_error_handlers_error_reporting.zend_stack_push_int(ExecutorGlobals.user_error_handler_error_reporting);
        ExecutorGlobals.user_error_handlers.zend_stack_push(eh);

        if (type(callback) == ZendVm.IS_NULL) { /* unset user-defined handler */
            NativeMemory.putInt(eh + 8, IS_UNDEF);
            return;
        }

        NativeMemory.putInt(eh + 8, IS_UNDEF); // its reference moved onto the stack
        ZendVm.assign(eh, callback);
        ExecutorGlobals.user_error_handler_error_reporting = (int) errorType;
    }

    /** ZEND_FUNCTION(restore_error_handler): the current handler is released and the previous one (if any) is back; true. */
    public static void restore_error_handler(long ex, long rv) {
        long eh = ExecutorGlobals.user_error_handler;
        if (type(eh) != IS_UNDEF) {
            // zval_ptr_dtor of the handler taken out of EG (no destructor can run in between here)
            ZendVm.release(eh);
            NativeMemory.putInt(eh + 8, IS_UNDEF);
        }

        if (ExecutorGlobals.user_error_handlers.zend_stack_is_empty()) {
            NativeMemory.putInt(eh + 8, IS_UNDEF);
        } else {
            ExecutorGlobals.user_error_handler_error_reporting = ExecutorGlobals.user_error_handlers_error_reporting.zend_stack_int_top();
            ExecutorGlobals.user_error_handlers_error_reporting.zend_stack_del_top();
            long tmp = ExecutorGlobals.user_error_handlers.zend_stack_top();
            NativeMemory.copy(tmp, eh, 16);
            ExecutorGlobals.user_error_handlers.zend_stack_del_top();
        }

        ZendVm.setBool(rv, true);
    }

    /** ZEND_FUNCTION(gc_mem_caches): zend_mm_gc on the request heap; bytes returned to the system. */
    public static void gc_mem_caches(long ex, long rv) {
        ZendVm.setLong(rv, ZendAlloc.zend_mm_gc());
    }
}
