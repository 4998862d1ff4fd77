package jzend.zend.compile.ast;

/** A variable a closure imports: {@code use ($name)} or {@code use (&$name)}. */
public record ClosureUse(byte[] name, boolean byRef, int line) {}
