package jzend.zend.execute;

import jzend.ext.standard.Var;
import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendBuiltinFunctions;
import jzend.zend.ZendErrors;
import jzend.zend.ZendExecutor;
import jzend.zend.ZendFileHandle;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.ZendLocation;
import jzend.zend.compile.CompileDiagnostic;
import jzend.zend.compile.ParseError;
import jzend.zend.compile.ParsedScript;
import jzend.zend.compile.ZendCompiler;
import jzend.zend.compile.ZendLanguageParser;
import jzend.zend.compile.ZendLanguageScanner;

import java.util.List;

/**
 * The engine behind php_execute_script (zend_execute_scripts): compile_file — scan, parse,
 * zend_compile — then code generation and execution of the primary script, as
 * docs/executor-design.md describes; errors reported as php reports them.
 */
public final class ZendEngine implements ZendExecutor {

    /**
     * Module start-up of the engine: registers the internal functions (each extension's MINIT) and,
     * unless an embedder installed an engine of its own, makes this the one php_execute_script runs.
     */
    public static void startup() {
        jzend.zend.string.ZendInternedStrings.init();
        ZendInternalFunctions.register(ZendBuiltinFunctions.FUNCTIONS);
        ZendInternalFunctions.register(Var.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.Str.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.FormattedPrintFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.HtmlFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.EncodingFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.BasicFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.ArrayFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.ArrayExtract.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.TypeFunctions.FUNCTIONS);
        ZendInternalFunctions.register(ZendExceptions.CONSTRUCT, ZendExceptions.ERROR_EXCEPTION_CONSTRUCT);
        ZendInternalFunctions.register(jzend.ext.standard.ArrayCallbackFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.HeadFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.MathFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.VarFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.json.Json.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.RuntimeFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.standard.FileFunctions.FUNCTIONS);
        ZendInternalFunctions.register(jzend.ext.date.PhpDate.FUNCTIONS);
        internNames();
        if (!Zend.zend_has_executor()) Zend.zend_set_executor(new ZendEngine());
    }

    /**
     * The names zend_register_functions and zend_register_internal_class intern for good: each
     * function's (and method's) name and lower-case name, each class's name — so that traces and
     * a closure's debug view name them without allocating, and script literals equal to them are
     * not the request's own interned strings.
     */
    private static void internNames() {
        for (jzend.zend.ZendFunctionEntry f : ZendInternalFunctions.all()) {
            String name = f.name();
            int sep = name.indexOf("::");
            if (sep >= 0) name = name.substring(sep + 2);
            jzend.zend.string.ZendInternedStrings.permanent(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            jzend.zend.string.ZendInternedStrings.permanent(name.toLowerCase(java.util.Locale.ROOT)
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        for (ZendClassEntry ce : ZendClassEntry.all()) {
            jzend.zend.string.ZendInternedStrings.permanent(ce.name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Override
    public void execute(ZendFileHandle file) {
        ZendCompiler.CompiledScript script = compileFile(file);
        jzend.ext.standard.RuntimeFunctions.requestStartup();
        try {
            ZendJit.compile(script.all());
            try {
                runOnPhpStack(script.main());
            } catch (ZendExit exit) {
                // exit()/die(): every frame is unwound, the script just ends
            } catch (ZendError uncaught) {
                // zend_exception_error: reported at the exception's own file and line; the script ends
                String message = uncaught.uncaughtMessage();
                Zend.zend_error_at(ZendErrors.E_ERROR | ZendErrors.E_DONT_BAIL, ZendExceptions.file(uncaught.object),
                        ZendExceptions.line(uncaught.object), message);
                uncaught.release();
                ExecutorGlobals.exit_status = 255;
            }
        } finally {
            ZendExecute.destroyAll();
            freeSource();
            ZendVm.destroyConstants();
            // the request's interned strings go at zend_deactivate, after the globals that may use them as keys
        }
    }

    /** php -l: compile the file (reporting parse and compile errors as php does), run nothing. */
    public static void lint(ZendFileHandle file) {
        compileFile(file);
        ZendExecute.destroyAll();
        freeSource();
        jzend.zend.string.ZendInternedStrings.deactivate();
    }

    /**
     * The Java stack reserved for running a script. User calls are Java calls, so PHP's recursion
     * depth is bounded by this reservation (address space, committed only as used): large enough
     * that memory_limit, through the VM stack's pages, is what stops runaway recursion, as in PHP.
     */
    static final long PHP_STACK_SIZE = 8L << 30;

    /** Runs the script's main op_array on a thread with {@link #PHP_STACK_SIZE} of stack, rethrowing what it threw. */
    private static void runOnPhpStack(int main) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                ZendExecute.execute(main);
            } catch (StackOverflowError overflow) {
                // only with memory_limit off or huge: PHP 8.3's message for the same situation
                failure[0] = ZendError.create("Error", "Maximum call stack size of " + PHP_STACK_SIZE
                        + " bytes reached. Infinite recursion?");
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "php-script", PHP_STACK_SIZE);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] instanceof RuntimeException r) throw r;
        if (failure[0] instanceof Error e) throw e;
    }

    /** The primary script's bytes in the heap while it is compiled and run (0: none). */
    private static long source;

    /** ZEND_MMAP_AHEAD: the zeroed bytes zend_stream_fixup keeps after a script for the scanner. */
    private static final int ZEND_MMAP_AHEAD = 32;

    /**
     * The script's bytes in the request heap, where php keeps them until the script has run: the
     * buffer of zend_stream_fixup for a file (its size plus ZEND_MMAP_AHEAD) or for stdin (read
     * 4 KB at first, doubled when full), the zend_string zend_eval_stringl makes of -r code.
     */
    private static void copySource(ZendFileHandle file) {
        byte[] code = file.contents();
        long buf;
        if (file.filename().equals(ZendFileHandle.COMMAND_LINE_CODE)) {
            buf = jzend.zend.string.ZendString.init(code, false);
        } else if (file.openedPath() != null) {
            buf = jzend.zend.alloc.ZendAlloc.emalloc(code.length + (long) ZEND_MMAP_AHEAD);
            jzend.zend.alloc.NativeMemory.copyFromArray(code, 0, buf, code.length);
            jzend.zend.alloc.NativeMemory.fill(buf + code.length, ZEND_MMAP_AHEAD, (byte) 0);
        } else {
            long capacity = 4 * 1024;
            buf = jzend.zend.alloc.ZendAlloc.emalloc(capacity);
            while (capacity <= code.length) { // "remain == 0": the buffer doubles
                capacity *= 2;
                buf = jzend.zend.alloc.ZendAlloc.erealloc(buf, capacity);
            }
            if (code.length > 0 && capacity - code.length < ZEND_MMAP_AHEAD) {
                buf = jzend.zend.alloc.ZendAlloc.erealloc(buf, code.length + (long) ZEND_MMAP_AHEAD);
            }
            jzend.zend.alloc.NativeMemory.copyFromArray(code, 0, buf, code.length);
        }
        source = buf;
    }

    /** zend_destroy_file_handle / zend_eval_stringl's release: the script's bytes are freed. */
    private static void freeSource() {
        if (source == 0) return;
        long s = source;
        source = 0;
        jzend.zend.alloc.ZendAlloc.efree(s);
    }

    /** Port of compile_file: the script's op_arrays, or the parse/compile error reported (which bails out). */
    private static ZendCompiler.CompiledScript compileFile(ZendFileHandle file) {
        String name = file.filename();
        copySource(file);
        // zend_set_compiled_filename (open_file_for_scanning): the file name is interned into the
        // request's table, which php allocates on that first insert
        jzend.zend.string.ZendInternedStrings.intern(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ZendLanguageScanner.Options options = new ZendLanguageScanner.Options(CompilerGlobals.short_tags, CompilerGlobals.skip_shebang);
        // zend_compile: the AST lives in CG(ast_arena) until the op_arrays are made
        CompilerGlobals.ast_arena = jzend.zend.ZendArena.create(1024 * 32);
        try {
            ParsedScript parsed = ZendLanguageParser.parse(file.contents(), name, options);
            report(name, parsed.diagnostics());
            ZendCompiler.CompiledScript script = compiling(name, 0, () -> ZendCompiler.compile(parsed.statements(), parsed.functionDeclarations(), name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), parsed.strictTypes()));
            destroyAstArena();
            return script;
        } catch (ParseError e) {
            destroyAstArena();
            ZendExecute.destroyAll();
            freeSource();
            jzend.zend.string.ZendInternedStrings.deactivate();
            report(name, e.diagnostics());
            int type = e.kind() == ParseError.Kind.PARSE ? ZendErrors.E_PARSE : ZendErrors.E_COMPILE_ERROR;
            compiling(name, e.line(), () -> {
                Zend.zend_error(type, e.getMessage());
                return null;
            });
            throw new jzend.zend.ZendBailout(e.getMessage());
        }
    }

    private static void destroyAstArena() {
        if (CompilerGlobals.ast_arena == null) return;
        CompilerGlobals.ast_arena.destroy();
        CompilerGlobals.ast_arena = null;
    }

    /** The warnings and deprecations the scanner and parser raised, in php's order. */
    private static void report(String name, List<CompileDiagnostic> diagnostics) {
        for (CompileDiagnostic d : diagnostics) {
            int type = d.level() == CompileDiagnostic.Level.WARNING ? ZendErrors.E_COMPILE_WARNING : ZendErrors.E_DEPRECATED;
            compiling(name, d.line(), () -> {
                Zend.zend_error(type, d.message());
                return null;
            });
        }
    }

    /** Runs {@code work} with CG(in_compilation) pointing at {@code file:line}. */
    private static <T> T compiling(String file, int line, java.util.function.Supplier<T> work) {
        ZendLocation saved = CompilerGlobals.compiled_location;
        CompilerGlobals.compiled_location = new ZendLocation() {
            @Override public String filename() { return file; }
            @Override public int lineno() { return line; }
        };
        try {
            return work.get();
        } finally {
            CompilerGlobals.compiled_location = saved;
        }
    }
}
