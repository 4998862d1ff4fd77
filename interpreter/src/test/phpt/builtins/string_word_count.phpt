--TEST--
str_word_count formats 0, 1 and 2, with extra characters
--FILE--
<?php
$s = "Hello fri3nd, you're looking good today!";
var_dump(str_word_count($s), str_word_count($s, 1), str_word_count($s, 2), str_word_count($s, 1, "0..9"), str_word_count(""), str_word_count("", 1));
var_dump(str_word_count("-start end- mid-dle 'quote' it's"), str_word_count("-start end- mid-dle 'quote'", 1), str_word_count("-a-", 1, "-"));
--EXPECT--
int(7)
array(7) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(4) "good"
  [6]=>
  string(5) "today"
}
array(7) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(4) "good"
  [34]=>
  string(5) "today"
}
array(6) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
  [3]=>
  string(7) "looking"
  [4]=>
  string(4) "good"
  [5]=>
  string(5) "today"
}
int(0)
array(0) {
}
int(5)
array(4) {
  [0]=>
  string(5) "start"
  [1]=>
  string(4) "end-"
  [2]=>
  string(7) "mid-dle"
  [3]=>
  string(7) "'quote'"
}
array(1) {
  [0]=>
  string(3) "-a-"
}
