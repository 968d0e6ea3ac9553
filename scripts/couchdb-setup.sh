#!/usr/bin/env sh
# Sets up one CouchDB database for one Digitale Agenda (docs/sync.md): the
# database, a CouchDB user with their roles for each person in a users
# file, the database's members (exactly those people), and the validation
# function that refuses documents that are not well-formed agenda documents
# and writes outside a person's roles. Safe to run again: the database and
# its documents are kept, existing users keep their password, and roles and
# members follow the file (remove a line and run it again to remove a
# person).
#
#   COUCHDB_URL=http://127.0.0.1:5984 COUCHDB_ADMIN=admin COUCHDB_ADMIN_PASSWORD=… \
#     scripts/couchdb-setup.sh agenda-musterstadt personen.txt
#
# The users file, one role per line (a person with two roles has two lines):
#
#   # Name; Rolle; Fachbereich (Name oder Kennung, nur bei Rolle fachbereich)
#   b.schmidt; spitze
#   k.mueller; navigator
#   j.weber; fachbereich; Kämmerei
#
# Roles: spitze (Verwaltungsspitze), navigator (Digital-Navigator),
# fachbereich (with the Fachbereich's name as the agenda has it, or its
# Kennung). A Fachbereich given by name must already be in the database
# (the navigator connects first and uploads the agenda).
#
# Passwords: a new person gets AGENDA_PASSWORD_<NAME> from the environment
# (name in capitals, other characters than letters and digits as _), else
# a generated one, printed once here and stored nowhere. An existing person
# keeps theirs unless that variable is set.
#
# Needs curl, sed and awk. The admin password is read from the environment,
# never from the command line (it would show in the process list).
set -eu

die() { echo "couchdb-setup: $*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: COUCHDB_URL=… COUCHDB_ADMIN=… COUCHDB_ADMIN_PASSWORD=… $0 <database> <users file>"
: "${COUCHDB_URL:?COUCHDB_URL is not set}"
: "${COUCHDB_ADMIN:?COUCHDB_ADMIN is not set}"
: "${COUCHDB_ADMIN_PASSWORD:?COUCHDB_ADMIN_PASSWORD is not set}"
db="$1"; users_file="$2"
case "$db" in
  [a-z]*) ;;
  *) die "database names start with a lower-case letter: $db" ;;
esac
case "$db" in
  *[!a-z0-9_-]*) die "database names here hold only a-z, 0-9, _ and -: $db" ;;
esac
[ -r "$users_file" ] || die "cannot read the users file $users_file"
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
trim() { printf '%s' "$1" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'; }
is_id() { printf '%s' "$1" | grep -Eq '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'; }

# The Kennung of the Fachbereich named $1, from the database's documents.
department_id() {
  couch GET "/$db/_all_docs?include_docs=true&startkey=%22departments%2F%22&endkey=%22departments%2F~%22" |
    sed '$d' | tr -d '\n' | sed 's/"departments\//\n&/g' |
    awk -v name="$1" 'index($0, "/name\":{") && index($0, "\"v\":\"" name "\"}") {
      print substr($0, 14, 36); exit }'
}

echo "database $db"
expect PUT "/$db"

# name<TAB>role per line, roles as the CouchDB role names.
pairs="$(mktemp)"
trap 'rm -f "$pairs"' EXIT
line_number=0
while IFS= read -r line || [ -n "$line" ]; do
  line_number=$((line_number + 1))
  case "$(trim "$line")" in ''|'#'*) continue ;; esac
  name="$(trim "$(printf '%s' "$line" | cut -d ';' -f 1)")"
  role="$(trim "$(printf '%s' "$line" | cut -s -d ';' -f 2)")"
  department="$(trim "$(printf '%s' "$line" | cut -s -d ';' -f 3-)")"
  case "$name" in
    ''|*[!A-Za-z0-9._@-]*) die "line $line_number: names hold only letters, digits and . _ @ -: $name" ;;
  esac
  case "$role" in
    spitze|navigator) couch_role="$db.$role" ;;
    fachbereich)
      [ -n "$department" ] || die "line $line_number: which Fachbereich? (name or Kennung in the third column)"
      if is_id "$department"; then id="$department"; else id="$(department_id "$department")"; fi
      [ -n "$id" ] || die "line $line_number: the database has no Fachbereich named $department (connect the agenda first, or give its Kennung)"
      couch_role="$db.fachbereich.$id" ;;
    *) die "line $line_number: the role is spitze, navigator or fachbereich, not '$role'" ;;
  esac
  printf '%s\t%s\n' "$name" "$couch_role" >> "$pairs"
done < "$users_file"
[ -s "$pairs" ] || die "$users_file names nobody"

members=""
for name in $(cut -f 1 "$pairs" | sort -u); do
  roles="$(awk -F '\t' -v n="$name" '$1 == n { printf "%s\"%s\"", sep, $2; sep = "," }' "$pairs")"
  id="org.couchdb.user:$name"
  existing="$(couch GET "/_users/$id")"
  variable="AGENDA_PASSWORD_$(printf '%s' "$name" | tr 'a-z' 'A-Z' | tr -c 'A-Z0-9\n' '_')"
  password="$(printenv "$variable" || true)"
  if [ "$(printf '%s' "$existing" | tail -n 1)" = 200 ]; then
    # Keep the stored password (its hash) and the roles of other databases.
    doc="$(printf '%s' "$existing" | sed '$d')"
    others="$(printf '%s' "$doc" | sed -n 's/.*"roles":\[\([^]]*\)\].*/\1/p' | tr ',' '\n' |
      grep -v "^\"$db\\." | paste -s -d ',' - || true)"
    all="$others${others:+${roles:+,}}$roles"
    doc="$(printf '%s' "$doc" | sed "s/\"roles\":\[[^]]*\]/\"roles\":[$all]/")"
    if [ -n "$password" ]; then
      doc="$(printf '%s' "$doc" | sed 's/}$//'),\"password\":\"$password\"}"
    fi
    echo "user $name: $(printf '%s' "$roles" | tr -d '"')"
    expect PUT "/_users/$id" "$doc"
  else
    if [ -z "$password" ]; then
      password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=\n' | cut -c 1-20)"
      echo "user $name: $(printf '%s' "$roles" | tr -d '"'), password (shown only now): $password"
    else
      echo "user $name: $(printf '%s' "$roles" | tr -d '"'), password from $variable"
    fi
    expect PUT "/_users/$id" "{\"name\":\"$name\",\"password\":\"$password\",\"roles\":[$roles],\"type\":\"user\"}"
  fi
  members="$members${members:+,}\"$name\""
done

echo "members"
expect PUT "/$db/_security" "{\"admins\":{\"names\":[],\"roles\":[]},\"members\":{\"names\":[$members],\"roles\":[]}}"

echo "validation function"
function_text="$(json_string "$validate" | sed "s/'DATENBANK'/'$db'/")"
rev="$(couch GET "/$db/_design/agenda" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
expect PUT "/$db/_design/agenda" "{${rev:+\"_rev\":\"$rev\",}\"validate_doc_update\":\"$function_text\"}"
echo "done: $COUCHDB_URL/$db"
