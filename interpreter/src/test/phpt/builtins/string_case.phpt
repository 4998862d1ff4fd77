--TEST--
ucfirst, lcfirst, ucwords (with delimiters), strtoupper, strtolower
--FILE--
<?php
var_dump(ucfirst("hello"), ucfirst("Hello"), ucfirst(""), ucfirst("1abc"), bin2hex(ucfirst("\xe9t\xe9")));
var_dump(lcfirst("Hello"), lcfirst("hello"), lcfirst(""), lcfirst("ABC"));
var_dump(ucwords("hello world-foo bar_baz"), ucwords("hello world-foo bar_baz", "-"), ucwords("hello|world|x", "|"), ucwords(""), ucwords("  two  spaces\tand\ttabs\nnew"), ucwords("a-b c", ""), ucwords("abc-def", "a..c-"));
var_dump(strtoupper("mIxEd 123"), bin2hex(strtolower("MiXeD \xc9")));
--EXPECT--
string(5) "Hello"
string(5) "Hello"
string(0) ""
string(4) "1abc"
string(6) "e974e9"
string(5) "hello"
string(5) "hello"
string(0) ""
string(3) "aBC"
string(23) "Hello World-foo Bar_baz"
string(23) "Hello world-Foo bar_baz"
string(13) "Hello|World|X"
string(0) ""
string(26) "  Two  Spaces	And	Tabs
New"
string(5) "A-b c"
string(7) "AbC-Def"
string(9) "MIXED 123"
string(14) "6d6978656420c9"
