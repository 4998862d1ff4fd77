package jzend.zend.compile;

import java.util.List;

import jzend.zend.compile.ast.FunctionDecl;
import jzend.zend.compile.ast.Stmt;

/**
 * The result of parsing one script: its top-level statements (the ZEND_AST_STMT_LIST that
 * zendparse() leaves in CG(ast)), whether it declared strict_types=1, the compile warnings and
 * deprecations to print before running it, and, after {@code __halt_compiler();}, the byte offset
 * of the data that follows (__COMPILER_HALT_OFFSET__), or -1; and every named function
 * declaration in source order, the ones inside blocks and function bodies included (the compiler
 * registers those before compiling any body, so calls to them know their by-reference parameters).
 */
public record ParsedScript(String filename, List<Stmt> statements, boolean strictTypes,
                           List<CompileDiagnostic> diagnostics, long haltCompilerOffset,
                           List<FunctionDecl> functionDeclarations) {}
