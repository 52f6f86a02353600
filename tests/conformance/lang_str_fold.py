# str.casefold (full case folding) and str.expandtabs
"HeLLo Straße".casefold(), "ß".casefold(), "ΣΑΣ".casefold(), "ﬁ ﬂ".casefold(), "µ".casefold()
"İ".casefold(), "ǰ".casefold(), "ſ".casefold() == "s"
"ÀÉÎ".casefold() == "ÀÉÎ".lower()
"tab\there".expandtabs(4)
"a\tb\n\tc\r12\t".expandtabs()
"x\t".expandtabs(0), "x\ty".expandtabs(-1), "a\tb".expandtabs(tabsize=3)
"\t".expandtabs(True), "12345\t|".expandtabs(5), "ü\t|".expandtabs(2)
"a".expandtabs("x")
"a".casefold(1)
