package jzend.zend.compile;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.ZendUtilityFunctions;
import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.compile.ast.Arg;
import jzend.zend.compile.ast.BinaryOp;
import jzend.zend.compile.ast.Expr;
import jzend.zend.compile.ast.FunctionDecl;
import jzend.zend.compile.ast.Name;
import jzend.zend.compile.ast.Param;
import jzend.zend.compile.ast.Stmt;
import jzend.zend.execute.ZendExecute;
import jzend.zend.execute.ZendFunctions;
import jzend.zend.execute.ZendJit;
import jzend.zend.execute.ZendVmStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The compiler on ASTs as the parser builds them, run through the code generator. */
class ZendCompilerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** What zend_error reported: "Warning: MSG in FILE on line N". */
    private final List<String> errors = new java.util.ArrayList<>();

    @BeforeEach
    void start() {
        jzend.zend.string.ZendInternedStrings.init();
        Zend.zend_startup(new ZendUtilityFunctions(
                (type, file, line, msg) -> errors.add(label(type) + ": " + msg + " in " + file + " on line " + line),
                out::write, k -> null));
        ZendVmStack.init();
    }

    private static String label(int type) {
        return type == ZendErrors.E_WARNING ? "Warning" : type == ZendErrors.E_DEPRECATED ? "Deprecated" : "Error " + type;
    }

    @AfterEach
    void stop() {
        jzend.zend.execute.ZendExecute.destroyAll();
        jzend.zend.string.ZendInternedStrings.deactivate();
        ZendVmStack.destroy();
        assertEquals(0, AllocGlobals.mm_heap.size(), "the op_arrays' literals and the VM stack are freed");
        Zend.zend_shutdown();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private String run(List<Stmt> script) {
        var compiled = ZendCompiler.compile(script, "t.php".getBytes(StandardCharsets.ISO_8859_1));
        int[] all = new int[compiled.functions().length + 1];
        System.arraycopy(compiled.functions(), 0, all, 0, compiled.functions().length);
        all[all.length - 1] = compiled.main();
        ZendJit.compile(all);
        ZendExecute.execute(compiled.main());
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }
    private static Expr.Variable var(String n) { return new Expr.Variable(b(n), 1); }
    private static Expr.IntLiteral i(long v) { return new Expr.IntLiteral(v, 1); }
    private static Expr bin(BinaryOp op, Expr l, Expr r) { return new Expr.Binary(op, l, r, 1); }
    private static Expr call(String f, Expr... args) {
        return new Expr.FunctionCall(new Name(b(f), Name.Kind.UNQUALIFIED), java.util.Arrays.stream(args).map(a -> new Arg(null, a, false, 1)).toList(), 1);
    }
    private static Stmt echo(Expr... e) { return new Stmt.Echo(List.of(e), 1); }

    @Test
    void recursiveFunctionDeclaredAfterItsCall() {
        // echo fib(20); function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
        FunctionDecl fib = new FunctionDecl(FunctionDecl.Kind.FUNCTION, b("fib"),
                List.of(new Param(b("n"), null, null, false, false, 2)), null, false, List.of(), false,
                List.of(new Stmt.Return(new Expr.Conditional(bin(BinaryOp.IS_SMALLER, var("n"), i(2)), var("n"),
                        bin(BinaryOp.ADD, call("fib", bin(BinaryOp.SUB, var("n"), i(1))), call("FIB", bin(BinaryOp.SUB, var("n"), i(2)))), 3), 3)),
                2, 4);
        assertEquals("6765", run(List.of(echo(call("fib", i(20))), new Stmt.FunctionDeclaration(fib, 2))));
    }

    @Test
    void loopsWithBreakAndContinue() {
        // $s = 0; for ($i = 0; $i < 100; $i++) { if ($i > 10) break; if ($i == 3) continue; $s += $i; } echo $s, -$s;
        Stmt body = new Stmt.Block(List.of(
                new Stmt.If(List.of(new Stmt.IfBranch(bin(BinaryOp.IS_GREATER, var("i"), i(10)), List.of(new Stmt.Break(1, 1)), 1)), null, 1),
                new Stmt.If(List.of(new Stmt.IfBranch(bin(BinaryOp.IS_EQUAL, var("i"), i(3)), List.of(new Stmt.Continue(1, 1)), 1)), null, 1),
                new Stmt.ExprStmt(new Expr.CompoundAssign(BinaryOp.ADD, var("s"), var("i"), 1), 1)), 1);
        List<Stmt> script = List.of(
                new Stmt.ExprStmt(new Expr.Assign(var("s"), i(0), 1), 1),
                new Stmt.For(List.of(new Expr.Assign(var("i"), i(0), 1)), List.of(bin(BinaryOp.IS_SMALLER, var("i"), i(100))),
                        List.of(new Expr.IncDec(var("i"), true, false, 1)), List.of(body), 1),
                echo(var("s"), new Expr.Unary(jzend.zend.compile.ast.UnaryOp.MINUS, var("s"), 1)));
        assertEquals("52-52", run(script));
    }

    @Test
    void whileDoWhileAndShortCircuit() {
        // $n = 5; while ($n > 0 && $n != 2) { echo $n; $n--; } do { echo $n; } while (--$n > 0 || false);
        List<Stmt> script = List.of(
                new Stmt.ExprStmt(new Expr.Assign(var("n"), i(5), 1), 1),
                new Stmt.While(new Expr.BooleanAnd(bin(BinaryOp.IS_GREATER, var("n"), i(0)),
                        new Expr.Unary(jzend.zend.compile.ast.UnaryOp.BOOL_NOT, bin(BinaryOp.IS_EQUAL, var("n"), i(2)), 1), 1),
                        List.of(echo(var("n")), new Stmt.ExprStmt(new Expr.IncDec(var("n"), false, false, 1), 1)), 1),
                new Stmt.DoWhile(List.of(echo(var("n"))), new Expr.BooleanOr(bin(BinaryOp.IS_GREATER,
                        new Expr.IncDec(var("n"), false, true, 1), i(0)), new Expr.ConstFetch(new Name(b("false"), Name.Kind.UNQUALIFIED), 1), 1), 1));
        assertEquals("54321", run(script));
    }

    @Test
    void builtinCallsAndFloatOutput() {
        jzend.zend.ZendInternalFunctions.register(jzend.ext.standard.Var.FUNCTIONS);
        // $before = memory_get_usage(); echo memory_get_usage() - $before, " ", 7 / 2, " ", 2 ** 64, " ", 7 % 3;
        List<Stmt> script = List.of(
                new Stmt.ExprStmt(new Expr.Assign(var("before"), call("memory_get_usage"), 1), 1),
                echo(bin(BinaryOp.SUB, call("Memory_Get_Usage"), var("before")), i(0), bin(BinaryOp.DIV, i(7), i(2)), i(0),
                        bin(BinaryOp.POW, i(2), i(64)), i(0), bin(BinaryOp.MOD, i(7), i(3))));
        assertEquals("003.501.844674407371E+1901", run(script)); // as php -n prints it
    }

    @Test
    void redeclaringABuiltinIsACompileError() {
        jzend.zend.ZendInternalFunctions.register(jzend.ext.standard.Var.FUNCTIONS);
        FunctionDecl f = new FunctionDecl(FunctionDecl.Kind.FUNCTION, b("memory_get_usage"), List.of(), null, false,
                List.of(), false, List.of(), 5, 5);
        ParseError e = assertThrows(ParseError.class, () -> ZendCompiler.compile(List.of(new Stmt.FunctionDeclaration(f, 5)), b("t.php")));
        assertEquals("Cannot redeclare memory_get_usage()", e.getMessage());
        assertEquals(5, e.line());
    }

    /** Parses and runs PHP source as the CLI will. */
    private String php(String source) {
        ParsedScript parsed = ZendLanguageParser.parse(source.getBytes(StandardCharsets.ISO_8859_1), "t.php");
        return run(parsed.statements());
    }

    @Test
    void phpSourceEndToEnd() {
        jzend.zend.ZendInternalFunctions.register(jzend.ext.standard.Var.FUNCTIONS);
        assertEquals("832040", php("""
                <?php
                function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
                echo fib(30);
                """));
    }

    @Test
    void phpSourceLoopsAndOperators() {
        // expected texts printed by php -n 8.2.36
        assertEquals("49999995000000", php("""
                <?php
                $sum = 0;
                for ($i = 0; $i < 10000000; $i++) { $sum += $i; }
                echo $sum;
                """));
        out.reset();
        assertEquals("10-702.50100109.2233720368548E+1803", php("""
                <?php
                $a = 7; $b = 2;
                echo $a <=> $b, 0, -$a, 0, $a / $b / 1.4, 0, $a & ~$b ^ 15, 0, 5 <= 5, 0, PHP_INT_MAX + 1, 0;
                $n = 10; $k = 0;
                while (true) { if (--$n < 3) break; if ($n % 2) continue; $k++; }
                echo $k;
                """));
    }

    @Test
    void undefinedVariablesWarnAndReadAsNull() {
        // php -n prints the four warnings interleaved with "1", "1", "10"
        assertEquals("1110", php("""
                <?php
                function f() {
                    echo $a + 1;
                    $b++; echo $b;
                    if ($c) { echo 9; } echo $d < 1, 0;
                }
                f();
                """));
        assertEquals(List.of("Warning: Undefined variable $a in t.php on line 3", "Warning: Undefined variable $b in t.php on line 4",
                "Warning: Undefined variable $c in t.php on line 5", "Warning: Undefined variable $d in t.php on line 5"), errors);
    }

    @Test
    void opArraysAreListedAsOpcacheShowsThem() {
        var compiled = ZendCompiler.compile(List.of(new Stmt.ExprStmt(new Expr.Assign(var("a"), i(1), 1), 1), echo(var("a"))), b("t.php"));
        String dump = ZendFunctions.opArray(compiled.main()).dump();
        assertTrue(dump.startsWith("{main}: ; (lines=3, args=0, vars=1, tmps=1)"), dump);
        assertTrue(dump.contains("0000 ZEND_ASSIGN CV@80 #0 -> -"), dump);
        assertTrue(dump.contains("0001 ZEND_ECHO CV@80"), dump);
        // each use of a constant is its own literal, as zend_add_literal makes them (opcache would merge them)
        assertTrue(dump.contains("0002 ZEND_RETURN #1"), dump);
    }
}
