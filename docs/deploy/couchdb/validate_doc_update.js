function (newDoc, oldDoc, userCtx, secObj) {
  // Digitale Agenda: the database takes only well-formed agenda documents
  // (crates/agenda-core/src/sync.rs): one document per part of the agenda,
  // holding that part's registers with their versions. The app checks
  // every document again when it arrives; this keeps the database clean.
  // No backslashes or double quotes here: scripts/couchdb-setup.sh embeds
  // the text in JSON as it is.
  function refuse(why) {
    throw ({ forbidden: 'Kein Dokument der Digitalen Agenda: ' + why });
  }
  function isStamp(s) {
    return Array.isArray(s) && s.length === 2 &&
      s.every(function (n) { return typeof n === 'number' && n >= 0 && n % 1 === 0 && n <= 9007199254740991; });
  }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) refuse('Design-Dokumente ändert nur die Administration');
    return;
  }
  if (newDoc._deleted) return;
  var parts = id.split('/');
  var item = parts[1];
  if (parts.length > 2 || !/^[a-z]+$/.test(parts[0]) ||
      (parts.length === 2 && item !== '_order' && !/^[0-9a-f-]{36}$/.test(item))) {
    refuse('Kennung ' + id);
  }
  if (JSON.stringify(newDoc).length > 2097152) refuse('zu groß');
  var allowed = ['_id', '_rev', '_revisions', 'digitale_agenda', 'schema_version', 'registers'];
  for (var field in newDoc) {
    if (allowed.indexOf(field) === -1) refuse('unbekanntes Feld ' + field);
  }
  if (newDoc.digitale_agenda !== 1) refuse('Format');
  if (typeof newDoc.schema_version !== 'number' || newDoc.schema_version < 1) refuse('schema_version');
  var registers = newDoc.registers;
  if (!registers || typeof registers !== 'object' || Array.isArray(registers)) refuse('registers');
  for (var key in registers) {
    if (key !== id && key.indexOf(id + '/') !== 0) refuse('Register ' + key + ' gehört nicht hierher');
    var entry = registers[key];
    if (!entry || typeof entry !== 'object' || !('v' in entry)) refuse('Register ' + key);
    for (var part in entry) {
      if (['v', 's', 'b', 'h'].indexOf(part) === -1) refuse('Register ' + key);
    }
    if (!isStamp(entry.s) || !isStamp(entry.b)) refuse('Version von ' + key);
    if ('h' in entry && typeof entry.h !== 'boolean') refuse('Register ' + key);
  }
}
