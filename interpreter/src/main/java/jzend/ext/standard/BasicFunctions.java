package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

/**
 * The constant functions (Zend/zend_builtin_functions.c: define, defined; ext/standard/basic_functions.c: constant).
 */
public final class BasicFunctions {
    private BasicFunctions() {}

    private static final String OWNER = "jzend/ext/standard/BasicFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("define", OWNER, "define", 2, "constant_name", "value", "case_insensitive"),
        new ZendFunctionEntry("defined", OWNER, "defined", 1, "constant_name"),
        new ZendFunctionEntry("constant", OWNER, "constant", 1, "name"),
    };

    /** ZEND_FUNCTION(define): registers a user constant; false (with a warning) when it exists. */
    public static void define(long ex, long rv) {
        String name = ZendString.toJavaString(ZendParseParameters.requiredString(ex, 1));
        ZendVm.setBool(rv, ZendVm.defineConstant(name, ZendParseParameters.arg(ex, 2)));
    }

    /** ZEND_FUNCTION(defined). */
    public static void defined(long ex, long rv) {
        String name = ZendString.toJavaString(ZendParseParameters.requiredString(ex, 1));
        ZendVm.setBool(rv, jzend.zend.ZendConstants.defined(name));
    }

    /** PHP_FUNCTION(constant): the value, or Error "Undefined constant". */
    public static void constant(long ex, long rv) {
        long name = ZendParseParameters.arg(ex, 1);
        ZendParseParameters.requiredString(ex, 1);
        ZendVm.constantValue(rv, name);
    }
}
