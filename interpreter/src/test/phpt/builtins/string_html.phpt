--TEST--
nl2br, htmlspecialchars (flags, double_encode, invalid UTF-8), htmlspecialchars_decode, html_entity_decode
--FILE--
<?php
$crlf = ["\r" => "\\r", "\n" => "\\n"];
var_dump(strtr(nl2br("a\nb\r\nc\rd\n\re\n\n"), $crlf), strtr(nl2br("x\ny", false), $crlf), nl2br("none"), nl2br(""));
var_dump(htmlspecialchars("<a href='x'>T&C \"q\"</a>"));
var_dump(htmlspecialchars("'\"", ENT_COMPAT), htmlspecialchars("'\"", ENT_NOQUOTES), htmlspecialchars("'", ENT_QUOTES | ENT_HTML5), htmlspecialchars("'", ENT_QUOTES | ENT_XML1));
var_dump(bin2hex(htmlspecialchars("a\xffb")), htmlspecialchars("a\xffb", ENT_QUOTES), htmlspecialchars("a\xffb", ENT_IGNORE), htmlspecialchars(""), htmlspecialchars("plain"));
var_dump(htmlspecialchars("&amp; &lt; &#39; &#x27; &foo; &nbsp; &copy; &#xZZ; & &apos; &", ENT_QUOTES, "UTF-8", false));
var_dump(htmlspecialchars("&apos;", ENT_QUOTES | ENT_XHTML, null, false), htmlspecialchars("x\xe9", ENT_QUOTES, "ISO-8859-1") === "x\xe9");
var_dump(htmlspecialchars_decode("&amp;amp; &lt;b&gt; &quot; &#039; &#39; &#x27; &#34; &apos; &nbsp; &#65;"));
var_dump(htmlspecialchars_decode("&quot; &#039;", ENT_NOQUOTES), htmlspecialchars_decode("&quot; &#039;", ENT_COMPAT), htmlspecialchars_decode("&apos;", ENT_QUOTES | ENT_HTML5), htmlspecialchars_decode("no entities"));
var_dump(htmlspecialchars_decode("&#60;&#x3C;&#x3c;&#62;&#38;&AMP;&Amp;&lt &#60"));
var_dump(bin2hex(html_entity_decode("&nbsp;&copy;&eacute;&euro;&hellip;&#128512;&#x10FFFF;")));
var_dump(html_entity_decode("&amp;amp; &lt;b&gt; &quot; &#039; &apos; &#65; &bogus; &#128; &#0; &#x110000; &#65 &amp"));
var_dump(html_entity_decode("&quot;&#039;", ENT_NOQUOTES), html_entity_decode("&apos;", ENT_QUOTES | ENT_XHTML), html_entity_decode("&apos;", ENT_QUOTES | ENT_HTML5), html_entity_decode("x&lt;&#233;", ENT_QUOTES, "ISO-8859-1") === "x<\xe9");
var_dump(htmlspecialchars("a&b", ENT_QUOTES, "bogus"));
--EXPECTF--
string(57) "a<br />\nb<br />\r\nc<br />\rd<br />\n\re<br />\n<br />\n"
string(8) "x<br>\ny"
string(4) "none"
string(0) ""
string(59) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot;&lt;/a&gt;"
string(7) "'&quot;"
string(2) "'""
string(6) "&apos;"
string(6) "&apos;"
string(10) "61efbfbd62"
string(0) ""
string(2) "ab"
string(0) ""
string(5) "plain"
string(81) "&amp; &lt; &#39; &#x27; &amp;foo; &nbsp; &copy; &amp;#xZZ; &amp; &amp;apos; &amp;"
string(6) "&apos;"
bool(true)
string(39) "&amp; <b> " ' ' ' " &apos; &nbsp; &#65;"
string(13) "&quot; &#039;"
string(8) "" &#039;"
string(1) "'"
string(11) "no entities"
string(23) "<<<>&&AMP;&Amp;&lt &#60"
string(40) "c2a0c2a9c3a9e282ace280a6f09f9880f48fbfbf"
string(63) "&amp; <b> " ' &apos; A &bogus; &#128; &#0; &#x110000; &#65 &amp"
string(12) "&quot;&#039;"
string(1) "'"
string(1) "'"
bool(true)

Warning: htmlspecialchars(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 15
string(7) "a&amp;b"
