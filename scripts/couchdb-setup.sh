#!/usr/bin/env sh
# Sets up one CouchDB database for one Digitale Agenda (docs/sync.md):
# the database, a CouchDB user per person who syncs, the database's members
# (only they read and write), and the validation function that refuses
# documents that are not well-formed agenda documents. Safe to run again:
# the database and its documents are kept, users get the given password,
# and the members are exactly the users given plus everyone with the role
# <database>-mitglieder (give that role in _users to add people without
# running this again).
#
#   COUCHDB_URL=http://127.0.0.1:5984 COUCHDB_ADMIN=admin COUCHDB_ADMIN_PASSWORD=… \
#     scripts/couchdb-setup.sh agenda-musterstadt navigator:Passwort1 fb2:Passwort2
#
# Needs curl and sed. The admin password is read from the environment, never
# from the command line (it would show in the process list).
set -eu

die() { echo "couchdb-setup: $*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: COUCHDB_URL=… COUCHDB_ADMIN=… COUCHDB_ADMIN_PASSWORD=… $0 <database> [user:password …]"
: "${COUCHDB_URL:?COUCHDB_URL is not set}"
: "${COUCHDB_ADMIN:?COUCHDB_ADMIN is not set}"
: "${COUCHDB_ADMIN_PASSWORD:?COUCHDB_ADMIN_PASSWORD is not set}"
db="$1"; shift
case "$db" in
  [a-z]*) ;;
  *) die "database names start with a lower-case letter: $db" ;;
esac
here="$(cd "$(dirname "$0")" && pwd)"
validate="$here/../docs/deploy/couchdb/validate_doc_update.js"
[ -f "$validate" ] || die "missing $validate"

# curl's config from stdin keeps the admin password out of the process list.
couch() {
  method="$1"; path="$2"; body="${3:-}"
  printf 'user = "%s:%s"\n' "$COUCHDB_ADMIN" "$COUCHDB_ADMIN_PASSWORD" |
    curl -sS -K - -X "$method" -H 'Content-Type: application/json' \
      ${body:+--data-binary "$body"} -w '\n%{http_code}' "$COUCHDB_URL$path"
}
expect() {
  answer="$(couch "$@")"
  code="$(printf '%s' "$answer" | tail -n 1)"
  case "$code" in
    2??|412) ;;  # 412: the database exists already
    *) die "$1 $2 answered $code: $(printf '%s' "$answer" | sed '$d')" ;;
  esac
}
json_string() { sed -e ':a' -e 'N' -e '$!ba' -e 's/\n/\\n/g' "$1"; }

echo "database $db"
expect PUT "/$db"

members=""
for pair in "$@"; do
  name="${pair%%:*}"; password="${pair#*:}"
  [ -n "$name" ] && [ "$name" != "$pair" ] || die "users are given as name:password"
  id="org.couchdb.user:$name"
  rev="$(couch GET "/_users/$id" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
  echo "user $name"
  expect PUT "/_users/$id" "{\"name\":\"$name\",\"password\":\"$password\",\"roles\":[],\"type\":\"user\"${rev:+,\"_rev\":\"$rev\"}}"
  members="$members${members:+,}\"$name\""
done

echo "members"
expect PUT "/$db/_security" "{\"admins\":{\"names\":[],\"roles\":[]},\"members\":{\"names\":[$members],\"roles\":[\"$db-mitglieder\"]}}"

echo "validation function"
rev="$(couch GET "/$db/_design/agenda" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
expect PUT "/$db/_design/agenda" "{${rev:+\"_rev\":\"$rev\",}\"validate_doc_update\":\"$(json_string "$validate")\"}"
echo "done: $COUCHDB_URL/$db"
