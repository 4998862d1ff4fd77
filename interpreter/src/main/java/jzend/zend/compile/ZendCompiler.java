package jzend.zend.compile;

import jzend.zend.compile.ast.Arg;
import jzend.zend.compile.ast.BinaryOp;
import jzend.zend.compile.ast.Expr;
import jzend.zend.compile.ast.FunctionDecl;
import jzend.zend.compile.ast.Param;
import jzend.zend.compile.ast.Stmt;
import jzend.zend.compile.ast.UnaryOp;
import jzend.zend.CompilerGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendFunctions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jzend.zend.compile.ZendOp.IS_CONST;
import static jzend.zend.compile.ZendOp.IS_CV;
import static jzend.zend.compile.ZendOp.IS_TMP_VAR;
import static jzend.zend.compile.ZendOp.IS_UNUSED;

/**
 * The compiler from AST to op_arrays (zend_compile.c): one op_array for the script's top-level
 * code and one per function. Functions declared at the top level are bound at compile time
 * (early binding, so a call may precede the declaration), and calls to them compile to
 * INIT_FCALL with the callee known.
 *
 * <p>Operands are numbered while compiling (CV n, TMP n) and turned into frame offsets at the end
 * (pass_two), when the number of CVs is known: CV n at EX_VAR_NUM(n), TMP n after the CVs.
 */
public final class ZendCompiler {
    /** A compiled script: its main op_array and all function op_arrays, registered in {@link ZendFunctions}. */
    public record CompiledScript(int main, int[] functions) {
        /** Every op_array of the script, the functions first and the main one last. */
        public int[] all() {
            int[] all = java.util.Arrays.copyOf(functions, functions.length + 1);
            all[functions.length] = main;
            return all;
        }
    }

    /** An operand while compiling (znode): its type and CV/TMP number, literal index or 0. */
    record ZNode(byte type, int value) {
        static final ZNode UNUSED = new ZNode(IS_UNUSED, 0);
    }

    private final byte[] filename;
    private boolean strictTypes;
    /** Lower-cased function name → index in ZendFunctions (CG(function_table) for user functions). */
    /** extended_value of FETCH_R/W/IS, ISSET_ISEMPTY_VAR and UNSET_VAR by name in the frame's scope (else: the global one). */
    public static final int ZEND_FETCH_LOCAL = 1 << 3;
    /** extended_value of ASSIGN_REF whose source is a call, and of a DO_UCALL that wants a reference back. */
    public static final int ZEND_RETURNS_FUNCTION = 1 << 0;
    private final Map<String, Integer> functions = new HashMap<>();
    /** The top-level declarations, bound before the script runs (the others are declared when reached). */
    private final java.util.Set<FunctionDecl> earlyBound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Functions declared inside a block or a function body, by lower-case name: the first one in the file. */
    private final Map<String, Integer> declaredAtRuntime = new HashMap<>();
    /** Their op_array indexes, by declaration. */
    private final Map<FunctionDecl, Integer> unbound = new java.util.IdentityHashMap<>();
    private final List<Integer> compiled = new ArrayList<>();

    private ZendCompiler(byte[] filename) {
        this.filename = filename;
    }

    /** INITIAL_OP_ARRAY_SIZE: the oplines init_op_array makes room for. */
    static final int INITIAL_OP_ARRAY_SIZE = 64;
    private static final byte[] MAIN_NAME = "{main}".getBytes(StandardCharsets.ISO_8859_1);

    /** The op_array of a file's top-level code (zend_compile's, from emalloc), not a function's. */
    private static boolean isMain(ZendOpArray op) {
        return java.util.Arrays.equals(op.functionName, MAIN_NAME);
    }

    /** Port of zend_compile (compile_file after parsing): the top-level statements of a script. */
    public static CompiledScript compile(List<Stmt> stmts, byte[] filename) {
        return compile(stmts, filename, false);
    }

    /** The same for a file that declared strict_types=1 or not. */
    public static CompiledScript compile(List<Stmt> stmts, byte[] filename, boolean strictTypes) {
        List<FunctionDecl> all = new ArrayList<>();
        for (Stmt s : stmts) if (s instanceof Stmt.FunctionDeclaration fd) all.add(fd.decl());
        return compile(stmts, all, filename, strictTypes);
    }

    /**
     * The same, given every named function declaration of the file (ParsedScript.functionDeclarations):
     * the ones not at top level are registered unbound before any body is compiled.
     */
    public static CompiledScript compile(List<Stmt> stmts, List<FunctionDecl> declarations, byte[] filename, boolean strictTypes) {
        ZendCompiler c = new ZendCompiler(filename);
        c.strictTypes = strictTypes;
        // early binding: every top-level function is known before any body is compiled
        List<FunctionDecl> decls = new ArrayList<>();
        for (Stmt s : stmts) {
            if (s instanceof Stmt.FunctionDeclaration fd) {
                String key = lower(fd.decl().name());
                String name = new String(fd.decl().name(), StandardCharsets.ISO_8859_1);
                if (jzend.zend.ZendInternalFunctions.lookup(key) != 0) {
                    throw ParseError.compile("Cannot redeclare " + name + "()", fd.line());
                }
                if (c.functions.containsKey(key)) {
                    // do_bind_function: the first declaration's place is named
                    int first = ZendFunctions.opArray(c.functions.get(key)).lineStart;
                    throw ParseError.compile("Cannot redeclare " + name + "() (previously declared in "
                            + new String(filename, StandardCharsets.ISO_8859_1) + ":" + first + ")", fd.line());
                }
                ZendOpArray op = new ZendOpArray(fd.decl().name(), filename);
                op.lineStart = fd.decl().line();
                op.returnsRef = fd.decl().byRefReturn();
                op.paramByRef = new boolean[fd.decl().params().size()];
                for (int i = 0; i < op.paramByRef.length; i++) op.paramByRef[i] = fd.decl().params().get(i).byRef();
                c.functions.put(key, ZendFunctions.register(op));
                decls.add(fd.decl());
                c.earlyBound.add(fd.decl());
            }
        }
        for (FunctionDecl d : declarations) if (!c.earlyBound.contains(d)) c.registerUnbound(d);
        for (FunctionDecl d : decls) c.compileFunction(d, c.functions.get(lower(d.name())));
        ZendOpArray mainOp = new ZendOpArray(MAIN_NAME, filename);
        mainOp.strictTypes = strictTypes;
        int main = ZendFunctions.register(mainOp);
        OpArrayCompiler oc = c.new OpArrayCompiler(mainOp);
        for (Stmt s : stmts) oc.stmt(s);
        int lastLine = stmts.isEmpty() ? 1 : stmts.get(stmts.size() - 1).line();
        oc.emit(ZendOpcode.RETURN, lastLine).op1(IS_CONST, oc.literals.addLong(1));
        oc.finish();
        c.compiled.add(main);
        int[] fns = c.compiled.stream().filter(i -> i != main).mapToInt(Integer::intValue).toArray();
        return new CompiledScript(main, fns);
    }

    /** A function declared inside a block or a function body: registered unbound (ZEND_DECLARE_FUNCTION binds it). */
    private void registerUnbound(FunctionDecl d) {
        String key = lower(d.name());
        if (jzend.zend.ZendInternalFunctions.lookup(key) != 0) {
            throw ParseError.compile("Cannot redeclare " + new String(d.name(), StandardCharsets.ISO_8859_1) + "()", d.line());
        }
        ZendOpArray op = new ZendOpArray(d.name(), filename);
        op.lineStart = d.line();
        op.returnsRef = d.byRefReturn();
        op.paramByRef = new boolean[d.params().size()];
        for (int i = 0; i < op.paramByRef.length; i++) op.paramByRef[i] = d.params().get(i).byRef();
        int index = ZendFunctions.register(op, false);
        declaredAtRuntime.putIfAbsent(key, index);
        unbound.put(d, index);
    }

    /** The declaration's op_array, compiled where the declaration stands; its index. */
    private int declareAtRuntime(FunctionDecl d) {
        Integer index = unbound.get(d);
        if (index == null) { // compile() without the parser's list of declarations
            registerUnbound(d);
            index = unbound.get(d);
        }
        compileFunction(d, index);
        return index;
    }

    /** A variable a closure captures: by name, by reference or not, implicitly (arrow functions) or not. */
    record Lexical(byte[] name, boolean byRef, boolean implicit) {}

    private void compileFunction(FunctionDecl d, int index) {
        compileFunction(d, index, List.of());
    }

    /**
     * A closure or arrow function (zend_compile_func_decl for ZEND_AST_CLOSURE/ARROW_FUNC): its
     * own op_array named {closure}, whose static variables start with the captured ones.
     */
    int compileClosure(FunctionDecl d, List<Lexical> lexicals) {
        ZendOpArray op = new ZendOpArray("{closure}".getBytes(StandardCharsets.ISO_8859_1), filename);
        op.closure = true;
        op.lineStart = d.line();
        op.returnsRef = d.byRefReturn();
        op.paramByRef = new boolean[d.params().size()];
        for (int i = 0; i < op.paramByRef.length; i++) op.paramByRef[i] = d.params().get(i).byRef();
        int index = ZendFunctions.register(op);
        compileFunction(d, index, lexicals);
        return index;
    }

    private void compileFunction(FunctionDecl d, int index, List<Lexical> lexicals) {
        ZendOpArray op = ZendFunctions.opArray(index);
        op.lineStart = d.line();
        op.lineEnd = d.endLine();
        OpArrayCompiler oc = new OpArrayCompiler(op);
        op.strictTypes = strictTypes;
        op.paramNames = d.params().stream().map(Param::name).toArray(byte[][]::new);
        int required = 0;
        for (int i = 0; i < d.params().size(); i++) {
            Param p = d.params().get(i);
            int cv = oc.lookupCv(p.name());
            if (p.variadic()) {
                if (p.type() != null) throw ParseError.compile("jzend cannot compile typed variadic parameters yet", p.line());
                // ZEND_RECV_VARIADIC: the remaining arguments (and extra named ones) as an array
                op.variadic = true;
                oc.emit(ZendOpcode.RECV_VARIADIC, d.line()).op1(IS_UNUSED, i + 1).result(IS_CV, cv);
                continue;
            }
            int mask = typeMask(p.type(), p.defaultValue() instanceof Expr.ConstFetch cf && cf.name().text().equalsIgnoreCase("null"));
            if (mask == jzend.zend.ZendType.MAY_BE_NEVER) throw ParseError.compile("never cannot be used as a parameter type", p.type().line());
            if (p.defaultValue() != null) {
                // ZEND_RECV_INIT: the default, a constant expression, as a literal — or, when it
                // uses constants known only at run time, computed when the argument is missing
                int lit = oc.literalOrMinusOne(p.defaultValue());
                if (lit >= 0) {
                    oc.emit(ZendOpcode.RECV_INIT, d.line()).op1(IS_UNUSED, i + 1).op2(IS_CONST, lit).result(IS_CV, cv).extended(mask);
                } else {
                    oc.requireConstExpr(p.defaultValue());
                    ZendOp recv = oc.emit(ZendOpcode.RECV_INIT, d.line()).op1(IS_UNUSED, i + 1).result(IS_CV, cv).extended(mask);
                    ZNode v = oc.expr(p.defaultValue());
                    oc.emit(ZendOpcode.ASSIGN, d.line()).op1(IS_CV, cv).op2(v.type(), v.value());
                    recv.op2(IS_UNUSED, oc.next());
                }
            } else {
                oc.emit(ZendOpcode.RECV, d.line()).op1(IS_UNUSED, i + 1).result(IS_CV, cv).extended(mask);
                required = i + 1;
            }
        }
        op.returnType = typeMask(d.returnType(), false);
        op.numArgs = d.params().size() - (op.variadic ? 1 : 0);
        op.requiredNumArgs = required;
        // zend_compile_closure_uses: each captured variable is bound from the closure's statics
        for (Lexical l : lexicals) {
            op.staticVars.add(new ZendOpArray.StaticVar(l.name(), -1));
            oc.emit(ZendOpcode.BIND_STATIC, d.line()).op1(IS_CV, oc.lookupCv(l.name()))
                    .op2(IS_CONST, oc.literals.addString(l.name()))
                    .extended(jzend.zend.execute.ZendClosures.BIND_USE | (l.byRef() ? jzend.zend.execute.ZendClosures.BIND_REF : 0));
        }
        for (Stmt s : d.body()) oc.stmt(s);
        if (op.returnType != 0 && op.returnType != jzend.zend.ZendType.MAY_BE_VOID) {
            // falling off the end of a typed function: "none returned"
            oc.emit(ZendOpcode.VERIFY_RETURN_TYPE, d.endLine()).extended(op.returnType);
        }
        // zend_emit_final_return: RETURN_BY_REF of null in a by-reference function (php's notice included)
        oc.emit(op.returnsRef ? ZendOpcode.RETURN_BY_REF : ZendOpcode.RETURN, d.endLine()).op1(IS_CONST, oc.literals.addNull());
        oc.finish();
        compiled.add(index);
    }

    /** The ZendType mask of a declaration (0: none); a default of null makes the type nullable. */
    private static int typeMask(jzend.zend.compile.ast.TypeDecl t, boolean defaultNull) {
        if (t == null) return 0;
        int mask = 0;
        for (jzend.zend.compile.ast.Name n : t.types()) {
            int m = jzend.zend.ZendType.ofName(n.text());
            if (m == 0) throw ParseError.compile("jzend cannot compile the type " + n.text() + " yet", t.line());
            if (m == jzend.zend.ZendType.MAY_BE_NEVER && (t.types().size() > 1 || t.nullable())) {
                throw ParseError.compile("never can only be used as a standalone type", t.line());
            }
            mask |= m;
        }
        if (t.nullable() || defaultNull) mask |= jzend.zend.ZendType.MAY_BE_NULL;
        return mask;
    }

    private static String lower(byte[] name) {
        byte[] b = name.clone();
        for (int i = 0; i < b.length; i++) if (b[i] >= 'A' && b[i] <= 'Z') b[i] += 32;
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The compilation of one op_array (CG(active_op_array) and its context). */
    private final class OpArrayCompiler {
        private final ZendOpArray op;
        final Literals literals = new Literals();
        private final List<ZendOp> ops = new ArrayList<>();
        private final Map<String, Integer> cvs = new HashMap<>();
        private final List<byte[]> cvNames = new ArrayList<>();
        private int temporaries;
        /** Enclosing loops and switches (zend_loop_var / CG(context).brk_cont_array). */
        private final ArrayDeque<Loop> loops = new ArrayDeque<>();

        /** op_array->opcodes while compiling, and CG(context).opcodes_size: php's growing block. */
        private long opcodesBlock;
        private int opcodesSize = INITIAL_OP_ARRAY_SIZE;
        /** op_array->vars and CG(context).vars_size. */
        private long varsBlock;
        private int varsSize;

        /** Port of init_op_array: the zend_op_array (CG(arena) for functions, emalloc for a file) and room for 64 oplines. */
        OpArrayCompiler(ZendOpArray op) {
            this.op = op;
            if (op.address == 0) {
                boolean inArena = CompilerGlobals.arena != null && !isMain(op);
                op.address = inArena ? CompilerGlobals.arena.alloc(ZendOpArray.SIZE) : ZendAlloc.emalloc(ZendOpArray.SIZE);
                op.headerOwned = !inArena;
                NativeMemory.fill(op.address, ZendOpArray.SIZE, (byte) 0);
            }
            opcodesBlock = ZendAlloc.emalloc((long) INITIAL_OP_ARRAY_SIZE * ZendOpArray.ZEND_OP_SIZE);
        }

        /** Port of get_next_op: a new opline, the block four times larger when full. */
        ZendOp emit(int opcode, int line) {
            ZendOp o = new ZendOp(opcode, line);
            ops.add(o);
            reserveOpcodes();
            return o;
        }

        private void reserveOpcodes() {
            while (ops.size() > opcodesSize) {
                opcodesSize *= 4;
                opcodesBlock = ZendAlloc.erealloc(opcodesBlock, (long) opcodesSize * ZendOpArray.ZEND_OP_SIZE);
            }
        }

        int next() {
            return ops.size();
        }

        /** Port of lookup_cv. */
        int lookupCv(byte[] name) {
            String key = new String(name, StandardCharsets.ISO_8859_1);
            Integer n = cvs.get(key);
            if (n != null) return n;
            int cv = cvNames.size();
            cvs.put(key, cv);
            cvNames.add(name);
            // lookup_cv: the CV's name as an interned string (the request's table) in op_array->vars
            if (cv >= varsSize) {
                varsSize += 16;
                varsBlock = ZendAlloc.erealloc(varsBlock, 8L * varsSize);
            }
            NativeMemory.putLong(varsBlock + 8L * cv, jzend.zend.string.ZendInternedStrings.intern(name));
            return cv;
        }

        /** Port of get_temporary_variable. */
        ZNode tmp() {
            return new ZNode(IS_TMP_VAR, temporaries++);
        }

        /** Port of pass_two: CV/TMP numbers become frame offsets, literals go to native memory. */
        void finish() {
            int lastVar = cvNames.size();
            for (ZendOp o : ops) {
                o.op1 = offset(o.op1Type, o.op1, lastVar);
                o.op2 = offset(o.op2Type, o.op2, lastVar);
                o.result = offset(o.resultType, o.result, lastVar);
            }
            op.opcodes = ops.toArray(new ZendOp[0]);
            op.vars = cvNames.toArray(new byte[0][]);
            op.T = temporaries;
            reserveOpcodes();
            // pass_two: the block shrinks to the oplines, the literals move in after them
            long code = (ZendOpArray.ZEND_OP_SIZE * (long) ops.size() + 15) & ~15L;
            opcodesBlock = ZendAlloc.erealloc(opcodesBlock, code + 16L * literals.values.size());
            for (int i = 0; i < ops.size(); i++) writeZendOp(opcodesBlock + (long) ZendOpArray.ZEND_OP_SIZE * i, ops.get(i));
            op.opcodesBlock = opcodesBlock;
            op.varsBlock = varsBlock;
            literals.install(op, opcodesBlock + code);
            long a = op.address;
            NativeMemory.putByte(a + ZendOpArray.TYPE, (byte) 2); // ZEND_USER_FUNCTION
            if (!isMain(op)) NativeMemory.putLong(a + ZendOpArray.FUNCTION_NAME, jzend.zend.string.ZendInternedStrings.intern(op.functionName));
            NativeMemory.putInt(a + ZendOpArray.NUM_ARGS, op.numArgs);
            NativeMemory.putInt(a + ZendOpArray.REQUIRED_NUM_ARGS, op.requiredNumArgs);
            NativeMemory.putInt(a + ZendOpArray.T_, op.T);
            NativeMemory.putInt(a + ZendOpArray.LAST_VAR, lastVar);
            NativeMemory.putInt(a + ZendOpArray.LAST, ops.size());
            NativeMemory.putLong(a + ZendOpArray.OPCODES, opcodesBlock);
            NativeMemory.putLong(a + ZendOpArray.VARS, varsBlock);
            NativeMemory.putLong(a + ZendOpArray.FILENAME, jzend.zend.string.ZendInternedStrings.intern(op.filename));
            NativeMemory.putInt(a + ZendOpArray.LINE_START, op.lineStart);
            NativeMemory.putInt(a + ZendOpArray.LINE_END, op.lineEnd);
            NativeMemory.putInt(a + ZendOpArray.LAST_LITERAL, op.lastLiteral);
            NativeMemory.putLong(a + ZendOpArray.LITERALS, op.lastLiteral == 0 ? 0 : op.literals);
            ZendLiveRanges.calc(op);
            NativeMemory.putInt(a + ZendOpArray.LAST_LIVE_RANGE, op.lastLiveRange);
            NativeMemory.putLong(a + ZendOpArray.LIVE_RANGE, op.liveRange);
        }

        /** A zend_op: handler (none here), op1, op2, result, extended_value, lineno, opcode and the three operand types. */
        private static void writeZendOp(long at, ZendOp o) {
            NativeMemory.putLong(at, 0);
            NativeMemory.putInt(at + 8, o.op1);
            NativeMemory.putInt(at + 12, o.op2);
            NativeMemory.putInt(at + 16, o.result);
            NativeMemory.putInt(at + 20, o.extendedValue);
            NativeMemory.putInt(at + 24, o.lineno);
            NativeMemory.putByte(at + 28, (byte) o.opcode);
            NativeMemory.putByte(at + 29, o.op1Type);
            NativeMemory.putByte(at + 30, o.op2Type);
            NativeMemory.putByte(at + 31, o.resultType);
        }

        private int offset(byte type, int n, int lastVar) {
            return switch (type) {
                case IS_CV -> ZendExecuteData.varOffset(n);
                case IS_TMP_VAR, ZendOp.IS_VAR -> ZendExecuteData.varOffset(lastVar + n);
                default -> n;
            };
        }

        // -------------------------------------------------------------- statements

        void stmt(Stmt s) {
            switch (s) {
                case Stmt.Echo e -> {
                    for (Expr x : e.exprs()) {
                        ZNode v = expr(x);
                        emit(ZendOpcode.ECHO, e.line()).op1(v.type(), v.value());
                    }
                }
                case Stmt.ExprStmt e -> freeResult(expr(e.expr()), e.line());
                case Stmt.InlineHtml h -> emit(ZendOpcode.ECHO, h.line()).op1(IS_CONST, literals.addString(h.text()));
                case Stmt.Block b -> b.body().forEach(this::stmt);
                case Stmt.If i -> ifStmt(i);
                case Stmt.While w -> whileStmt(w);
                case Stmt.DoWhile d -> doWhile(d);
                case Stmt.For f -> forStmt(f);
                case Stmt.Break b -> breakContinue(b.depth(), true, b.line());
                case Stmt.Continue c -> breakContinue(c.depth(), false, c.line());
                case Stmt.Return r -> {
                    if (op.returnType == jzend.zend.ZendType.MAY_BE_VOID && r.value() != null) {
                        throw ParseError.compile("A void function must not return a value", r.line());
                    }
                    if (op.returnType == jzend.zend.ZendType.MAY_BE_NEVER) {
                        throw ParseError.compile("A never-returning function must not return", r.line());
                    }
                    if (op.returnsRef) {
                        returnByRef(r);
                        break;
                    }
                    ZNode v = r.value() != null ? expr(r.value()) : new ZNode(IS_CONST, literals.addNull());
                    // zend_compile_return: the type is checked before any finally block runs or loop is left
                    if (op.returnType != 0 && op.returnType != jzend.zend.ZendType.MAY_BE_VOID) {
                        ZNode checked = tmp();
                        emit(ZendOpcode.VERIFY_RETURN_TYPE, r.line()).op1(v.type(), v.value()).result(checked.type(), checked.value())
                                .extended(op.returnType);
                        v = checked;
                    }
                    v = leaveLoopsAndFinallys(v, r.line());
                    emit(ZendOpcode.RETURN, r.line()).op1(v.type(), v.value());
                }
                case Stmt.FunctionDeclaration fd -> {
                    // a top-level declaration is bound at compile time; one in a block or a
                    // function body is compiled now and bound by ZEND_DECLARE_FUNCTION when reached
                    if (!earlyBound.contains(fd.decl())) {
                        int index = declareAtRuntime(fd.decl());
                        emit(ZendOpcode.DECLARE_FUNCTION, fd.line()).op1(IS_UNUSED, index);
                    }
                }
                case Stmt.Switch sw -> switchStmt(sw);
                case Stmt.Declare dc -> {
                    // strict_types is the parser's (a file-wide flag); ticks and encoding have no effect here
                    if (dc.body() != null) dc.body().forEach(this::stmt);
                }
                case Stmt.Const c -> {
                    for (Stmt.ConstElem e : c.consts()) {
                        int name = literals.addString(e.name());
                        int value = literalOrMinusOne(e.value());
                        if (value >= 0) {
                            emit(ZendOpcode.DECLARE_CONST, e.line()).op1(IS_CONST, name).op2(IS_CONST, value);
                        } else {
                            // a constant expression over other constants, evaluated when the statement runs
                            requireConstExpr(e.value());
                            ZNode v = expr(e.value());
                            emit(ZendOpcode.DECLARE_CONST, e.line()).op1(IS_CONST, name).op2(v.type(), v.value());
                        }
                    }
                }
                case Stmt.Unset u -> {
                    for (Expr v : u.vars()) {
                        if (v instanceof Expr.Dim d && d.dim() != null) {
                            ZNode container = writeContainer(d.base(), u.line());
                            ZNode dim = expr(d.dim());
                            emit(ZendOpcode.UNSET_DIM, u.line()).op1(container.type(), container.value()).op2(dim.type(), dim.value());
                        } else if (v instanceof Expr.Variable var) {
                            emit(ZendOpcode.UNSET_CV, u.line()).op1(IS_CV, lookupCv(var.name()));
                        } else if (v instanceof Expr.VariableVariable vv) {
                            ZNode name = expr(vv.name());
                            emit(ZendOpcode.UNSET_VAR, u.line()).op1(name.type(), name.value()).extended(ZEND_FETCH_LOCAL);
                        } else {
                            throw unsupported("unset() of " + v.getClass().getSimpleName(), v.line());
                        }
                    }
                }
                case Stmt.Foreach f -> foreachStmt(f);
                case Stmt.Try t -> tryStmt(t);
                case Stmt.Global g -> {
                    for (Expr v : g.vars()) {
                        if (!(v instanceof Expr.Variable var)) throw unsupported("global of a variable variable", g.line());
                        emit(ZendOpcode.BIND_GLOBAL, g.line()).op1(IS_CV, lookupCv(var.name())).op2(IS_CONST, literals.addString(var.name()));
                    }
                }
                case Stmt.Static st -> {
                    for (Stmt.StaticVar sv : st.vars()) {
                        int init = sv.init() != null ? constantExpression(sv.init()) : literals.addNull();
                        op.staticVars.add(new ZendOpArray.StaticVar(sv.name(), init));
                        emit(ZendOpcode.BIND_STATIC, st.line()).op1(IS_CV, lookupCv(sv.name()))
                                .op2(IS_CONST, literals.addString(sv.name()));
                    }
                }
                default -> throw unsupported(s.getClass().getSimpleName(), s.line());
            }
        }

        /** Port of zend_do_free: an expression statement's value is dropped. */
        private void freeResult(ZNode v, int line) {
            if (v.type() != IS_TMP_VAR) return;
            ZendOp last = ops.get(ops.size() - 1);
            if (last.resultType == IS_TMP_VAR && last.result == v.value() && hasOptionalResult(last.opcode)) {
                if (last.opcode == ZendOpcode.POST_INC) last.opcode = ZendOpcode.PRE_INC;
                if (last.opcode == ZendOpcode.POST_DEC) last.opcode = ZendOpcode.PRE_DEC;
                last.resultType = IS_UNUSED;
                last.result = 0;
                return;
            }
            emit(ZendOpcode.FREE, line).op1(v.type(), v.value());
        }

        private boolean hasOptionalResult(int opcode) {
            return switch (opcode) {
                case ZendOpcode.ASSIGN, ZendOpcode.ASSIGN_REF, ZendOpcode.ASSIGN_OP, ZendOpcode.PRE_INC, ZendOpcode.PRE_DEC,
                     ZendOpcode.POST_INC, ZendOpcode.POST_DEC, ZendOpcode.DO_UCALL, ZendOpcode.DO_ICALL,
                     ZendOpcode.DO_FCALL_BY_NAME -> true;
                default -> false;
            };
        }

        private void ifStmt(Stmt.If s) {
            List<Integer> toEnd = new ArrayList<>();
            for (int b = 0; b < s.branches().size(); b++) {
                Stmt.IfBranch br = s.branches().get(b);
                ZNode cond = expr(br.cond());
                ZendOp jmpz = emit(ZendOpcode.JMPZ, br.line()).op1(cond.type(), cond.value());
                br.body().forEach(this::stmt);
                boolean last = b == s.branches().size() - 1 && s.elseBody() == null;
                if (!last) toEnd.add(emitJmp(br.line()));
                jmpz.op2(IS_UNUSED, next());
            }
            if (s.elseBody() != null) s.elseBody().forEach(this::stmt);
            for (int j : toEnd) ops.get(j).op1 = next();
        }

        /** Compiles a loop body with a fresh break/continue target on top of the loop stack. */
        private Loop loopBody(List<Stmt> body) {
            Loop loop = new Loop();
            loops.push(loop);
            body.forEach(this::stmt);
            loops.pop();
            return loop;
        }

        private void whileStmt(Stmt.While s) {
            // zend_compile_while: jump to the condition at the bottom
            int jmpToCond = emitJmp(s.line());
            int body = next();
            Loop loop = loopBody(s.body());
            int cond = next();
            ops.get(jmpToCond).op1 = cond;
            ZNode c = expr(s.cond());
            emit(ZendOpcode.JMPNZ, s.line()).op1(c.type(), c.value()).op2(IS_UNUSED, body);
            loop.patch(cond, next());
        }

        private void doWhile(Stmt.DoWhile s) {
            int body = next();
            Loop loop = loopBody(s.body());
            int cond = next();
            ZNode c = expr(s.cond());
            emit(ZendOpcode.JMPNZ, s.line()).op1(c.type(), c.value()).op2(IS_UNUSED, body);
            loop.patch(cond, next());
        }

        private void forStmt(Stmt.For s) {
            for (Expr e : s.init()) freeResult(expr(e), s.line());
            int jmpToCond = emitJmp(s.line());
            int body = next();
            Loop loop = loopBody(s.body());
            int step = next();
            for (Expr e : s.step()) freeResult(expr(e), s.line());
            int cond = next();
            ops.get(jmpToCond).op1 = cond;
            if (s.cond().isEmpty()) {
                emitJmp(s.line());
                ops.get(ops.size() - 1).op1 = body;
            } else {
                ZNode c = null;
                for (int i = 0; i < s.cond().size(); i++) {
                    c = expr(s.cond().get(i));
                    if (i < s.cond().size() - 1) freeResult(c, s.line());
                }
                emit(ZendOpcode.JMPNZ, s.line()).op1(c.type(), c.value()).op2(IS_UNUSED, body);
            }
            loop.patch(step, next());
        }

        private void breakContinue(int depth, boolean isBreak, int line) {
            if (depth > loops.size()) {
                throw ParseError.compile("Cannot '" + (isBreak ? "break" : "continue") + "' " + depth + " level"
                        + (depth == 1 ? "" : "s"), line);
            }
            Loop target = loops.stream().skip(depth - 1).findFirst().orElseThrow();
            // the finally blocks of the try statements inside the target loop run first
            int targetLevel = loops.size() - depth + 1;
            List<TryContext> crossed = new ArrayList<>();
            for (TryContext t : tryStack) {
                if (t.loopsAtEntry >= targetLevel) crossed.add(t);
            }
            for (TryContext t : crossed) inlineFinally(t, null, line);
            // zend_handle_loops_and_finally: the loops left on the way out free their iterators
            int level = 0;
            for (Loop l : loops) {
                level++;
                boolean leaves = level < depth;
                if (leaves && l.loopVar != null) emit(l.freeOpcode, line).op1(l.loopVar.type(), l.loopVar.value());
            }
            int j = emitJmp(line);
            (isBreak ? target.breaks : target.continues).add(j);
        }

        // -------------------------------------------------------------- exceptions

        /** A try statement being compiled: its finally body (or null) and where it sits among the loops. */
        private record TryContext(List<Stmt> finallyBody, int loopsAtEntry, int slot, List<int[]> holes) {}

        /** The try (and catch) blocks the code being compiled is in, innermost first. */
        private final ArrayDeque<TryContext> tryStack = new ArrayDeque<>();
        /**
         * What a return must drop before leaving a finally block copied for a pending exit: the
         * pending return value (FREE) or the in-flight exception (DISCARD_EXCEPTION), innermost first.
         */
        private final ArrayDeque<ZendOp> finallyCleanups = new ArrayDeque<>();

        /** Set while the source of {@code $a = &f()} is compiled: its call wants a reference back. */
        private boolean wantRefResult;

        /**
         * return in a {@code function &f()} (zend_compile_return with by_ref): a variable or an
         * element is fetched for writing and returned as a reference (ZEND_RETURN_BY_REF with
         * ZEND_RETURNS_VAR… here extended_value 1); any other expression is returned by value
         * with php's notice.
         */
        private void returnByRef(Stmt.Return r) {
            if (tryStack.stream().anyMatch(t -> t.finallyBody() != null)) throw unsupported("return by reference inside try/finally", r.line());
            if (op.returnType != 0) throw unsupported("return by reference with a return type", r.line());
            Expr e = r.value();
            ZNode v;
            int variable = 1;
            if (e instanceof Expr.Variable var && !isSuperglobal(var)) {
                v = new ZNode(IS_CV, lookupCv(var.name()));
            } else if ((e instanceof Expr.Dim d && d.dim() != null && !isGlobalsDim(d)) || e instanceof Expr.VariableVariable) {
                v = writeContainer(e, r.line());
            } else {
                v = e != null ? expr(e) : new ZNode(IS_CONST, literals.addNull());
                variable = 0;
            }
            v = leaveLoopsAndFinallys(v, r.line()); // no finally block here: v stays the variable
            emit(ZendOpcode.RETURN_BY_REF, r.line()).op1(v.type(), v.value()).extended(variable);
        }

        /**
         * What a return does before ZEND_RETURN (zend_handle_loops_and_finally): the in-flight
         * exceptions of the finally blocks being left are discarded, every enclosing finally block
         * runs (innermost first, the returned value waiting in a temporary), then the pending
         * return values of finally blocks being left and the loops' iterators and switch subjects
         * are freed. Only RETURN_BY_REF's notice can throw after a free (ZendLiveRanges ends the
         * freed temporary's range there).
         */
        private ZNode leaveLoopsAndFinallys(ZNode v, int line) {
            for (ZendOp cleanup : finallyCleanups) {
                if (cleanup.opcode == ZendOpcode.DISCARD_EXCEPTION) emit(cleanup.opcode, line).op2(cleanup.op2Type, cleanup.op2);
            }
            if (tryStack.stream().anyMatch(t -> t.finallyBody() != null)) {
                if (v.type() != IS_TMP_VAR) {
                    ZNode t = tmp();
                    emit(ZendOpcode.QM_ASSIGN, line).op1(v.type(), v.value()).result(t.type(), t.value());
                    v = t;
                }
                for (TryContext t : new ArrayList<>(tryStack)) {
                    if (t.finallyBody() != null) inlineFinally(t, new ZendOp(ZendOpcode.FREE, line).op1(v.type(), v.value()), line);
                }
            }
            for (ZendOp cleanup : finallyCleanups) {
                if (cleanup.opcode == ZendOpcode.FREE) emit(cleanup.opcode, line).op1(cleanup.op1Type, cleanup.op1);
            }
            for (Loop l : loops) {
                if (l.loopVar != null) emit(l.freeOpcode, line).op1(l.loopVar.type(), l.loopVar.value());
            }
            return v;
        }

        /**
         * A copy of a finally body for one way out of its try statement, compiled outside that
         * statement (a return or break in it sees only the enclosing ones); {@code cleanup} is
         * what a return inside it must drop first.
         */
        private void inlineFinally(TryContext t, ZendOp cleanup, int line) {
            if (t.finallyBody() == null) return;
            ArrayDeque<TryContext> saved = new ArrayDeque<>(tryStack);
            List<TryContext> left = new ArrayList<>();
            if (tryStack.contains(t)) {
                // an exit from inside the statement: the try blocks up to and including t are left
                while (!tryStack.isEmpty()) {
                    TryContext top = tryStack.pop();
                    left.add(top);
                    if (top == t) break;
                }
            }
            if (cleanup != null) finallyCleanups.push(cleanup);
            int start = next();
            t.finallyBody().forEach(this::stmt);
            int end = next();
            if (cleanup != null) finallyCleanups.pop();
            tryStack.clear();
            tryStack.addAll(saved);
            // what the copy throws is not caught by the blocks it leaves (php jumps to the finally
            // block, outside them; javac leaves such gaps in its exception table too)
            if (end > start) for (TryContext c : left) c.holes().add(new int[]{start, end});
        }

        /**
         * try/catch/finally (zend_compile_try), laid out for the JVM's exception table:
         * <pre>
         *   try body; JMP normal
         *   handler:  HANDLE_EXCEPTION; CATCH "A|B" $e (else next); body; JMP normal; CATCH …
         *   noMatch:  JMP excFinally | FAST_RET (rethrow)
         *   finHandler: HANDLE_EXCEPTION; excFinally: finally body; FAST_RET
         *   normal:   finally body
         * </pre>
         * The finally body is compiled once per way out, as javac does.
         */
        private void tryStmt(Stmt.Try t) {
            int slot = op.tryCatch.size() + pendingTrys++;
            TryContext ctx = new TryContext(t.finallyBody(), loops.size(), slot, new ArrayList<>());
            boolean hasFinally = t.finallyBody() != null;
            int tryStart = next();
            tryStack.push(ctx);
            t.body().forEach(this::stmt);
            tryStack.pop();
            List<Integer> toNormal = new ArrayList<>();
            toNormal.add(emitJmp(t.line()));
            int tryEnd = next();
            int handler = -1, catchEnd = -1, noMatchJump = -1;
            if (!t.catches().isEmpty()) {
                handler = next();
                emit(ZendOpcode.HANDLE_EXCEPTION, t.line()).op2(IS_UNUSED, slot);
                if (hasFinally) tryStack.push(ctx);
                ZendOp previous = null;
                for (Stmt.Catch c : t.catches()) {
                    if (previous != null) previous.extended(next());
                    StringBuilder names = new StringBuilder();
                    for (var n : c.types()) {
                        if (names.length() > 0) names.append('|');
                        names.append(n.text());
                    }
                    previous = emit(ZendOpcode.CATCH, c.line())
                            .op1(IS_CONST, literals.addString(names.toString().getBytes(StandardCharsets.ISO_8859_1)))
                            .op2(IS_UNUSED, slot);
                    if (c.var() != null) previous.result(IS_CV, lookupCv(c.var()));
                    c.body().forEach(this::stmt);
                    toNormal.add(emitJmp(c.line()));
                }
                if (hasFinally) tryStack.pop();
                catchEnd = next();
                previous.extended(catchEnd);
                if (hasFinally) noMatchJump = emitJmp(t.line());
                else emit(ZendOpcode.FAST_RET, t.line()).op2(IS_UNUSED, slot);
            }
            int finallyHandler = -1;
            if (hasFinally) {
                finallyHandler = next();
                emit(ZendOpcode.HANDLE_EXCEPTION, t.line()).op2(IS_UNUSED, slot);
                if (noMatchJump >= 0) ops.get(noMatchJump).op1 = next();
                inlineFinally(ctx, new ZendOp(ZendOpcode.DISCARD_EXCEPTION, t.line()).op2(IS_UNUSED, slot), t.line());
                emit(ZendOpcode.FAST_RET, t.line()).op2(IS_UNUSED, slot);
            }
            int normal = next();
            for (int j : toNormal) ops.get(j).op1 = normal;
            if (hasFinally) inlineFinally(ctx, null, t.line());
            pendingTrys--;
            op.tryCatch.add(new ZendOpArray.TryCatch(tryStart, tryEnd, handler >= 0 ? handler : finallyHandler,
                    handler >= 0 && hasFinally ? catchEnd : -1, handler >= 0 && hasFinally ? finallyHandler : -1, slot,
                    ctx.holes().toArray(new int[0][])));
        }

        /** try statements whose compilation has started but not ended (they own slots too). */
        private int pendingTrys;

        /**
         * {@code new X(args)} (zend_compile_new): NEW makes the object and pushes its constructor's
         * frame; the arguments are sent to it; DO_FCALL runs the constructor.
         */
        private ZNode newExpr(Expr.New n) {
            ZNode result = tmp();
            emit(ZendOpcode.NEW, n.line()).op1(IS_UNUSED, n.args().size())
                    .op2(IS_CONST, literals.addString(n.className().bytes())).result(result.type(), result.value());
            int i = 1;
            for (Arg a : n.args()) {
                if (a.name() != null || a.unpack()) throw unsupported("named or unpacked arguments", a.line());
                ZNode v = expr(a.value());
                emit(v.type() == IS_CV ? ZendOpcode.SEND_VAR : ZendOpcode.SEND_VAL, a.line()).op1(v.type(), v.value()).op2(IS_UNUSED, i++);
            }
            emit(ZendOpcode.DO_FCALL, n.line()).op1(IS_UNUSED, n.args().size());
            return result;
        }

        /**
         * A closure value (zend_compile_func_decl + zend_compile_closure_binding): DECLARE_LAMBDA_FUNCTION
         * makes the object, one BIND_LEXICAL per captured variable fills its statics.
         */
        private ZNode closure(Expr.Closure c) {
            FunctionDecl d = c.decl();
            List<Lexical> lexicals = new ArrayList<>();
            if (d.kind() == FunctionDecl.Kind.ARROW_FUNCTION) {
                java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
                java.util.Set<String> params = new java.util.HashSet<>();
                for (Param p : d.params()) params.add(new String(p.name(), StandardCharsets.ISO_8859_1));
                for (Stmt s : d.body()) FreeVariables.collect(s, names);
                for (String n : names) {
                    if (!params.contains(n) && !n.equals("this") && !SUPERGLOBALS.contains(n)) {
                        lexicals.add(new Lexical(n.getBytes(StandardCharsets.ISO_8859_1), false, true));
                    }
                }
            } else {
                for (var u : d.uses()) lexicals.add(new Lexical(u.name(), u.byRef(), false));
            }
            int index = compileClosure(d, lexicals);
            ZNode result = tmp();
            emit(ZendOpcode.DECLARE_LAMBDA_FUNCTION, c.line()).op2(IS_UNUSED, index).result(result.type(), result.value());
            for (int i = 0; i < lexicals.size(); i++) {
                Lexical l = lexicals.get(i);
                int flags = i << 2 | (l.byRef() ? jzend.zend.execute.ZendClosures.BIND_REF : 0)
                        | (l.implicit() ? jzend.zend.execute.ZendClosures.BIND_IMPLICIT : 0);
                emit(ZendOpcode.BIND_LEXICAL, c.line()).op1(result.type(), result.value()).op2(IS_CV, lookupCv(l.name())).extended(flags);
            }
            return result;
        }

        /**
         * {@code $f(args)} (zend_compile_dynamic_call): INIT_DYNAMIC_CALL resolves the callee at run
         * time, variables are sent with SEND_VAR_EX (by reference if its parameter is), DO_FCALL_BY_NAME
         * runs it; the callee value is released after the call.
         */
        private ZNode dynamicCall(Expr.DynamicCall dc) {
            boolean wantRef = wantRefResult;
            wantRefResult = false;
            ZNode callee = expr(dc.callee());
            if (dc.args().stream().anyMatch(a -> a.name() != null || a.unpack())) {
                wantRefResult = wantRef;
                return callWithArray(callee, dc.args(), n -> false, null, dc.line());
            }
            emit(ZendOpcode.INIT_DYNAMIC_CALL, dc.line()).op1(IS_UNUSED, dc.args().size()).op2(callee.type(), callee.value());
            int n = 1;
            for (Arg a : dc.args()) {
                if (a.name() != null || a.unpack()) throw unsupported("named or unpacked arguments", a.line());
                ZNode v = expr(a.value());
                emit(v.type() == IS_CV ? ZendOpcode.SEND_VAR_EX : ZendOpcode.SEND_VAL, a.line()).op1(v.type(), v.value()).op2(IS_UNUSED, n++);
            }
            ZNode result = tmp();
            emit(ZendOpcode.DO_FCALL_BY_NAME, dc.line()).op1(callee.type(), callee.value()).result(result.type(), result.value())
                    .extended(wantRef ? ZEND_RETURNS_FUNCTION : 0);
            return result;
        }

        /**
         * A call with named or unpacked arguments: the arguments are gathered into an array
         * (positional ones under 0, 1, …; named ones under their names; {@code ...$a} spread as
         * php 8.1 does), then CALL_ARRAY binds names to parameters and makes the call, as
         * call_user_func_array does. An argument known to be for a by-reference parameter goes
         * into the array as a reference.
         */
        private ZNode callWithArray(ZNode callee, List<Arg> args, java.util.function.IntPredicate byRef, ZendOpArray user, int line) {
            boolean wantRef = wantRefResult;
            wantRefResult = false;
            ZNode array = tmp();
            emit(ZendOpcode.INIT_ARRAY, line).result(array.type(), array.value()).extended(args.size());
            int position = 1;
            boolean positional = true;
            for (Arg a : args) {
                if (a.unpack()) {
                    ZNode v = expr(a.value());
                    emit(ZendOpcode.ADD_ARRAY_UNPACK, a.line()).op1(v.type(), v.value()).result(array.type(), array.value());
                    positional = false;
                    continue;
                }
                boolean ref;
                ZNode key;
                if (a.name() != null) {
                    key = new ZNode(IS_CONST, literals.addString(a.name()));
                    int at = user == null ? -1 : paramPosition(user, a.name());
                    ref = at > 0 && isByRefParam(user, at);
                } else {
                    key = ZNode.UNUSED;
                    ref = positional && byRef.test(position);
                    position++;
                }
                addArrayItem(array, key, a.value(), ref, a.line());
            }
            ZNode result = tmp();
            emit(ZendOpcode.CALL_ARRAY, line).op1(callee.type(), callee.value()).op2(array.type(), array.value())
                    .result(result.type(), result.value()).extended(wantRef ? ZEND_RETURNS_FUNCTION : 0);
            return result;
        }

        /** The 1-based position of the parameter named {@code name}, or -1. */
        private static int paramPosition(ZendOpArray fn, byte[] name) {
            for (int i = 0; i < fn.paramNames.length; i++) if (java.util.Arrays.equals(fn.paramNames[i], name)) return i + 1;
            return -1;
        }

        /** ADD_ARRAY_ELEMENT of one item: by value, or (a variable or element) by reference. */
        private void addArrayItem(ZNode array, ZNode key, Expr value, boolean byRef, int line) {
            if (byRef && (value instanceof Expr.Variable || value instanceof Expr.Dim)) {
                ZNode var = value instanceof Expr.Variable v ? new ZNode(IS_CV, lookupCv(v.name())) : writeContainer(value, line);
                emit(ZendOpcode.ADD_ARRAY_ELEMENT, line).op1(var.type(), var.value()).op2(key.type(), key.value())
                        .result(array.type(), array.value()).extended(1);
                return;
            }
            ZNode v = expr(value);
            emit(ZendOpcode.ADD_ARRAY_ELEMENT, line).op1(v.type(), v.value()).op2(key.type(), key.value())
                    .result(array.type(), array.value());
        }

        /** {@code $e->method()}: the methods of Throwable objects (INIT_METHOD_CALL + DO_FCALL in one op). */
        private ZNode methodCall(Expr.MethodCall m) {
            if (!m.args().isEmpty()) throw unsupported("method calls with arguments", m.line());
            ZNode obj = expr(m.object());
            ZNode result = tmp();
            emit(ZendOpcode.INIT_METHOD_CALL, m.line()).op1(obj.type(), obj.value())
                    .op2(IS_CONST, literals.addString(m.method())).result(result.type(), result.value())
                    .extended(m.nullsafe() ? 1 : 0);
            return result;
        }

        private int emitJmp(int line) {
            emit(ZendOpcode.JMP, line);
            return ops.size() - 1;
        }

        /** Jumps of break and continue inside one loop, patched when its end is known. */
        private final class Loop {
            final List<Integer> breaks = new ArrayList<>(), continues = new ArrayList<>();
            /** The loop's own temporary (a foreach iterator, a switch subject) freed when jumping out of it, or null. */
            ZNode loopVar;
            /** FE_FREE for a foreach iterator, FREE for a switch subject. */
            int freeOpcode;

            void patch(int continueTarget, int breakTarget) {
                for (int j : continues) ops.get(j).op1 = continueTarget;
                for (int j : breaks) ops.get(j).op1 = breakTarget;
            }
        }

        // -------------------------------------------------------------- expressions

        /** CG(zend_lineno) as zend_compile_expr_inner leaves it: the line of the last expression compiled. */
        private int exprLine;

        ZNode expr(Expr e) {
            exprLine = e.line();
            return switch (e) {
                case Expr.IntLiteral i -> new ZNode(IS_CONST, literals.addLong(i.value()));
                case Expr.FloatLiteral f -> new ZNode(IS_CONST, literals.addDouble(f.value()));
                case Expr.StringLiteral str -> new ZNode(IS_CONST, literals.addString(str.value()));
                case Expr.InterpolatedString is -> encapsList(is.parts(), is.line());
                case Expr.Cast c -> cast(c);
                case Expr.ConstFetch c -> constant(c);
                case Expr.Variable v -> isSuperglobal(v) ? globalFetch(v, ZendOpcode.FETCH_R) : new ZNode(IS_CV, lookupCv(v.name()));
                case Expr.Assign a -> assign(a);
                case Expr.AssignRef a -> assignRef(a);
                case Expr.New n -> newExpr(n);
                case Expr.Silence si -> {
                    // ZEND_BEGIN_SILENCE / ZEND_END_SILENCE: error_reporting masked to the fatal errors meanwhile
                    ZNode saved = tmp();
                    emit(ZendOpcode.BEGIN_SILENCE, si.line()).result(saved.type(), saved.value());
                    ZNode v = expr(si.operand());
                    if (v.type() == IS_CV) {
                        // as zend_compile_silence forces a fetch for @$var: the CV is read (and an
                        // undefined one reported) inside the silenced section, not by the consumer
                        ZNode t = tmp();
                        emit(ZendOpcode.QM_ASSIGN, si.line()).op1(v.type(), v.value()).result(t.type(), t.value());
                        v = t;
                    }
                    emit(ZendOpcode.END_SILENCE, si.line()).op1(saved.type(), saved.value());
                    yield v;
                }
                case Expr.VariableVariable vv -> localFetch(vv, ZendOpcode.FETCH_R);
                case Expr.Closure c -> closure(c);
                case Expr.FirstClassCallable f -> {
                    // INIT_FCALL + ZEND_CALLABLE_CONVERT in php; here one op on the function's
                    // name or the callee's value, resolved when reached
                    ZNode callee = f.name() != null ? new ZNode(IS_CONST, literals.addString(f.name().bytes())) : expr(f.callee());
                    ZNode result = tmp();
                    emit(ZendOpcode.CALLABLE_CONVERT, f.line()).op1(callee.type(), callee.value()).result(result.type(), result.value());
                    yield result;
                }
                case Expr.DynamicCall dc -> dynamicCall(dc);
                case Expr.Throw t -> {
                    ZNode v = expr(t.value());
                    emit(ZendOpcode.THROW, t.line()).op1(v.type(), v.value());
                    yield tmp();
                }
                case Expr.MethodCall m -> methodCall(m);
                case Expr.InstanceOf io -> {
                    ZNode v = expr(io.operand());
                    ZNode result = tmp();
                    emit(ZendOpcode.INSTANCEOF, io.line()).op1(v.type(), v.value())
                            .op2(IS_CONST, literals.addString(io.className().bytes())).result(result.type(), result.value());
                    yield result;
                }
                case Expr.CompoundAssign c -> compoundAssign(c);
                case Expr.IncDec i -> incDec(i);
                case Expr.Binary b -> binary(b);
                case Expr.Unary u -> unary(u);
                case Expr.Conditional c -> conditional(c);
                case Expr.BooleanAnd a -> shortCircuit(a.left(), a.right(), true, a.line());
                case Expr.BooleanOr o -> shortCircuit(o.left(), o.right(), false, o.line());
                case Expr.Print p -> {
                    ZNode v = expr(p.operand());
                    emit(ZendOpcode.ECHO, p.line()).op1(v.type(), v.value());
                    yield new ZNode(IS_CONST, literals.addLong(1));
                }
                case Expr.FunctionCall f -> call(f);
                case Expr.ArrayLiteral al -> arrayLiteral(al);
                case Expr.Dim d when isGlobalsDim(d) -> globalFetch(d, ZendOpcode.FETCH_R);
                case Expr.Dim d -> {
                    if (d.dim() == null) throw ParseError.compile("Cannot use [] for reading", d.line());
                    ZNode base = expr(d.base());
                    ZNode dim = expr(d.dim());
                    ZNode result = tmp();
                    emit(ZendOpcode.FETCH_DIM_R, d.line()).op1(base.type(), base.value()).op2(dim.type(), dim.value())
                            .result(result.type(), result.value());
                    yield result;
                }
                case Expr.Isset is -> isset(is);
                case Expr.Empty em -> empty(em);
                case Expr.Coalesce co -> coalesce(co);
                case Expr.AssignCoalesce ac -> assignCoalesce(ac);
                case Expr.Match m -> match(m);
                case Expr.Exit x -> {
                    ZNode v = x.status() != null ? expr(x.status()) : ZNode.UNUSED;
                    emit(ZendOpcode.EXIT, x.line()).op1(v.type(), v.value());
                    yield new ZNode(IS_CONST, literals.addNull());
                }
                default -> throw unsupported(e.getClass().getSimpleName(), e.line());
            };
        }

        /**
         * A constant: true/false/null and the persistent predefined constants are substituted at
         * compile time (zend_try_ct_eval_const); others are looked up when executed (FETCH_CONSTANT).
         */
        private ZNode constant(Expr.ConstFetch c) {
            int lit = predefinedConstant(c.name().text());
            if (lit >= 0) return new ZNode(IS_CONST, lit);
            ZNode result = tmp();
            emit(ZendOpcode.FETCH_CONSTANT, c.line()).op2(IS_CONST, literals.addString(c.name().bytes())).result(result.type(), result.value());
            return result;
        }

        /** The literal of a predefined constant, or -1 (ZendConstants has the table). */
        private int predefinedConstant(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            switch (lower) {
                case "true": return literals.addBool(true);
                case "false": return literals.addBool(false);
                case "null": return literals.addNull();
                default: break;
            }
            Object v = jzend.zend.ZendConstants.predefined(name);
            if (v == null) return -1;
            if (v instanceof Long l) return literals.addLong(l);
            if (v instanceof Double d) return literals.addDouble(d);
            if (v instanceof Boolean b) return literals.addBool(b);
            return literals.addString(((String) v).getBytes(StandardCharsets.ISO_8859_1));
        }

        /**
         * A constant expression (parameter defaults, const): evaluated at compile time to a
         * literal, as zend_const_expr_to_zval does for the scalar cases.
         */
        /** The literal of a compile-time constant expression, or -1 when it needs run time (other constants, operators). */
        int literalOrMinusOne(Expr e) {
            try {
                return constantExpression(e);
            } catch (ParseError notLiteral) {
                return -1;
            }
        }

        /** zend_is_allowed_in_const_expr: else "Constant expression contains invalid operations". */
        void requireConstExpr(Expr e) {
            boolean ok = switch (e) {
                case Expr.IntLiteral i -> true;
                case Expr.FloatLiteral f -> true;
                case Expr.StringLiteral s -> true;
                case Expr.ConstFetch c -> true;
                case Expr.Binary b -> { requireConstExpr(b.left()); requireConstExpr(b.right()); yield true; }
                case Expr.BooleanAnd b -> { requireConstExpr(b.left()); requireConstExpr(b.right()); yield true; }
                case Expr.BooleanOr b -> { requireConstExpr(b.left()); requireConstExpr(b.right()); yield true; }
                case Expr.Unary u -> { requireConstExpr(u.operand()); yield true; }
                case Expr.Coalesce c -> { requireConstExpr(c.left()); requireConstExpr(c.right()); yield true; }
                case Expr.Conditional c -> {
                    requireConstExpr(c.cond());
                    if (c.then() != null) requireConstExpr(c.then());
                    requireConstExpr(c.otherwise());
                    yield true;
                }
                case Expr.Dim d when d.dim() != null -> { requireConstExpr(d.base()); requireConstExpr(d.dim()); yield true; }
                case Expr.ArrayLiteral a -> {
                    for (var item : a.items()) {
                        if (item == null || item.byRef()) yield false;
                        if (item.key() != null) requireConstExpr(item.key());
                        requireConstExpr(item.value());
                    }
                    yield true;
                }
                default -> false;
            };
            if (!ok) throw ParseError.compile("Constant expression contains invalid operations", e.line());
        }

        int constantExpression(Expr e) {
            switch (e) {
                case Expr.IntLiteral i: return literals.addLong(i.value());
                case Expr.FloatLiteral f: return literals.addDouble(f.value());
                case Expr.StringLiteral str: return literals.addString(str.value());
                case Expr.ArrayLiteral al: {
                    int lit = literals.addConstantArray(al);
                    if (lit >= 0) return lit;
                    break;
                }
                case Expr.ConstFetch c: {
                    int lit = predefinedConstant(c.name().text());
                    if (lit >= 0) return lit;
                    break;
                }
                case Expr.Unary u when u.op() == UnaryOp.MINUS: {
                    if (u.operand() instanceof Expr.IntLiteral i) {
                        return i.value() == Long.MIN_VALUE ? literals.addDouble(-(double) i.value()) : literals.addLong(-i.value());
                    }
                    if (u.operand() instanceof Expr.FloatLiteral f) return literals.addDouble(-f.value());
                    break;
                }
                default: break;
            }
            throw unsupported("this constant expression", e.line());
        }

        private ZNode assign(Expr.Assign a) {
            if (a.target() instanceof Expr.Variable gv && isGlobals(gv)) {
                throw ParseError.compile("$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax", a.line());
            }
            if ((a.target() instanceof Expr.Variable sv && isSuperglobal(sv)) || (a.target() instanceof Expr.Dim gd && isGlobalsDim(gd))
                    || a.target() instanceof Expr.VariableVariable) {
                ZNode value = expr(a.value());
                ZNode var = writeContainer(a.target(), a.line());
                ZNode result = tmp();
                emit(ZendOpcode.ASSIGN, a.line()).op1(var.type(), var.value()).op2(value.type(), value.value())
                        .result(result.type(), result.value());
                return result;
            }
            if (a.target() instanceof Expr.Dim d) {
                // zend_delayed_compile_dim: the offsets first, then the value, then the FETCH_DIM_Ws
                List<ZendOp> delayed = new ArrayList<>();
                ZNode container = writeContainer(d.base(), d.line(), delayed);
                ZNode dim = d.dim() != null ? expr(d.dim()) : ZNode.UNUSED;
                ZNode value;
                if (a.value() instanceof Expr.Variable v && rootVariable(d) instanceof Expr.Variable root
                        && java.util.Arrays.equals(v.name(), root.name())) {
                    // zend_is_assign_to_self: "$a[0] = $a should evaluate the right $a first"
                    value = tmp();
                    emit(ZendOpcode.QM_ASSIGN, a.line()).op1(IS_CV, lookupCv(v.name())).result(value.type(), value.value());
                } else {
                    value = expr(a.value());
                }
                ops.addAll(delayed);
                ZNode result = tmp();
                emit(ZendOpcode.ASSIGN_DIM, a.line()).op1(container.type(), container.value()).op2(dim.type(), dim.value())
                        .result(result.type(), result.value());
                emit(ZendOpcode.OP_DATA, a.line()).op1(value.type(), value.value());
                return result;
            }
            if (a.target() instanceof Expr.Destructure d) {
                // zend_compile_list_assign: "list($a, $b) = $a should evaluate the right $a first"
                ZNode value;
                if (a.value() instanceof Expr.Variable v && !d.items().stream().anyMatch(i -> i != null && i.byRef())
                        && assignsTo(d, v.name())) {
                    value = tmp();
                    emit(ZendOpcode.QM_ASSIGN, a.line()).op1(IS_CV, lookupCv(v.name())).result(value.type(), value.value());
                } else if (hasRefItem(d)) {
                    if (a.value() instanceof Expr.Variable v) value = new ZNode(IS_CV, lookupCv(v.name()));
                    else if (a.value() instanceof Expr.Dim dim) value = writeContainer(dim, dim.line());
                    else throw ParseError.compile("Cannot assign reference to non referenceable value", a.line());
                } else {
                    value = expr(a.value());
                }
                destructure(d, value, a.line());
                return value;
            }
            if (!(a.target() instanceof Expr.Variable v)) throw unsupported("assignment to " + a.target().getClass().getSimpleName(), a.line());
            ZNode value = expr(a.value());
            ZNode result = tmp();
            emit(ZendOpcode.ASSIGN, a.line()).op1(IS_CV, lookupCv(v.name())).op2(value.type(), value.value())
                    .result(result.type(), result.value());
            return result;
        }

        /** Whether a destructuring pattern assigns to the variable {@code name} (zend_list_has_assign_to). */
        private boolean assignsTo(Expr.Destructure d, byte[] name) {
            for (var item : d.items()) {
                if (item == null) continue;
                if (item.target() instanceof Expr.Destructure nested ? assignsTo(nested, name)
                        : rootVariable(item.target()) instanceof Expr.Variable v && java.util.Arrays.equals(v.name(), name)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasRefItem(Expr.Destructure d) {
            for (var item : d.items()) {
                if (item == null) continue;
                if (item.byRef() || (item.target() instanceof Expr.Destructure nested && hasRefItem(nested))) return true;
            }
            return false;
        }

        /**
         * zend_compile_list_assign: each item's value fetched from the source with FETCH_LIST_R
         * (its key, or the next position) and assigned to its target; nested patterns recurse.
         * A by-reference item (or a nested pattern holding one) fetches for writing instead, and
         * the target is bound to the element.
         */
        private void destructure(Expr.Destructure d, ZNode source, int line) {
            long position = 0;
            boolean any = false;
            for (var item : d.items()) {
                if (item == null) {
                    position++;
                    continue;
                }
                any = true;
                ZNode key = item.key() != null ? expr(item.key()) : new ZNode(IS_CONST, literals.addLong(position++));
                boolean writes = item.byRef() || (item.target() instanceof Expr.Destructure nested && hasRefItem(nested));
                if (writes) {
                    ZNode element = new ZNode(ZendOp.IS_VAR, temporaries++);
                    emit(ZendOpcode.FETCH_DIM_W, item.line()).op1(source.type(), source.value()).op2(key.type(), key.value())
                            .result(element.type(), element.value());
                    if (item.target() instanceof Expr.Destructure nested) {
                        destructure(nested, element, item.line());
                        continue;
                    }
                    referenceFetch(element);
                    emit(ZendOpcode.MAKE_REF, item.line()).op1(element.type(), element.value()).result(element.type(), element.value());
                    List<ZendOp> delayed = new ArrayList<>();
                    ZNode target;
                    if (item.target() instanceof Expr.Variable v) target = new ZNode(IS_CV, lookupCv(v.name()));
                    else if (item.target() instanceof Expr.Dim dim) target = writeContainer(dim, dim.line(), delayed);
                    else throw unsupported("destructuring by reference into " + item.target().getClass().getSimpleName(), item.line());
                    ops.addAll(delayed);
                    emit(ZendOpcode.ASSIGN_REF, item.line()).op1(target.type(), target.value()).op2(element.type(), element.value());
                    continue;
                }
                ZNode value = tmp();
                emit(ZendOpcode.FETCH_LIST_R, item.line()).op1(source.type(), source.value()).op2(key.type(), key.value())
                        .result(value.type(), value.value());
                if (item.target() instanceof Expr.Destructure nested) {
                    destructure(nested, value, item.line());
                    emit(ZendOpcode.FREE, item.line()).op1(value.type(), value.value());
                } else {
                    assignTo(item.target(), value, item.line());
                }
            }
            if (!any) throw ParseError.compile("Cannot use empty list", line);
        }

        /** zend_emit_assign_znode: target = value (a TMP moved in), for a variable or an element. */
        private void assignTo(Expr target, ZNode value, int line) {
            if (target instanceof Expr.Variable v) {
                emit(ZendOpcode.ASSIGN, line).op1(IS_CV, lookupCv(v.name())).op2(value.type(), value.value());
            } else if (target instanceof Expr.Dim d) {
                List<ZendOp> delayed = new ArrayList<>();
                ZNode container = writeContainer(d.base(), d.line(), delayed);
                ZNode dim = d.dim() != null ? expr(d.dim()) : ZNode.UNUSED;
                ops.addAll(delayed);
                emit(ZendOpcode.ASSIGN_DIM, line).op1(container.type(), container.value()).op2(dim.type(), dim.value());
                emit(ZendOpcode.OP_DATA, line).op1(value.type(), value.value());
            } else {
                throw unsupported("destructuring into " + target.getClass().getSimpleName(), line);
            }
        }

        private static final java.util.Set<String> SUPERGLOBALS = java.util.Set.of("GLOBALS", "_SERVER", "_GET", "_POST",
                "_COOKIE", "_FILES", "_ENV", "_REQUEST");

        /** zend_is_auto_global: $_SERVER, $_GET, … and $GLOBALS are the global scope's wherever they are used. */
        private boolean isSuperglobal(Expr.Variable v) {
            String name = new String(v.name(), StandardCharsets.ISO_8859_1);
            if (!SUPERGLOBALS.contains(name)) return false;
            jzend.zend.ZendAutoGlobals.arm(name);
            return true;
        }

        private boolean isGlobals(Expr.Variable v) {
            return java.util.Arrays.equals(v.name(), "GLOBALS".getBytes(StandardCharsets.ISO_8859_1));
        }

        /** $GLOBALS['name'] (PHP 8.1 compiles it as a fetch of the global variable itself). */
        private boolean isGlobalsDim(Expr.Dim d) {
            return d.dim() != null && d.base() instanceof Expr.Variable v && isGlobals(v);
        }

        /**
         * FETCH_R / FETCH_W / FETCH_IS with ZEND_FETCH_GLOBAL: a superglobal by name, or
         * $GLOBALS[name]; $GLOBALS alone (read) is a copy of the symbol table.
         */
        /**
         * $$name / ${expr} (zend_compile_simple_var_no_cv with ZEND_FETCH_LOCAL): FETCH_R/W/IS by
         * name in the frame's symbol table (the main script's is EG(symbol_table); a function's
         * is rebuilt from its CVs on first use, as zend_rebuild_symbol_table).
         */
        private ZNode localFetch(Expr.VariableVariable vv, int opcode) {
            ZNode name = expr(vv.name());
            ZNode result = opcode == ZendOpcode.FETCH_W ? new ZNode(ZendOp.IS_VAR, temporaries++) : tmp();
            emit(opcode, vv.line()).op1(name.type(), name.value()).result(result.type(), result.value()).extended(ZEND_FETCH_LOCAL);
            return result;
        }

        private ZNode globalFetch(Expr e, int opcode) {
            ZNode name;
            if (e instanceof Expr.Dim d) {
                name = expr(d.dim());
            } else {
                Expr.Variable v = (Expr.Variable) e;
                if (isGlobals(v)) {
                    if (opcode == ZendOpcode.FETCH_W) throw ParseError.compile("$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax", v.line());
                    ZNode result = tmp();
                    emit(ZendOpcode.FETCH_R, v.line()).result(result.type(), result.value());
                    return result;
                }
                name = new ZNode(IS_CONST, literals.addString(v.name()));
            }
            ZNode result = opcode == ZendOpcode.FETCH_W ? new ZNode(ZendOp.IS_VAR, temporaries++) : tmp();
            emit(opcode, e.line()).op1(name.type(), name.value()).result(result.type(), result.value());
            return result;
        }

        private ZNode compoundAssign(Expr.CompoundAssign c) {
            int opcode = c.op() == BinaryOp.CONCAT ? ZendOpcode.CONCAT : arithmeticOpcode(c.op());
            if (opcode < 0) throw unsupported("operator " + c.op().symbol + "=", c.line());
            if (c.target() instanceof Expr.Dim d && !isGlobalsDim(d)) {
                List<ZendOp> delayed = new ArrayList<>();
                ZNode container = writeContainer(d.base(), d.line(), delayed);
                ZNode dim = d.dim() != null ? expr(d.dim()) : ZNode.UNUSED;
                ZNode value = expr(c.value());
                ops.addAll(readWrite(delayed));
                ZNode result = tmp();
                emit(ZendOpcode.ASSIGN_DIM_OP, c.line()).op1(container.type(), container.value()).op2(dim.type(), dim.value())
                        .result(result.type(), result.value()).extended(opcode);
                emit(ZendOpcode.OP_DATA, c.line()).op1(value.type(), value.value());
                return result;
            }
            if ((c.target() instanceof Expr.Variable sv && isSuperglobal(sv)) || (c.target() instanceof Expr.Dim gd && isGlobalsDim(gd))
                    || c.target() instanceof Expr.VariableVariable) {
                ZNode var = writeContainer(c.target(), c.line());
                ZNode value = expr(c.value());
                ZNode result = tmp();
                emit(ZendOpcode.ASSIGN_OP, c.line()).op1(var.type(), var.value()).op2(value.type(), value.value())
                        .result(result.type(), result.value()).extended(opcode);
                return result;
            }
            if (!(c.target() instanceof Expr.Variable v)) throw unsupported("compound assignment to a non-variable", c.line());
            ZNode value = expr(c.value());
            ZNode result = tmp();
            emit(ZendOpcode.ASSIGN_OP, c.line()).op1(IS_CV, lookupCv(v.name())).op2(value.type(), value.value())
                    .result(result.type(), result.value()).extended(opcode);
            return result;
        }

        private ZNode incDec(Expr.IncDec i) {
            int opcode = i.prefix() ? (i.increment() ? ZendOpcode.PRE_INC : ZendOpcode.PRE_DEC)
                    : (i.increment() ? ZendOpcode.POST_INC : ZendOpcode.POST_DEC);
            ZNode target;
            if (i.target() instanceof Expr.Variable v && !isSuperglobal(v)) {
                target = new ZNode(IS_CV, lookupCv(v.name()));
            } else if (i.target() instanceof Expr.Dim || i.target() instanceof Expr.Variable || i.target() instanceof Expr.VariableVariable) {
                List<ZendOp> delayed = new ArrayList<>();
                target = writeContainer(i.target(), i.line(), delayed);
                ops.addAll(readWrite(delayed));
            } else {
                throw unsupported("++/-- of a non-variable", i.line());
            }
            ZNode result = tmp();
            emit(opcode, i.line()).op1(target.type(), target.value()).result(result.type(), result.value());
            return result;
        }

        /**
         * The container of a write: a variable's CV, or for a nested element a FETCH_DIM_W whose
         * VAR result points at it (zend_delayed_compile_dim).
         */
        private ZNode writeContainer(Expr base, int line) {
            List<ZendOp> delayed = new ArrayList<>();
            ZNode container = writeContainer(base, line, delayed);
            ops.addAll(delayed);
            return container;
        }

        /** The same, with the FETCH_DIM_W oplines collected in {@code delayed} for the caller to emit. */
        private ZNode writeContainer(Expr base, int line, List<ZendOp> delayed) {
            if (base instanceof Expr.Variable v && isSuperglobal(v)) return globalFetch(v, ZendOpcode.FETCH_W);
            if (base instanceof Expr.Dim d && isGlobalsDim(d)) return globalFetch(d, ZendOpcode.FETCH_W);
            if (base instanceof Expr.Variable v) return new ZNode(IS_CV, lookupCv(v.name()));
            if (base instanceof Expr.VariableVariable vv) return localFetch(vv, ZendOpcode.FETCH_W);
            if (base instanceof Expr.Dim d) {
                ZNode container = writeContainer(d.base(), line, delayed);
                ZNode dim = d.dim() != null ? expr(d.dim()) : ZNode.UNUSED;
                ZNode result = new ZNode(ZendOp.IS_VAR, temporaries++);
                ZendOp fetch = new ZendOp(ZendOpcode.FETCH_DIM_W, line).op1(container.type(), container.value())
                        .op2(dim.type(), dim.value()).result(result.type(), result.value());
                delayed.add(fetch);
                return result;
            }
            throw unsupported("writing into " + base.getClass().getSimpleName(), line);
        }

        /**
         * The FETCH_DIM_Ws of a read-modify-write (++/--, op=) made FETCH_DIM_RW, as
         * zend_delayed_compile_var(…, BP_VAR_RW) emits them: a missing key is reported, then added.
         */
        private static List<ZendOp> readWrite(List<ZendOp> delayed) {
            for (ZendOp op : delayed) {
                if (op.opcode == ZendOpcode.FETCH_DIM_W) op.opcode = ZendOpcode.FETCH_DIM_RW;
            }
            return delayed;
        }

        /** The variable at the root of a chain of dimensions ($a in $a[1][2]). */
        private Expr rootVariable(Expr e) {
            while (e instanceof Expr.Dim d) e = d.base();
            return e;
        }

        /**
         * zend_try_ct_eval_array: a literal whose keys and values are all constant is built at
         * compile time, where an array used as a key is the fatal "Illegal offset type".
         */
        private void illegalConstantKey(Expr.ArrayLiteral al) {
            for (var item : al.items()) {
                if (item.byRef() || item.unpack()) return;
                boolean constant = item.key() == null || literals.isConstantScalar(item.key())
                        || item.key() instanceof Expr.ArrayLiteral k && literals.isConstantArray(k);
                boolean constantValue = literals.isConstantScalar(item.value())
                        || item.value() instanceof Expr.ArrayLiteral v && literals.isConstantArray(v);
                if (!constant || !constantValue) return;
            }
            for (var item : al.items()) {
                if (item.key() instanceof Expr.ArrayLiteral) throw ParseError.compile("Illegal offset type", item.line());
            }
        }

        /**
         * An array literal: built at compile time when every key and value is constant (so that
         * [1, 2] costs nothing when assigned, as in php), else INIT_ARRAY and ADD_ARRAY_ELEMENT.
         */
        private ZNode arrayLiteral(Expr.ArrayLiteral al) {
            if (al.items().contains(null)) throw ParseError.compile("Cannot use empty array elements in arrays", al.line());
            illegalConstantKey(al);
            int lit = literals.addConstantArray(al);
            if (lit >= 0) return new ZNode(IS_CONST, lit);
            ZNode result = tmp();
            emit(ZendOpcode.INIT_ARRAY, al.line()).result(result.type(), result.value()).extended(al.items().size());
            for (var item : al.items()) {
                if (item.unpack()) {
                    ZNode v = expr(item.value());
                    emit(ZendOpcode.ADD_ARRAY_UNPACK, item.line()).op1(v.type(), v.value()).result(result.type(), result.value());
                    continue;
                }
                ZNode key = item.key() != null ? expr(item.key()) : ZNode.UNUSED;
                addArrayItem(result, key, item.value(), item.byRef(), item.line());
            }
            return result;
        }

        /**
         * foreach ($a as [$x, $y]): each value goes to a temporary (FE_FETCH's VAR result), then is
         * destructured. A pattern with a reference in it ({@code [&$x, $y]}) makes the loop one by
         * reference (zend_propagate_list_refs): FE_FETCH_RW leaves a reference to the element in
         * the VAR, whose elements the pattern then binds.
         */
        private void foreachDestructure(Stmt.Foreach f, Expr.Destructure pattern) {
            if (f.key() != null && !(f.key() instanceof Expr.Variable)) throw unsupported("foreach keys into non-variables", f.line());
            boolean byRef = hasRefItem(pattern);
            ZNode subject = foreachSubject(f, byRef);
            ZNode iterator = tmp();
            ZendOp reset = emit(byRef ? ZendOpcode.FE_RESET_RW : ZendOpcode.FE_RESET_R, f.line())
                    .op1(subject.type(), subject.value()).result(iterator.type(), iterator.value());
            int fetchAt = next();
            ZNode key = f.key() != null ? tmp() : ZNode.UNUSED;
            ZNode value = new ZNode(ZendOp.IS_VAR, temporaries++);
            ZendOp fetch = emit(byRef ? ZendOpcode.FE_FETCH_RW : ZendOpcode.FE_FETCH_R, f.line()).op1(iterator.type(), iterator.value())
                    .op2(value.type(), value.value()).result(key.type(), key.value());
            if (f.key() instanceof Expr.Variable k) {
                emit(ZendOpcode.ASSIGN, f.line()).op1(IS_CV, lookupCv(k.name())).op2(key.type(), key.value());
            }
            destructure(pattern, value, f.line());
            emit(ZendOpcode.FREE, f.line()).op1(value.type(), value.value());
            foreachLoop(f, iterator, reset, fetch, fetchAt);
        }

        /**
         * The rest of a foreach after its FE_FETCH and the value's assignment: the body as a loop
         * whose break/continue free the iterator, the jump back, FE_FREE at the end, and the
         * jump targets of FE_RESET (empty subject) and FE_FETCH (no more elements).
         */
        private void foreachLoop(Stmt.Foreach f, ZNode iterator, ZendOp reset, ZendOp fetch, int fetchAt) {
            Loop loop = new Loop();
            loop.loopVar = iterator;
            loop.freeOpcode = ZendOpcode.FE_FREE;
            loops.push(loop);
            f.body().forEach(this::stmt);
            loops.pop();
            emitJmp(f.line());
            ops.get(ops.size() - 1).op1 = fetchAt;
            int end = next();
            emit(ZendOpcode.FE_FREE, f.line()).op1(iterator.type(), iterator.value());
            fetch.extended(end);
            reset.op2(IS_UNUSED, next());
            loop.patch(fetchAt, end);
        }

        private ZNode binary(Expr.Binary b) {
            boolean swap = b.op() == BinaryOp.IS_GREATER || b.op() == BinaryOp.IS_GREATER_OR_EQUAL;
            int arith = arithmeticOpcode(b.op());
            int opcode = arith >= 0 ? arith : switch (b.op()) {
                case CONCAT -> ZendOpcode.CONCAT;
                case SPACESHIP -> ZendOpcode.SPACESHIP;
                case IS_SMALLER, IS_GREATER -> ZendOpcode.IS_SMALLER;
                case IS_SMALLER_OR_EQUAL, IS_GREATER_OR_EQUAL -> ZendOpcode.IS_SMALLER_OR_EQUAL;
                case IS_EQUAL -> ZendOpcode.IS_EQUAL;
                case IS_NOT_EQUAL -> ZendOpcode.IS_NOT_EQUAL;
                case IS_IDENTICAL -> ZendOpcode.IS_IDENTICAL;
                case IS_NOT_IDENTICAL -> ZendOpcode.IS_NOT_IDENTICAL;
                case BOOL_XOR -> ZendOpcode.BOOL_XOR;
                default -> throw unsupported("operator " + b.op().symbol, b.line());
            };
            ZNode left = expr(b.left()), right = expr(b.right());
            if (left.type() == IS_CONST && right.type() == IS_CONST) {
                int folded = ctEvalBinaryOp(opcode, left.value(), right.value());
                if (folded >= 0) return new ZNode(IS_CONST, folded);
            }
            if (opcode == ZendOpcode.CONCAT) {
                // zend_compile_binary_op: constant operands of "." become strings at compile time
                left = constToString(left);
                right = constToString(right);
            }
            if (swap) {
                ZNode t = left;
                left = right;
                right = t;
            }
            ZNode result = tmp();
            emit(opcode, b.line()).op1(left.type(), left.value()).op2(right.type(), right.value())
                    .result(result.type(), result.value());
            return result;
        }

        /**
         * Port of zend_try_ct_eval_binary_op for the operators and operands whose compile-time
         * result cannot differ from run time's nor report anything (zend_binary_op_produces_error):
         * + - * / % ** on ints and floats (no division or modulo by zero, % on ints only) and "."
         * of scalars — whose float operands are converted with the precision in force when the
         * script is compiled, as php's are. The result's literal, or -1 when not folded.
         */
        private int ctEvalBinaryOp(int opcode, int leftLit, int rightLit) {
            long[] l = literals.values.get(leftLit), r = literals.values.get(rightLit);
            int lt = (int) l[0] & 0xff, rt = (int) r[0] & 0xff;
            if (opcode == ZendOpcode.CONCAT) {
                byte[] a = scalarString(lt, l[1]), c = scalarString(rt, r[1]);
                if (a == null || c == null) return -1;
                byte[] joined = java.util.Arrays.copyOf(a, a.length + c.length);
                System.arraycopy(c, 0, joined, a.length, c.length);
                return literals.addString(joined);
            }
            boolean lNum = lt == jzend.zend.execute.ZendVm.IS_LONG || lt == jzend.zend.execute.ZendVm.IS_DOUBLE;
            boolean rNum = rt == jzend.zend.execute.ZendVm.IS_LONG || rt == jzend.zend.execute.ZendVm.IS_DOUBLE;
            if (!lNum || !rNum) return -1;
            boolean longs = lt == jzend.zend.execute.ZendVm.IS_LONG && rt == jzend.zend.execute.ZendVm.IS_LONG;
            double dl = lt == jzend.zend.execute.ZendVm.IS_LONG ? (double) l[1] : Double.longBitsToDouble(l[1]);
            double dr = rt == jzend.zend.execute.ZendVm.IS_LONG ? (double) r[1] : Double.longBitsToDouble(r[1]);
            jzend.zend.ops.NumResult res = new jzend.zend.ops.NumResult();
            switch (opcode) {
                case ZendOpcode.ADD, ZendOpcode.SUB, ZendOpcode.MUL, ZendOpcode.DIV, ZendOpcode.POW -> {
                    if (opcode == ZendOpcode.DIV && dr == 0.0) return -1; // DivisionByZeroError at run time
                    if (longs) {
                        int t = switch (opcode) {
                            case ZendOpcode.ADD -> jzend.zend.ops.Arith.add(l[1], r[1], res);
                            case ZendOpcode.SUB -> jzend.zend.ops.Arith.sub(l[1], r[1], res);
                            case ZendOpcode.MUL -> jzend.zend.ops.Arith.mul(l[1], r[1], res);
                            case ZendOpcode.DIV -> jzend.zend.ops.Arith.div(l[1], r[1], res);
                            default -> jzend.zend.ops.Arith.pow(l[1], r[1], res);
                        };
                        return t == jzend.zend.ops.ZType.IS_LONG ? literals.addLong(res.lval) : literals.addDouble(res.dval);
                    }
                    return literals.addDouble(switch (opcode) {
                        case ZendOpcode.ADD -> dl + dr;
                        case ZendOpcode.SUB -> dl - dr;
                        case ZendOpcode.MUL -> dl * dr;
                        case ZendOpcode.DIV -> jzend.zend.ops.Arith.div(dl, dr);
                        default -> jzend.zend.ops.Arith.pow(dl, dr);
                    });
                }
                case ZendOpcode.MOD -> {
                    if (!longs || r[1] == 0) return -1;
                    return literals.addLong(jzend.zend.ops.Arith.mod(l[1], r[1]));
                }
                default -> {
                    return -1;
                }
            }
        }

        /** A scalar literal as convert_to_string has it now (floats with the ini precision), or null for other types. */
        private static byte[] scalarString(int type, long bits) {
            return switch (type) {
                case jzend.zend.execute.ZendVm.IS_STRING -> jzend.zend.string.ZendString.bytes(bits);
                case jzend.zend.execute.ZendVm.IS_LONG -> Long.toString(bits).getBytes(StandardCharsets.ISO_8859_1);
                case jzend.zend.execute.ZendVm.IS_DOUBLE -> {
                    jzend.zend.ops.ByteBuf b = new jzend.zend.ops.ByteBuf();
                    jzend.zend.ops.DoubleFormat.appendDouble(b, Double.longBitsToDouble(bits), jzend.zend.ExecutorGlobals.precision, false);
                    yield b.toArray();
                }
                case jzend.zend.execute.ZendVm.IS_TRUE -> new byte[]{'1'};
                case jzend.zend.execute.ZendVm.IS_FALSE, jzend.zend.execute.ZendVm.IS_NULL -> new byte[0];
                default -> null;
            };
        }

        /** convert_to_string of a constant operand of "." at compile time (arrays and non-constants stay). */
        private ZNode constToString(ZNode n) {
            if (n.type() != IS_CONST) return n;
            long[] v = literals.values.get(n.value());
            int t = (int) v[0] & 0xff;
            if (t == jzend.zend.execute.ZendVm.IS_STRING) return n;
            byte[] s = scalarString(t, v[1]);
            return s == null ? n : new ZNode(IS_CONST, literals.addString(s));
        }

        /** isset($a, $b): each a variable, all must be set (ZEND_ISSET_ISEMPTY_CV, and-ed). */
        private ZNode isset(Expr.Isset is) {
            ZNode result = tmp();
            List<Integer> toFalse = new ArrayList<>();
            for (int i = 0; i < is.vars().size(); i++) {
                Expr v = is.vars().get(i);
                if (v instanceof Expr.Dim gd && isGlobalsDim(gd)) {
                    ZNode name = expr(gd.dim());
                    emit(ZendOpcode.ISSET_ISEMPTY_VAR, is.line()).op1(name.type(), name.value()).result(result.type(), result.value());
                } else if (v instanceof Expr.Variable sv && isSuperglobal(sv)) {
                    ZNode value = globalFetch(sv, ZendOpcode.FETCH_IS);
                    emit(ZendOpcode.ISSET_ISEMPTY_CV, is.line()).op1(value.type(), value.value()).result(result.type(), result.value());
                    emit(ZendOpcode.FREE, is.line()).op1(value.type(), value.value());
                } else if (v instanceof Expr.Dim d && d.dim() != null) {
                    ZNode base = quietOperand(d.base());
                    ZNode dim = expr(d.dim());
                    emit(ZendOpcode.ISSET_ISEMPTY_DIM_OBJ, is.line()).op1(base.type(), base.value()).op2(dim.type(), dim.value())
                            .result(result.type(), result.value());
                } else if (v instanceof Expr.Variable var) {
                    emit(ZendOpcode.ISSET_ISEMPTY_CV, is.line()).op1(IS_CV, lookupCv(var.name())).result(result.type(), result.value());
                } else if (v instanceof Expr.VariableVariable vv) {
                    ZNode name = expr(vv.name());
                    emit(ZendOpcode.ISSET_ISEMPTY_VAR, is.line()).op1(name.type(), name.value()).result(result.type(), result.value())
                            .extended(ZEND_FETCH_LOCAL);
                } else {
                    throw unsupported("isset() of " + v.getClass().getSimpleName(), v.line());
                }
                if (i < is.vars().size() - 1) {
                    emit(ZendOpcode.JMPZ, is.line()).op1(result.type(), result.value());
                    toFalse.add(ops.size() - 1);
                }
            }
            for (int j : toFalse) ops.get(j).op2 = next();
            return result;
        }

        /** empty($x): !isset($x) || !$x without a warning (ZEND_ISEMPTY); of an expression, !expr. */
        private ZNode empty(Expr.Empty em) {
            ZNode result = tmp();
            if (em.operand() instanceof Expr.Variable var) {
                emit(ZendOpcode.ISSET_ISEMPTY_CV, em.line()).op1(IS_CV, lookupCv(var.name())).result(result.type(), result.value())
                        .extended(ISEMPTY);
                return result;
            }
            if (em.operand() instanceof Expr.Dim d && d.dim() != null) {
                ZNode base = quietOperand(d.base());
                ZNode dim = expr(d.dim());
                emit(ZendOpcode.ISSET_ISEMPTY_DIM_OBJ, em.line()).op1(base.type(), base.value()).op2(dim.type(), dim.value())
                        .result(result.type(), result.value()).extended(ISEMPTY);
                return result;
            }
            ZNode v = expr(em.operand());
            emit(ZendOpcode.BOOL_NOT, em.line()).op1(v.type(), v.value()).result(result.type(), result.value());
            return result;
        }

        /** a ?? b: ZEND_COALESCE reads a quietly and jumps over b when a is set and not null. */
        private ZNode coalesce(Expr.Coalesce co) {
            ZNode result = tmp();
            ZNode left = quietOperand(co.left());
            ZendOp c = emit(ZendOpcode.COALESCE, co.line()).op1(left.type(), left.value()).result(result.type(), result.value());
            ZNode right = expr(co.right());
            emit(ZendOpcode.QM_ASSIGN, co.line()).op1(right.type(), right.value()).result(result.type(), result.value());
            c.op2(IS_UNUSED, next());
            return result;
        }

        /** $a ??= b (zend_compile_assign_coalesce): assigns only when $a is unset or null. */
        private ZNode assignCoalesce(Expr.AssignCoalesce ac) {
            if (ac.target() instanceof Expr.Dim d) {
                // $a[k1]…[kn] ??= v: FETCH_DIM_IS down the chain, COALESCE, then FETCH_DIM_W down
                // to the last container and ASSIGN_DIM. php memoizes computed keys so that each is
                // evaluated once; here keys are constants or variables, which read the same twice.
                List<Expr.Dim> chain = new ArrayList<>();
                Expr root = d;
                while (root instanceof Expr.Dim e) {
                    chain.add(0, e);
                    root = e.base();
                }
                if (!(root instanceof Expr.Variable base) || isSuperglobal(base)) throw unsupported("??= on this element", ac.line());
                List<ZNode> keys = new ArrayList<>();
                for (Expr.Dim e : chain) {
                    if (e.dim() == null) throw ParseError.compile("Cannot use [] for reading", ac.line());
                    ZNode k = expr(e.dim());
                    if (k.type() != IS_CONST && k.type() != IS_CV) throw unsupported("??= on an element with a computed key", ac.line());
                    keys.add(k);
                }
                int cv = lookupCv(base.name());
                ZNode current = new ZNode(IS_CV, cv);
                for (ZNode k : keys) {
                    ZNode next = tmp();
                    emit(ZendOpcode.FETCH_DIM_IS, ac.line()).op1(current.type(), current.value()).op2(k.type(), k.value())
                            .result(next.type(), next.value());
                    current = next;
                }
                ZNode result = tmp();
                ZendOp c = emit(ZendOpcode.COALESCE, ac.line()).op1(current.type(), current.value()).result(result.type(), result.value());
                ZNode value = expr(ac.value());
                ZNode container = new ZNode(IS_CV, cv);
                for (int i = 0; i < keys.size() - 1; i++) {
                    ZNode var = new ZNode(ZendOp.IS_VAR, temporaries++);
                    emit(ZendOpcode.FETCH_DIM_W, ac.line()).op1(container.type(), container.value())
                            .op2(keys.get(i).type(), keys.get(i).value()).result(var.type(), var.value());
                    container = var;
                }
                ZNode last = keys.get(keys.size() - 1);
                emit(ZendOpcode.ASSIGN_DIM, ac.line()).op1(container.type(), container.value()).op2(last.type(), last.value())
                        .result(result.type(), result.value());
                emit(ZendOpcode.OP_DATA, ac.line()).op1(value.type(), value.value());
                c.op2(IS_UNUSED, next());
                return result;
            }
            if (!(ac.target() instanceof Expr.Variable var)) throw unsupported("??= on a non-variable", ac.line());
            ZNode result = tmp();
            int cv = lookupCv(var.name());
            ZendOp c = emit(ZendOpcode.COALESCE, ac.line()).op1(IS_CV, cv).result(result.type(), result.value());
            ZNode value = expr(ac.value());
            emit(ZendOpcode.ASSIGN, ac.line()).op1(IS_CV, cv).op2(value.type(), value.value()).result(result.type(), result.value());
            c.op2(IS_UNUSED, next());
            return result;
        }

        /** The left side of ??: a variable is read without the undefined-variable warning (BP_VAR_IS). */
        private ZNode quietOperand(Expr e) {
            if (e instanceof Expr.Variable v && isSuperglobal(v)) return globalFetch(v, ZendOpcode.FETCH_IS);
            if (e instanceof Expr.Dim d && isGlobalsDim(d)) return globalFetch(d, ZendOpcode.FETCH_IS);
            if (e instanceof Expr.Variable v) return new ZNode(IS_CV, lookupCv(v.name()));
            if (e instanceof Expr.VariableVariable vv) return localFetch(vv, ZendOpcode.FETCH_IS);
            if (e instanceof Expr.Dim d && d.dim() != null) {
                // FETCH_DIM_IS: nested reads for ?? and isset never warn
                ZNode base = quietOperand(d.base());
                ZNode dim = expr(d.dim());
                ZNode result = tmp();
                emit(ZendOpcode.FETCH_DIM_IS, d.line()).op1(base.type(), base.value()).op2(dim.type(), dim.value())
                        .result(result.type(), result.value());
                return result;
            }
            return expr(e);
        }

        /**
         * switch (zend_compile_switch): the subject once, then one CASE (loose ==) and JMPNZ per
         * case in order, a jump to default or the end; bodies follow in source order (fall-through).
         */
        /**
         * foreach (zend_compile_foreach): FE_RESET_R (by value) or FE_RESET_RW (by reference: the
         * subject variable becomes a reference the iterator holds) makes the iterator (or jumps past the
         * loop), FE_FETCH_R assigns the next value and key or leaves, FE_FREE drops the iterator.
         */
        private void foreachStmt(Stmt.Foreach f) {
            if (f.value() instanceof Expr.Destructure pattern) {
                if (f.byRef()) throw unsupported("foreach by reference into a list()", f.line());
                foreachDestructure(f, pattern);
                return;
            }
            if (!(f.value() instanceof Expr.Variable value)) throw unsupported("foreach into " + f.value().getClass().getSimpleName(), f.line());
            if (f.key() != null && !(f.key() instanceof Expr.Variable)) throw unsupported("foreach keys into non-variables", f.line());
            ZNode subject = foreachSubject(f, f.byRef());
            ZNode iterator = tmp();
            ZendOp reset = emit(f.byRef() ? ZendOpcode.FE_RESET_RW : ZendOpcode.FE_RESET_R, f.line())
                    .op1(subject.type(), subject.value()).result(iterator.type(), iterator.value());
            int fetchAt = next();
            ZNode key = f.key() != null ? tmp() : ZNode.UNUSED;
            ZendOp fetch = emit(f.byRef() ? ZendOpcode.FE_FETCH_RW : ZendOpcode.FE_FETCH_R, f.line()).op1(iterator.type(), iterator.value())
                    .op2(IS_CV, lookupCv(value.name())).result(key.type(), key.value());
            if (f.key() instanceof Expr.Variable k) {
                emit(ZendOpcode.ASSIGN, f.line()).op1(IS_CV, lookupCv(k.name())).op2(key.type(), key.value());
            }
            foreachLoop(f, iterator, reset, fetch, fetchAt);
        }

        /** The array a foreach walks: read, or for a loop by reference the variable or element itself (written). */
        private ZNode foreachSubject(Stmt.Foreach f, boolean byRef) {
            if (byRef && f.subject() instanceof Expr.Variable v) return new ZNode(IS_CV, lookupCv(v.name()));
            if (byRef && f.subject() instanceof Expr.Dim d) return writeContainer(d, d.line());
            return expr(f.subject());
        }

        private void switchStmt(Stmt.Switch sw) {
            ZNode subject = expr(sw.subject());
            List<Integer> caseJumps = new ArrayList<>();
            int defaultIndex = -1;
            for (int i = 0; i < sw.cases().size(); i++) {
                var c = sw.cases().get(i);
                if (c.value() == null) {
                    defaultIndex = i;
                    caseJumps.add(-1);
                    continue;
                }
                ZNode v = expr(c.value());
                ZNode t = tmp();
                emit(ZendOpcode.CASE, c.line()).op1(subject.type(), subject.value()).op2(v.type(), v.value()).result(t.type(), t.value());
                emit(ZendOpcode.JMPNZ, c.line()).op1(t.type(), t.value());
                caseJumps.add(ops.size() - 1);
            }
            int jmpDefault = emitJmp(sw.line());
            Loop loop = new Loop();
            if (subject.type() == IS_TMP_VAR) {
                loop.loopVar = subject;
                loop.freeOpcode = ZendOpcode.FREE;
            }
            loops.push(loop);
            for (int i = 0; i < sw.cases().size(); i++) {
                int start = next();
                if (caseJumps.get(i) >= 0) ops.get(caseJumps.get(i)).op2 = start;
                if (i == defaultIndex) ops.get(jmpDefault).op1 = start;
                sw.cases().get(i).body().forEach(this::stmt);
            }
            loops.pop();
            int end = next();
            if (defaultIndex < 0) ops.get(jmpDefault).op1 = end;
            loop.patch(end, end);
            if (subject.type() == IS_TMP_VAR) emit(ZendOpcode.FREE, sw.line()).op1(subject.type(), subject.value());
        }

        /**
         * match (zend_compile_match): the subject once, each condition compared with === in order
         * (CASE_STRICT + JMPNZ), then the jump to the default arm or, without one, MATCH_ERROR
         * (UnhandledMatchError) — before the arms, "to avoid live range issues where the tmpvar
         * for the arm result is freed even though it has not been initialized yet" — then the arms.
         */
        private ZNode match(Expr.Match m) {
            ZNode subject = expr(m.subject());
            int lineAfterSubject = exprLine;
            ZNode result = tmp();
            List<int[]> armJumps = new ArrayList<>(); // {armIndex, jumpOpline}
            int defaultArm = -1;
            int conditions = 0;
            boolean constantKeys = true;
            for (int a = 0; a < m.arms().size(); a++) {
                var arm = m.arms().get(a);
                if (arm.conditions() == null) {
                    defaultArm = a;
                    continue;
                }
                for (Expr cond : arm.conditions()) {
                    ZNode v = expr(cond);
                    conditions++;
                    int t = v.type() == IS_CONST ? (int) literals.values.get(v.value())[0] & 0xff : -1;
                    constantKeys &= t == jzend.zend.execute.ZendVm.IS_LONG || t == jzend.zend.execute.ZendVm.IS_STRING;
                    ZNode t2 = tmp();
                    emit(ZendOpcode.CASE_STRICT, arm.line()).op1(subject.type(), subject.value()).op2(v.type(), v.value()).result(t2.type(), t2.value());
                    emit(ZendOpcode.JMPNZ, arm.line()).op1(t2.type(), t2.value());
                    armJumps.add(new int[]{a, ops.size() - 1});
                }
            }
            int noMatch = emitJmp(m.line());
            if (defaultArm < 0) {
                ops.get(noMatch).op1 = next();
                // emitted with CG(zend_lineno): php looks two or more int/string keys up in a
                // jump table (ZEND_MATCH) without compiling them, so the subject's line; else the last condition's
                int line = constantKeys && conditions >= 2 ? lineAfterSubject : exprLine;
                emit(ZendOpcode.MATCH_ERROR, line).op1(subject.type(), subject.value());
            }
            List<Integer> toEnd = new ArrayList<>();
            int[] armStart = new int[m.arms().size()];
            for (int a = 0; a < m.arms().size(); a++) {
                armStart[a] = next();
                ZNode v = expr(m.arms().get(a).body());
                emit(ZendOpcode.QM_ASSIGN, m.arms().get(a).line()).op1(v.type(), v.value()).result(result.type(), result.value());
                toEnd.add(emitJmp(m.line()));
            }
            for (int[] j : armJumps) ops.get(j[1]).op2 = armStart[j[0]];
            if (defaultArm >= 0) ops.get(noMatch).op1 = armStart[defaultArm];
            int end = next();
            for (int j : toEnd) ops.get(j).op1 = end;
            if (subject.type() == IS_TMP_VAR) emit(ZendOpcode.FREE, m.line()).op1(subject.type(), subject.value());
            return result;
        }

        /** (int), (float), (string), (bool): ZEND_CAST with the target type in extended_value. */
        private ZNode cast(Expr.Cast c) {
            int type = switch (c.type()) {
                case LONG -> 4;
                case DOUBLE -> 5;
                case STRING -> 6;
                case BOOL -> 18;
                case ARRAY -> 7;
                default -> throw unsupported("(" + c.type().php + ") cast", c.line());
            };
            ZNode v = expr(c.operand());
            ZNode result = tmp();
            emit(ZendOpcode.CAST, c.line()).op1(v.type(), v.value()).result(result.type(), result.value()).extended(type);
            return result;
        }

        /**
         * Port of zend_compile_encaps_list: adjacent literal parts are merged, then one part is a
         * string CAST, two a FAST_CONCAT, more a ROPE (ROPE_INIT, ROPE_ADD…, ROPE_END), whose parts
         * are zend_string pointers in consecutive temporaries.
         */
        private ZNode encapsList(List<Expr> parts, int line) {
            // the items: expressions, and runs of literal text merged into one string
            List<Object> items = new ArrayList<>();
            java.io.ByteArrayOutputStream pending = null;
            for (Expr part : parts) {
                if (part instanceof Expr.StringLiteral lit) {
                    if (lit.value().length == 0) continue;
                    if (pending == null) pending = new java.io.ByteArrayOutputStream();
                    pending.writeBytes(lit.value());
                    continue;
                }
                if (pending != null) {
                    items.add(pending.toByteArray());
                    pending = null;
                }
                items.add(part);
            }
            if (pending != null) items.add(pending.toByteArray());
            if (items.isEmpty()) return new ZNode(IS_CONST, literals.addString(new byte[0]));
            ZNode result = tmp();
            if (items.size() <= 2) {
                List<ZNode> nodes = new ArrayList<>();
                for (Object item : items) nodes.add(item instanceof Expr e ? expr(e) : new ZNode(IS_CONST, literals.addString((byte[]) item)));
                if (nodes.size() == 1) {
                    ZNode only = nodes.get(0);
                    if (only.type() == IS_CONST) return only;
                    emit(ZendOpcode.CAST, line).op1(only.type(), only.value()).result(result.type(), result.value()).extended(6);
                } else {
                    emit(ZendOpcode.FAST_CONCAT, line).op1(nodes.get(0).type(), nodes.get(0).value())
                            .op2(nodes.get(1).type(), nodes.get(1).value()).result(result.type(), result.value());
                }
                return result;
            }
            // zend_compile_rope_add: each part is compiled, then added at once (its conversion's
            // warnings come before the next part runs, on that part's line); the rope's pointers
            // take ceil(8n/16) temporaries starting at the result's
            int slots = (items.size() * 8 + 15) / 16;
            temporaries += slots - 1;
            int partLine = line;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                ZNode node;
                if (item instanceof Expr e) {
                    node = expr(e);
                    partLine = e.line();
                } else {
                    node = new ZNode(IS_CONST, literals.addString((byte[]) item));
                }
                int opcode = i == 0 ? ZendOpcode.ROPE_INIT : i == items.size() - 1 ? ZendOpcode.ROPE_END : ZendOpcode.ROPE_ADD;
                ZendOp o = emit(opcode, partLine).op2(node.type(), node.value()).extended(i);
                if (opcode == ZendOpcode.ROPE_END) {
                    ZNode value = tmp();
                    o.op1(IS_TMP_VAR, result.value()).result(value.type(), value.value());
                    return value;
                }
                o.result(IS_TMP_VAR, result.value());
            }
            return result;
        }

        /** The opcode of an arithmetic or bitwise operator (also used by its compound assignment), or -1. */
        private int arithmeticOpcode(BinaryOp op) {
            return switch (op) {
                case ADD -> ZendOpcode.ADD;
                case SUB -> ZendOpcode.SUB;
                case MUL -> ZendOpcode.MUL;
                case DIV -> ZendOpcode.DIV;
                case MOD -> ZendOpcode.MOD;
                case POW -> ZendOpcode.POW;
                case SL -> ZendOpcode.SL;
                case SR -> ZendOpcode.SR;
                case BW_OR -> ZendOpcode.BW_OR;
                case BW_AND -> ZendOpcode.BW_AND;
                case BW_XOR -> ZendOpcode.BW_XOR;
                default -> -1;
            };
        }

        private ZNode unary(Expr.Unary u) {
            if (u.op() == UnaryOp.MINUS || u.op() == UnaryOp.PLUS) {
                // zend_compile_unary_pm: -x is x * -1, +x is x * 1, folded for a constant number (zend_try_ct_eval_unary_pm)
                ZNode v = expr(u.operand());
                if (v.type() == IS_CONST) {
                    int folded = ctEvalBinaryOp(ZendOpcode.MUL, v.value(), literals.addLong(u.op() == UnaryOp.MINUS ? -1 : 1));
                    if (folded >= 0) return new ZNode(IS_CONST, folded);
                }
                ZNode result = tmp();
                emit(ZendOpcode.MUL, u.line()).op1(v.type(), v.value()).op2(IS_CONST, literals.addLong(u.op() == UnaryOp.MINUS ? -1 : 1))
                        .result(result.type(), result.value());
                return result;
            }
            if (u.op() == UnaryOp.BW_NOT) {
                ZNode v = expr(u.operand());
                ZNode result = tmp();
                emit(ZendOpcode.BW_NOT, u.line()).op1(v.type(), v.value()).result(result.type(), result.value());
                return result;
            }
            if (u.op() == UnaryOp.BOOL_NOT) {
                ZNode v = expr(u.operand());
                ZNode result = tmp();
                emit(ZendOpcode.BOOL_NOT, u.line()).op1(v.type(), v.value()).result(result.type(), result.value());
                return result;
            }
            throw unsupported("operator " + u.op().symbol, u.line());
        }

        private ZNode conditional(Expr.Conditional c) {
            if (c.then() == null) {
                // a ?: b (ZEND_JMP_SET): a's value when it is truthy, else b
                ZNode cond = expr(c.cond());
                ZNode result = tmp();
                ZendOp jmpSet = emit(ZendOpcode.JMP_SET, c.line()).op1(cond.type(), cond.value()).result(result.type(), result.value());
                ZNode f = expr(c.otherwise());
                emit(ZendOpcode.QM_ASSIGN, c.line()).op1(f.type(), f.value()).result(result.type(), result.value());
                jmpSet.op2(IS_UNUSED, next());
                return result;
            }
            ZNode cond = expr(c.cond());
            ZendOp jmpz = emit(ZendOpcode.JMPZ, c.line()).op1(cond.type(), cond.value());
            ZNode result = tmp();
            ZNode t = expr(c.then());
            emit(ZendOpcode.QM_ASSIGN, c.line()).op1(t.type(), t.value()).result(result.type(), result.value());
            int jmp = emitJmp(c.line());
            jmpz.op2(IS_UNUSED, next());
            ZNode f = expr(c.otherwise());
            emit(ZendOpcode.QM_ASSIGN, c.line()).op1(f.type(), f.value()).result(result.type(), result.value());
            ops.get(jmp).op1 = next();
            return result;
        }

        /** && and ||: JMPZ_EX/JMPNZ_EX on the left, BOOL of the right (zend_compile_short_circuiting). */
        private ZNode shortCircuit(Expr left, Expr right, boolean and, int line) {
            ZNode l = expr(left);
            ZNode result = tmp();
            ZendOp jmp = emit(and ? ZendOpcode.JMPZ_EX : ZendOpcode.JMPNZ_EX, line).op1(l.type(), l.value())
                    .result(result.type(), result.value());
            ZNode r = expr(right);
            emit(ZendOpcode.BOOL, line).op1(r.type(), r.value()).result(result.type(), result.value());
            jmp.op2(IS_UNUSED, next());
            return result;
        }

        private ZNode call(Expr.FunctionCall f) {
            boolean wantRef = wantRefResult; // for this call only, not the calls among its arguments
            wantRefResult = false;
            String key = lower(f.name().bytes());
            int internal = jzend.zend.ZendInternalFunctions.lookup(key);
            if (internal != 0 && !wantRef && key.equals("strlen") && f.args().size() == 1
                    && f.args().get(0).name() == null && !f.args().get(0).unpack()) {
                // zend_compile_func_strlen: ZEND_STRLEN instead of a call (no frame, so none in traces)
                ZNode v = expr(f.args().get(0).value());
                ZNode result = tmp();
                emit(ZendOpcode.STRLEN, f.line()).op1(v.type(), v.value()).result(result.type(), result.value());
                return result;
            }
            if (internal != 0 && !wantRef && f.args().size() == 1 && f.args().get(0).name() == null && !f.args().get(0).unpack()) {
                int castType = switch (key) {
                    case "boolval" -> 18;
                    case "intval" -> 4;
                    case "floatval", "doubleval" -> 5;
                    case "strval" -> 6;
                    default -> -1;
                };
                if (castType >= 0) {
                    // zend_compile_func_cast: ZEND_CAST instead of a call
                    ZNode v = expr(f.args().get(0).value());
                    ZNode result = tmp();
                    emit(ZendOpcode.CAST, f.line()).op1(v.type(), v.value()).result(result.type(), result.value()).extended(castType);
                    return result;
                }
                if (key.equals("count") || key.equals("sizeof")) {
                    // zend_compile_func_count: ZEND_COUNT (extended_value 1 for sizeof), no frame
                    ZNode v = expr(f.args().get(0).value());
                    ZNode result = tmp();
                    emit(ZendOpcode.COUNT, f.line()).op1(v.type(), v.value()).result(result.type(), result.value())
                            .extended(key.equals("sizeof") ? 1 : 0);
                    return result;
                }
            }
            Integer callee = internal != 0 ? Integer.valueOf(internal) : functions.get(key);
            if (callee == null) {
                // Not bound at compile time: as php's INIT_FCALL_BY_NAME, the name is looked up
                // when the call is reached, before its arguments ("Call to undefined function"),
                // and the call goes by name (a function declared in a block or function body).
                ZNode name = new ZNode(IS_CONST, literals.addString(f.name().bytes()));
                emit(ZendOpcode.INIT_FCALL_BY_NAME, f.line()).op1(IS_UNUSED, f.args().size()).op2(name.type(), name.value());
                Integer declared = declaredAtRuntime.get(key);
                ZendOpArray user = declared == null ? null : ZendFunctions.opArray(declared);
                wantRefResult = wantRef;
                return callWithArray(name, f.args(), n -> user != null && isByRefParam(user, n), user, f.line());
            }
            if (f.args().stream().anyMatch(a -> a.name() != null || a.unpack())) {
                wantRefResult = wantRef;
                return callWithArray(new ZNode(IS_CONST, literals.addString(f.name().bytes())), f.args(),
                        internal != 0 ? jzend.zend.ZendInternalFunctions.entry(internal)::byRef
                                : n -> isByRefParam(ZendFunctions.opArray(callee), n),
                        internal != 0 ? null : ZendFunctions.opArray(callee), f.line());
            }
            emit(ZendOpcode.INIT_FCALL, f.line()).op1(IS_UNUSED, f.args().size()).op2(IS_UNUSED, callee);
            int n = 1;
            for (Arg a : f.args()) {
                boolean byRef = internal != 0 ? jzend.zend.ZendInternalFunctions.entry(internal).byRef(n)
                        : isByRefParam(ZendFunctions.opArray(callee), n);
                boolean preferRef = internal != 0 && jzend.zend.ZendInternalFunctions.entry(internal).preferRef(n);
                if (byRef && (!preferRef || a.value() instanceof Expr.Variable || a.value() instanceof Expr.Dim)) {
                    sendByRef(a.value(), n++, a.line());
                    continue;
                }
                ZNode v = expr(a.value());
                emit(v.type() == IS_CV ? ZendOpcode.SEND_VAR : ZendOpcode.SEND_VAL, a.line()).op1(v.type(), v.value()).op2(IS_UNUSED, n++);
            }
            ZNode result = tmp();
            emit(internal != 0 ? ZendOpcode.DO_ICALL : ZendOpcode.DO_UCALL, f.line()).result(result.type(), result.value())
                    .extended(wantRef && internal == 0 ? ZEND_RETURNS_FUNCTION : 0);
            return result;
        }

        private static boolean isByRefParam(ZendOpArray callee, int n) {
            boolean[] refs = callee.paramByRef;
            if (n > refs.length) return refs.length > 0 && callee.variadic && refs[refs.length - 1];
            return refs[n - 1];
        }

        /**
         * An argument for a by-reference parameter (zend_compile_args with ARG_MUST_BE_SENT_BY_REF):
         * a variable or element is sent as a reference (SEND_REF); a call's result is sent with
         * SEND_VAR_NO_REF (a notice); any other expression with SEND_VAL_EX, which throws
         * "cannot be passed by reference" when reached.
         */
        private void sendByRef(Expr value, int n, int line) {
            if (value instanceof Expr.Variable v) {
                emit(ZendOpcode.SEND_REF, line).op1(IS_CV, lookupCv(v.name())).op2(IS_UNUSED, n);
            } else if (value instanceof Expr.Dim) {
                ZNode var = writeContainer(value, line);
                emit(ZendOpcode.SEND_REF, line).op1(var.type(), var.value()).op2(IS_UNUSED, n);
            } else if (value instanceof Expr.FunctionCall || value instanceof Expr.DynamicCall) {
                ZNode v = expr(value);
                emit(ZendOpcode.SEND_VAR_NO_REF, line).op1(v.type(), v.value()).op2(IS_UNUSED, n);
            } else {
                ZNode v = expr(value);
                emit(ZendOpcode.SEND_VAL_EX, line).op1(v.type(), v.value()).op2(IS_UNUSED, n);
            }
        }

        /**
         * {@code $a = &$b} (zend_compile_assign_ref): the target's element fetches are delayed
         * until after the source's, and an element source is first turned into a reference
         * (MAKE_REF), so that neither fetch can leave the other pointing into a resized table.
         */
        private ZNode assignRef(Expr.AssignRef a) {
            List<ZendOp> delayed = new ArrayList<>();
            ZNode target;
            if (a.target() instanceof Expr.Variable v) target = new ZNode(IS_CV, lookupCv(v.name()));
            else if (a.target() instanceof Expr.Dim d) target = writeContainer(d, d.line(), delayed);
            else throw unsupported("reference assignment to " + a.target().getClass().getSimpleName(), a.line());
            ZNode source;
            if (a.source() instanceof Expr.Variable v) {
                source = new ZNode(IS_CV, lookupCv(v.name()));
            } else if (a.source() instanceof Expr.Dim d) {
                source = writeContainer(d, d.line());
                referenceFetch(source);
                emit(ZendOpcode.MAKE_REF, a.line()).op1(source.type(), source.value()).result(source.type(), source.value());
            } else if (a.source() instanceof Expr.FunctionCall || a.source() instanceof Expr.DynamicCall) {
                // $a = &f(): the call is told to return a reference (a function &f() does), and
                // ASSIGN_REF with ZEND_RETURNS_FUNCTION binds to it or, for a value, notices and assigns
                wantRefResult = true;
                source = expr(a.source());
                wantRefResult = false;
                ops.addAll(delayed);
                ZNode result = tmp();
                emit(ZendOpcode.ASSIGN_REF, a.line()).op1(target.type(), target.value()).op2(source.type(), source.value())
                        .result(result.type(), result.value()).extended(ZEND_RETURNS_FUNCTION);
                return result;
            } else {
                throw unsupported("reference assignment from " + a.source().getClass().getSimpleName(), a.line());
            }
            ops.addAll(delayed);
            ZNode result = tmp();
            emit(ZendOpcode.ASSIGN_REF, a.line()).op1(target.type(), target.value()).op2(source.type(), source.value())
                    .result(result.type(), result.value());
            return result;
        }

        /**
         * The FETCH_DIM_W that made {@code var} feeds a reference: on a string it fails as
         * zend_wrong_string_offset says for a MAKE_REF/ASSIGN_REF next ("Cannot create
         * references to/from string offsets"); extended_value 1 tells it.
         */
        private void referenceFetch(ZNode var) {
            for (int i = ops.size() - 1; i >= 0; i--) {
                ZendOp o = ops.get(i);
                if (o.resultType == ZendOp.IS_VAR && o.result == var.value()) {
                    if (o.opcode == ZendOpcode.FETCH_DIM_W) o.extended(1);
                    return;
                }
            }
        }

        private ParseError unsupported(String what, int line) {
            return ParseError.compile("jzend cannot compile " + what + " yet", line);
        }
    }

    /** The literal table of one op_array (op_array->literals), deduplicated as zend_add_literal does. */
    private static final class Literals {
        private final List<long[]> values = new ArrayList<>(); // {type, bits}

        /** op_array->literals while compiling (CG(context).literals_size: 16 more at a time), each zval written as added. */
        private long block;
        private int size;

        private int add(int type, long bits) {
            return append(type, bits); // zend_add_literal: no sharing (opcache would merge them)
        }

        /** Port of zend_insert_literal. */
        private int append(long type, long bits) {
            int i = values.size();
            values.add(new long[]{type, bits});
            if (i >= size) {
                size += 16;
                block = ZendAlloc.erealloc(block, 16L * size);
            }
            NativeMemory.putLong(block + 16L * i, bits);
            NativeMemory.putInt(block + 16L * i + 8, (int) type);
            return i;
        }

        int addLong(long v) { return add(jzend.zend.execute.ZendVm.IS_LONG, v); }
        int addDouble(double v) { return add(jzend.zend.execute.ZendVm.IS_DOUBLE, Double.doubleToRawLongBits(v)); }
        int addBool(boolean v) { return add(v ? jzend.zend.execute.ZendVm.IS_TRUE : jzend.zend.execute.ZendVm.IS_FALSE, 0); }
        int addNull() { return add(jzend.zend.execute.ZendVm.IS_NULL, 0); }
        /**
         * A constant array literal built now, in the request heap, as zend_try_ct_eval_array
         * does (the empty one is zend_empty_array); -1 when some key or value is not constant.
         */
        int addConstantArray(Expr.ArrayLiteral al) {
            if (!isConstantArray(al)) return -1;
            if (al.items().isEmpty()) return append(jzend.zend.execute.ZendVm.IS_ARRAY, jzend.zend.hash.ZendArrays.zend_empty_array());
            return append(jzend.zend.execute.ZendVm.IS_ARRAY | 0x300, buildArray(al));
        }

        boolean isConstantArray(Expr.ArrayLiteral al) {
            if (al.items().contains(null)) return false;
            for (var item : al.items()) {
                if (item.byRef() || item.unpack()) return false;
                if (item.key() != null && !isConstantScalar(item.key())) return false;
                if (!(isConstantScalar(item.value()) || (item.value() instanceof Expr.ArrayLiteral inner && isConstantArray(inner)))) return false;
            }
            return true;
        }

        boolean isConstantScalar(Expr e) {
            return e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral || e instanceof Expr.StringLiteral
                    || (e instanceof Expr.ConstFetch c && switch (c.name().text().toLowerCase(java.util.Locale.ROOT)) {
                        case "true", "false", "null" -> true;
                        default -> false;
                    })
                    || (e instanceof Expr.Unary u && u.op() == UnaryOp.MINUS && (u.operand() instanceof Expr.IntLiteral || u.operand() instanceof Expr.FloatLiteral));
        }

        /** Writes a scalar constant into a zval. */
        private void constantZval(Expr e, long zv) {
            switch (e) {
                case Expr.IntLiteral i -> jzend.zend.execute.ZendVm.setLong(zv, i.value());
                case Expr.FloatLiteral f -> jzend.zend.execute.ZendVm.setDouble(zv, f.value());
                case Expr.StringLiteral str -> jzend.zend.execute.ZendVm.setString(zv, jzend.zend.string.ZendInternedStrings.intern(str.value()));
                case Expr.Unary u when u.operand() instanceof Expr.IntLiteral i ->
                        jzend.zend.execute.ZendVm.setLong(zv, -i.value());
                case Expr.Unary u when u.operand() instanceof Expr.FloatLiteral f ->
                        jzend.zend.execute.ZendVm.setDouble(zv, -f.value());
                case Expr.ConstFetch c -> {
                    String n = c.name().text().toLowerCase(java.util.Locale.ROOT);
                    if (n.equals("null")) jzend.zend.execute.ZendVm.setNull(zv);
                    else jzend.zend.execute.ZendVm.setBool(zv, n.equals("true"));
                }
                default -> throw new IllegalStateException(e.toString());
            }
        }

        private long buildArray(Expr.ArrayLiteral al) {
            long ht = jzend.zend.hash.ZendHash.zend_new_array(al.items().size());
            long value = jzend.zend.alloc.ZendAlloc.emalloc(16), key = jzend.zend.alloc.ZendAlloc.emalloc(16);
            try {
                for (var item : al.items()) {
                    if (item.value() instanceof Expr.ArrayLiteral inner) {
                        if (inner.items().isEmpty()) jzend.zend.hash.ZendArrays.setEmptyArray(value);
                        else jzend.zend.hash.ZendArrays.setArray(value, buildArray(inner));
                    } else {
                        constantZval(item.value(), value);
                    }
                    if (item.key() == null) {
                        if (jzend.zend.hash.ZendHash.zend_hash_next_index_insert(ht, value) == 0) {
                            throw ParseError.compile("Cannot add element to the array as the next element is already occupied", item.line());
                        }
                    } else {
                        constantZval(item.key(), key);
                        jzend.zend.execute.ZendArrayOps.addArrayElement(ht, key, value);
                    }
                }
            } finally {
                jzend.zend.alloc.ZendAlloc.efree(value);
                jzend.zend.alloc.ZendAlloc.efree(key);
            }
            return ht;
        }

        /** A string literal: the interned zend_string (zend_add_literal_string with zend_new_interned_string). */
        int addString(byte[] bytes) { return add(jzend.zend.execute.ZendVm.IS_STRING, jzend.zend.string.ZendInternedStrings.intern(bytes)); }

        /** pass_two: the literal zvals move to {@code at} (after the oplines); the growing block is freed. */
        void install(ZendOpArray op, long at) {
            op.literals = at;
            op.lastLiteral = values.size();
            if (block != 0) {
                NativeMemory.copy(block, at, 16L * values.size());
                ZendAlloc.efree(block);
                block = 0;
            }
        }
    }

    /** ZEND_ISEMPTY in ISSET_ISEMPTY's extended_value. */
    static final int ISEMPTY = 1;

    /** Port of destroy_op_array: frees what an op_array owns (its literal zvals, and the arrays among them). */
    public static void destroyOpArray(ZendOpArray op) {
        if (op.staticsTable != 0) {
            jzend.zend.hash.ZendArrays.release(op.staticsTable);
            op.staticsTable = 0;
        }
        for (int i = 0; i < op.lastLiteral; i++) jzend.zend.execute.ZendVm.release(op.literal(i));
        op.literals = 0;
        op.lastLiteral = 0;
        if (op.opcodesBlock != 0) ZendAlloc.efree(op.opcodesBlock);
        op.opcodesBlock = 0;
        if (op.varsBlock != 0) ZendAlloc.efree(op.varsBlock);
        op.varsBlock = 0;
        if (op.liveRange != 0) ZendAlloc.efree(op.liveRange);
        op.liveRange = 0;
        op.lastLiveRange = 0;
        if (op.headerOwned && op.address != 0) ZendAlloc.efree(op.address);
        op.address = 0; // a function's zend_op_array goes with CG(arena)
    }

    /**
     * Port of zend_dirname: the directory part of {@code path[0, len)} in place — trailing
     * slashes, the last name and the slashes before it dropped; "/" for a path of slashes or a
     * file in the root, "." for a bare name — returning the new length (0 for an empty path).
     */
    public static int zend_dirname(byte[] path, int len) {
        int end = len - 1;

        if (len == 0) {
            /* Illegal use of this function */
            return 0;
        }

        /* Strip trailing slashes */
        while (end >= 0 && path[end] == '/') {
            end--;
        }
        if (end < 0) {
            /* The path only contained slashes */
            path[0] = '/';
            return 1;
        }

        /* Strip filename */
        while (end >= 0 && path[end] != '/') {
            end--;
        }
        if (end < 0) {
            /* No slash found, therefore return '.' */
            path[0] = '.';
            return 1;
        }

        /* Strip slashes which came before the file name */
        while (end >= 0 && path[end] == '/') {
            end--;
        }
        if (end < 0) {
            path[0] = '/';
            return 1;
        }
        return end + 1;
    }
}
