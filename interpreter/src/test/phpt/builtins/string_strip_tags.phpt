--TEST--
strip_tags with allowed tags as a string or an array, comments, PHP and XML blocks, quotes
--FILE--
<?php
var_dump(strip_tags("<p>Hello <b>World</b></p><br/>"), strip_tags("<p>Hello <b>World</b></p>", "<b>"), strip_tags("<p>Hi <i>x</i> <b>y</b></p>", ["b", "i"]));
var_dump(strip_tags("a < b and c > d"), strip_tags("<?php echo 1; ?>text"), strip_tags("<!-- comment -->visible"), strip_tags("<a href='x>y'>link</a>"), strip_tags("x<br>y<br/>z", "<br>"), strip_tags("<scr<b>ipt>"), strip_tags('<a title="1 > 0">t</a>'));
var_dump(strip_tags("<!DOCTYPE html><html>d</html>"), strip_tags("<?xml version='1.0'?><r>t</r>"), strip_tags("un<closed"), strip_tags(""), strip_tags("plain"), strip_tags("<B>bold</B>", "<b>"), strip_tags("<b >x</ b>", "<b>"));
--EXPECT--
string(11) "Hello World"
string(18) "Hello <b>World</b>"
string(20) "Hi <i>x</i> <b>y</b>"
string(15) "a < b and c > d"
string(4) "text"
string(7) "visible"
string(4) "link"
string(12) "x<br>y<br/>z"
string(0) ""
string(1) "t"
string(1) "d"
string(1) "t"
string(2) "un"
string(0) ""
string(5) "plain"
string(11) "<B>bold</B>"
string(5) "<b >x"
