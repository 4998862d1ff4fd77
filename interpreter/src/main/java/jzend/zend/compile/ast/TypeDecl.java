package jzend.zend.compile.ast;

import java.util.List;

/**
 * A parameter or return type: one name ({@code int}), a nullable one ({@code ?int}) or a union
 * ({@code int|string|null}). Names keep the source spelling; {@code array}, {@code callable},
 * {@code static} and builtin types like {@code int}, {@code void}, {@code never} are names too.
 */
public record TypeDecl(List<Name> types, boolean nullable, int line) {}
