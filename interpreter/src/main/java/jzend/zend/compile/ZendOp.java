package jzend.zend.compile;

/**
 * One instruction of an op_array (struct _zend_op): an opcode, two operands and a result, each
 * with its type (IS_CONST, IS_TMP_VAR, IS_VAR, IS_CV or IS_UNUSED), an extended value and the
 * source line. For CV/TMP/VAR operands the number is the byte offset of the zval in the frame
 * (EX_VAR), for CONST the index of the literal, for jumps the target opline's index.
 */
public final class ZendOp {
    /** Operand types (zend_compile.h). */
    public static final byte IS_UNUSED = 0, IS_CONST = 1, IS_TMP_VAR = 2, IS_VAR = 4, IS_CV = 8;

    public int opcode;
    public byte op1Type, op2Type, resultType;
    public int op1, op2, result;
    public int extendedValue;
    public int lineno;

    public ZendOp(int opcode, int lineno) {
        this.opcode = opcode;
        this.lineno = lineno;
    }

    public ZendOp op1(byte type, int value) { op1Type = type; op1 = value; return this; }
    public ZendOp op2(byte type, int value) { op2Type = type; op2 = value; return this; }
    public ZendOp result(byte type, int value) { resultType = type; result = value; return this; }
    public ZendOp extended(int value) { extendedValue = value; return this; }

    @Override
    public String toString() {
        return ZendOpcode.name(opcode) + " " + operand(op1Type, op1) + " " + operand(op2Type, op2) + " -> "
                + operand(resultType, result) + (extendedValue != 0 ? " ext=" + extendedValue : "") + " (line " + lineno + ")";
    }

    static String operand(byte type, int value) {
        return switch (type) {
            case IS_UNUSED -> "-";
            case IS_CONST -> "#" + value;
            case IS_TMP_VAR -> "T@" + value;
            case IS_VAR -> "V@" + value;
            case IS_CV -> "CV@" + value;
            default -> "?" + value;
        };
    }
}
