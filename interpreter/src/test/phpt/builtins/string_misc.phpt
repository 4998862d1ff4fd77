--TEST--
str_rot13, quotemeta, count_chars, addcslashes (with ranges), stripcslashes
--FILE--
<?php
var_dump(str_rot13("Hello, World!"), str_rot13(""), str_rot13(str_rot13("Round Trip")));
var_dump(quotemeta("1+1=2? [x] (y) \\ ^ $ . *"), quotemeta(""), quotemeta("plain"));
var_dump(count_chars("abca", 1), count_chars("abca", 3), strlen(count_chars("abc", 4)), count(count_chars("ab", 0)), count(count_chars("ab", 2)), count_chars("", 3));
var_dump(addcslashes("foo[bar]", 'A..Z'), addcslashes("abc", ""), addcslashes("", "a"), addcslashes("a\0b\r\x7f\xff", "\0..\37\177..\377"), addcslashes("tab\there", "\t"), addcslashes("hello", "a..m"));
var_dump(addcslashes("zoo['.']", 'z..A'));
var_dump(stripcslashes('a\tb\x41\101\n\\\q\x4g'), bin2hex(stripcslashes('\x\08\777\0')), stripcslashes('end\\'), stripcslashes(''));
--EXPECTF--
string(13) "Uryyb, Jbeyq!"
string(0) ""
string(10) "Round Trip"
string(35) "1\+1=2\? \[x\] \(y\) \\ \^ \$ \. \*"
string(0) ""
string(5) "plain"
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(1)
  [99]=>
  int(1)
}
string(3) "abc"
int(253)
int(256)
int(254)
string(0) ""
string(8) "foo[bar]"
string(3) "abc"
string(0) ""
string(16) "a\000b\r\177\377"
string(9) "tab\there"
string(9) "\h\e\l\lo"

Warning: addcslashes(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 6
string(10) "\zoo['\.']"
string(10) "a	bAA
\qg"
string(10) "780038ff00"
string(4) "end\"
string(0) ""
