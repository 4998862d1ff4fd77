package jzend.zend.compile;

/**
 * Opcodes, named and numbered as in php-src 8.2's zend_vm_opcodes.h (the subset jzend compiles).
 */
public final class ZendOpcode {
    private ZendOpcode() {}

    public static final int NOP = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, SL = 6, SR = 7, CONCAT = 8,
            BW_OR = 9, BW_AND = 10, BW_XOR = 11, POW = 12, BW_NOT = 13, BOOL_NOT = 14, BOOL_XOR = 15,
            IS_IDENTICAL = 16, IS_NOT_IDENTICAL = 17, IS_EQUAL = 18, IS_NOT_EQUAL = 19, IS_SMALLER = 20,
            IS_SMALLER_OR_EQUAL = 21, ASSIGN = 22, ASSIGN_DIM = 23, ASSIGN_OP = 26, ASSIGN_DIM_OP = 27,
            ASSIGN_REF = 30, QM_ASSIGN = 31, PRE_INC = 34, PRE_DEC = 35, POST_INC = 36, POST_DEC = 37,
            JMP = 42, JMPZ = 43, JMPNZ = 44, JMPZ_EX = 46, JMPNZ_EX = 47, CASE = 48, CAST = 51, BOOL = 52,
            FAST_CONCAT = 53, ROPE_INIT = 54, ROPE_ADD = 55, ROPE_END = 56, INIT_FCALL_BY_NAME = 59,
            DO_FCALL = 60, INIT_FCALL = 61, RETURN = 62, RECV = 63, RECV_INIT = 64, SEND_VAL = 65,
            SEND_VAR_EX = 66, SEND_REF = 67, FREE = 70, INIT_ARRAY = 71, ADD_ARRAY_ELEMENT = 72,
            UNSET_VAR = 74, UNSET_DIM = 75, FE_RESET_R = 77, FE_FETCH_R = 78, EXIT = 79, FETCH_R = 80,
            FETCH_DIM_R = 81, FETCH_W = 83, FETCH_DIM_W = 84, FETCH_RW = 86, FETCH_DIM_RW = 87, FETCH_IS = 89,
            FETCH_DIM_IS = 90, FETCH_UNSET = 95, FETCH_DIM_UNSET = 96, FETCH_LIST_R = 98, FETCH_CONSTANT = 99,
            EXT_STMT = 101, INIT_USER_CALL = 118, SEND_ARRAY = 119, SEND_USER = 120, STRLEN = 121,
            DEFINED = 122, TYPE_CHECK = 123, VERIFY_RETURN_TYPE = 124, FE_RESET_RW = 125, FE_FETCH_RW = 126,
            FE_FREE = 127, INIT_DYNAMIC_CALL = 128, DO_ICALL = 129, DO_UCALL = 130, DO_FCALL_BY_NAME = 131,
            ECHO = 136, OP_DATA = 137, SEND_VAR = 117, ISSET_ISEMPTY_DIM_OBJ = 115, ISSET_ISEMPTY_VAR = 114,
            DECLARE_FUNCTION = 141, DECLARE_LAMBDA_FUNCTION = 142, DECLARE_CONST = 143, SEND_UNPACK = 165,
            RECV_VARIADIC = 164, BIND_GLOBAL = 168, COALESCE = 169, SPACESHIP = 170, FUNC_NUM_ARGS = 171,
            FUNC_GET_ARGS = 172, FETCH_LIST_W = 184, BIND_LEXICAL = 182, BIND_STATIC = 183,
            ISSET_ISEMPTY_CV = 154, UNSET_CV = 153, JMP_SET = 158, COUNT = 190, SWITCH_LONG = 187, SWITCH_STRING = 188,
            MATCH = 195, CASE_STRICT = 196, MATCH_ERROR = 197, JMP_NULL = 198, RETURN_BY_REF = 111, SEND_FUNC_ARG = 185,
            MAKE_REF = 140, SEND_VAR_NO_REF = 106, SEND_VAL_EX = 116,
            NEW = 68, THROW = 108, CATCH = 107, HANDLE_EXCEPTION = 149, FAST_RET = 163,
            DISCARD_EXCEPTION = 159, INSTANCEOF = 138, INIT_METHOD_CALL = 112,
            BEGIN_SILENCE = 57, END_SILENCE = 58, ADD_ARRAY_UNPACK = 147, CALL_ARRAY = 119,
            CALLABLE_CONVERT = 202;

    private static final String[] NAMES = new String[256];

    static {
        for (var f : ZendOpcode.class.getFields()) {
            if (f.getType() == int.class) {
                try {
                    NAMES[f.getInt(null)] = "ZEND_" + f.getName();
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    /** "ZEND_ADD" for ADD, as php-src's zend_get_opcode_name. */
    public static String name(int opcode) {
        String n = opcode >= 0 && opcode < NAMES.length ? NAMES[opcode] : null;
        return n != null ? n : "ZEND_OPCODE_" + opcode;
    }
}
