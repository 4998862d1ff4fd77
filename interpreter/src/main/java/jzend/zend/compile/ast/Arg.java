package jzend.zend.compile.ast;

/** A call argument: positional, named ({@code name: expr}) or unpacked ({@code ...$args}). */
public record Arg(byte[] name, Expr value, boolean unpack, int line) {}
