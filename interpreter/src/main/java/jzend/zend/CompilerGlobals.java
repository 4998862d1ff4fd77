package jzend.zend;

/**
 * The parts of zend_compiler_globals (CG()) the start-up chain uses. NTS build: one per process.
 */
public final class CompilerGlobals {
    private CompilerGlobals() {}

    /** CG(unclean_shutdown): set when a request bailed out; the heap is then shut down silently. */
    public static boolean unclean_shutdown;

    /** CG(skip_shebang): a leading "#!" line of the primary script is skipped (cli and cgi set it). */
    public static boolean skip_shebang;

    /** CG(short_tags): "<?" opens PHP code (ini short_open_tag, On by default). */
    public static boolean short_tags = true;

    /**
     * CG(in_compilation) with the compiler's position: set by the compiler while it compiles a
     * file (null otherwise, zend_is_compiling() is then false).
     */
    public static ZendLocation compiled_location;

    /**
     * CG(arena): the request's compiler arena (init_compiler: 64 KB), where the op_arrays of
     * user functions and closures live; freed at shutdown_compiler.
     */
    public static ZendArena arena;

    /** CG(ast_arena): the arena of the AST while a file is compiled (zend_compile: 32 KB); null otherwise. */
    public static ZendArena ast_arena;
}
