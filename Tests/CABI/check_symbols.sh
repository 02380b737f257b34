#!/usr/bin/env bash
# Every function declared in nueft.h is exported by libnueft.so, and every exported nueft_*
# symbol is declared in the header (the direction @c @implementation does not check).
set -euo pipefail
header=$1
library=$2
declared=$(grep -oE '\bnueft_[a-z0-9_]+[[:space:]]*\(' "$header" | tr -d '( \t' | sort -u)
exported=$(nm -D --defined-only "$library" | awk '$2 == "T" && $3 ~ /^nueft_/ {print $3}' | sort -u)
missing=$(comm -23 <(echo "$declared") <(echo "$exported"))
undeclared=$(comm -13 <(echo "$declared") <(echo "$exported"))
status=0
if [ -n "$missing" ]; then echo "declared in $header but not exported by $library:"; echo "$missing"; status=1; fi
if [ -n "$undeclared" ]; then echo "exported by $library but not declared in $header:"; echo "$undeclared"; status=1; fi
[ $status -eq 0 ] && echo "symbols: $(echo "$declared" | wc -l) functions declared and exported"
exit $status
