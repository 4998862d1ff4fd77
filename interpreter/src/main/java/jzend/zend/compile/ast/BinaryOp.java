package jzend.zend.compile.ast;

/**
 * The binary operators that compile to one opcode (ZEND_AST_BINARY_OP's opcodes, plus
 * ZEND_AST_GREATER/GREATER_EQUAL kept as their own operators). The short-circuit ones
 * ({@code && || ??}) are nodes of their own.
 */
public enum BinaryOp {
    ADD("+", "ZEND_ADD"), SUB("-", "ZEND_SUB"), MUL("*", "ZEND_MUL"), DIV("/", "ZEND_DIV"),
    MOD("%", "ZEND_MOD"), POW("**", "ZEND_POW"), CONCAT(".", "ZEND_CONCAT"), SL("<<", "ZEND_SL"),
    SR(">>", "ZEND_SR"), BW_OR("|", "ZEND_BW_OR"), BW_AND("&", "ZEND_BW_AND"), BW_XOR("^", "ZEND_BW_XOR"),
    BOOL_XOR("xor", "ZEND_BOOL_XOR"), IS_IDENTICAL("===", "ZEND_IS_IDENTICAL"),
    IS_NOT_IDENTICAL("!==", "ZEND_IS_NOT_IDENTICAL"), IS_EQUAL("==", "ZEND_IS_EQUAL"),
    IS_NOT_EQUAL("!=", "ZEND_IS_NOT_EQUAL"), IS_SMALLER("<", "ZEND_IS_SMALLER"),
    IS_SMALLER_OR_EQUAL("<=", "ZEND_IS_SMALLER_OR_EQUAL"), IS_GREATER(">", "ZEND_IS_SMALLER (swapped)"),
    IS_GREATER_OR_EQUAL(">=", "ZEND_IS_SMALLER_OR_EQUAL (swapped)"), SPACESHIP("<=>", "ZEND_SPACESHIP");

    /** The PHP spelling of the operator. */
    public final String symbol;
    /** The opcode zend_compile.c emits for it. */
    public final String opcode;

    BinaryOp(String symbol, String opcode) {
        this.symbol = symbol;
        this.opcode = opcode;
    }
}
