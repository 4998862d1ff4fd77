package jzend.zend;

/**
 * An internal function's entry (zend_function_entry with its arginfo): the PHP name, the Java
 * static method implementing it ({@code static void f(long execute_data, long return_value)}, as
 * PHP_FUNCTION declares it), and the parameters' names with the number required.
 *
 * @param owner the implementing class, as an internal name ("jzend/ext/standard/Var")
 */
public record ZendFunctionEntry(String name, String owner, String method, int requiredArgs, String... paramNames) {
    /** Whether the last parameter is variadic ("...$values"). */
    public boolean variadic() {
        return paramNames.length > 0 && paramNames[paramNames.length - 1].startsWith("...");
    }

    /** The most arguments accepted, or -1 for variadic functions. */
    public int maxArgs() {
        return variadic() ? -1 : paramNames.length;
    }
}
