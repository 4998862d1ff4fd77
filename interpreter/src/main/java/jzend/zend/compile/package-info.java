/**
 * The compiler front end: port of zend_language_scanner.l ({@link jzend.zend.compile.ZendLanguageScanner}),
 * zend_language_parser.y ({@link jzend.zend.compile.ZendLanguageParser}) and the AST
 * ({@link jzend.zend.compile.ast}).
 *
 * <p>Entry point: {@code ZendLanguageParser.parse(byte[] source, String filename)} returns a
 * {@link jzend.zend.compile.ParsedScript} or throws {@link jzend.zend.compile.ParseError} (a
 * "Parse error" or a compile-time "Fatal error", with the warnings php prints before it).
 *
 * <p>Policy for PHP outside jzend's subset: constructs php accepts but jzend does not implement
 * (classes, objects, namespaces, exceptions, generators, include/eval, goto, attributes,
 * first-class callables, intersection/DNF types) are reported at their first token as the
 * compile error "X is/are not supported by jzend". Everything else that php rejects is rejected
 * with php's own message: syntax errors worded as bison words them, scanner errors, and the
 * zend_compile.c fatal errors that depend only on the AST's shape.
 */
package jzend.zend.compile;
