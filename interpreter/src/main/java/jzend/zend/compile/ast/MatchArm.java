package jzend.zend.compile.ast;

import java.util.List;

/** A match arm (ZEND_AST_MATCH_ARM): its conditions ({@code null} for {@code default}) and result. */
public record MatchArm(List<Expr> conditions, Expr body, int line) {}
