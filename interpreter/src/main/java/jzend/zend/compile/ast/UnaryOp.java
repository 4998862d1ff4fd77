package jzend.zend.compile.ast;

/** Prefix operators: {@code ! ~} (ZEND_AST_UNARY_OP) and {@code + -} (ZEND_AST_UNARY_PLUS/MINUS). */
public enum UnaryOp {
    BOOL_NOT("!"), BW_NOT("~"), PLUS("+"), MINUS("-");

    /** The PHP spelling of the operator. */
    public final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }
}
