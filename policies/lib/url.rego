# METADATA
# description: |
#   A URL split into its parts with string builtins only (regular expressions cost a compile per
#   evaluation in the Wasm target): scheme://userinfo@host:port/path?query#fragment.
package pmlint.lib.url

# METADATA
# description: The parts of an absolute URL, or undefined when it has no scheme://.
parse(url) := parts if {
	is_string(url)
	i := indexof(url, "://")
	i > 0
	after := substring(url, i + 3, -1)
	end := min(array.concat([count(after)], [p | some c in ["/", "?", "#"]; p := indexof(after, c); p >= 0]))
	authority := substring(after, 0, end)
	rest := substring(after, end, -1)
	hash := _index_or_end(rest, "#")
	question := indexof(rest, "?")
	parts := {
		"scheme": lower(substring(url, 0, i)),
		"userinfo": contains(authority, "@"),
		"host": _host(authority),
		"query": _between(question, hash),
		"fragment": hash < count(rest),
	}
}

_index_or_end(text, c) := i if {
	i := indexof(text, c)
	i >= 0
} else := count(text)

_between(question, hash) if {
	question >= 0
	question < hash
}

_between(question, _) := false if question < 0

_between(question, hash) := false if question >= hash

_host(authority) := lower(host) if {
	at := split(authority, "@")
	host_port := at[count(at) - 1]
	host := _strip_port(host_port)
}

_strip_port(host_port) := trim_suffix(trim_prefix(bracketed, "["), "]") if {
	startswith(host_port, "[")
	bracketed := substring(host_port, 0, indexof(host_port, "]") + 1)
} else := split(host_port, ":")[0]

# METADATA
# description: True when host is a dotted-quad IPv4 literal.
is_ipv4(host) if {
	parts := split(host, ".")
	count(parts) == 4
	every part in parts {
		count(part) >= 1
		count(part) <= 3
		trim(part, "0123456789") == ""
	}
}

# METADATA
# description: True when host is an IPv6 literal (brackets already removed).
is_ipv6(host) if contains(host, ":")
