# The statements a server log holds for sessions with log_statement = 'all' ("execute <unnamed>: …" for the extended
# protocol, "statement: …" for a simple query), each with its logged parameters ("DETAIL:  parameters: $1 = …")
# written in, joined with psql's \; so that psql sends them all as one query: one round trip, as a batch does.
function written(text, k, value,   out, at, ref, next_char) {
  ref = "$" k
  out = ""
  while ((at = index(text, ref)) > 0) {
    next_char = substr(text, at + length(ref), 1)
    out = out substr(text, 1, at - 1) (next_char ~ /[0-9]/ ? ref : value)
    text = substr(text, at + length(ref))
  }
  return out text
}
function flush(   k) {
  if (!have) return
  for (k = np; k >= 1; k--) cur = written(cur, k, params[k])
  statements[count++] = cur
  have = 0; np = 0
}
match($0, / LOG:  (execute [^:]*|statement): /) { flush(); cur = substr($0, RSTART + RLENGTH); have = 1; open = 1; next }
/^\t/ && open { cur = cur "\n" substr($0, 2); next }
/ DETAIL:  parameters: / && have {
  np = split(substr($0, index($0, "parameters: ") + 12), params, /, \$[0-9]+ = /)
  sub(/^\$[0-9]+ = /, "", params[1])
  open = 0
  next
}
{ open = 0 }
END {
  flush()
  for (k = 0; k < count; k++) printf "%s%s\n", statements[k], (k < count - 1 ? " \\;" : ";")
}
