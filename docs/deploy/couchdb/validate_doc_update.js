function (newDoc, oldDoc, userCtx, secObj) {
  // Digitale Agenda: CouchDB's validation function for one agenda database.
  // Generated from the rights matrix (crates/agenda-core/src/rights) by
  // agenda_core::rights::couch::validation_function; do not edit by hand:
  // UPDATE_EXPECT=1 cargo test -p agenda-core --test rights writes it again.
  // scripts/couchdb-setup.sh puts in the database name for DATENBANK. No
  // backslashes or double quotes here: the script embeds the text in JSON
  // as it is.
  //
  // 1. The database takes only well-formed agenda documents: one per part
  //    of the agenda, holding that part's registers with their versions.
  // 2. A member writes only what the rights matrix gives their CouchDB
  //    roles: every register whose entry changes is judged before and
  //    after the write (crates/agenda-core/src/rights/document.rs does the
  //    same in the app).
  // 3. No one writes in another's name: a document names its writer in
  //    author, and a new line of its history that claims a checked login
  //    names the writer. Lines already there stay as they are, unless a
  //    newer line of the same person, browser and half hour stands for
  //    them or the document holds its last lines, all newer
  //    (crates/agenda-core/src/replication/history.rs keeps them so).
  var DATABASE = 'DATENBANK';
  var WINDOW = 1800;
  var MAX_LINES = 12;
  var PARTS = {
    Municipality: ['spitze'],
    Vision: ['spitze'],
    Finance: ['spitze', 'navigator'],
    PrioritySettings: ['spitze'],
    Ballot: ['fachbereich', 'navigator'],
    DraftGuideline: ['spitze', 'navigator'],
    AdoptedGuideline: ['spitze'],
    GuidelineOrder: ['spitze', 'navigator'],
    Field: ['spitze'],
    FieldOrder: ['spitze'],
    Department: ['spitze', 'navigator'],
    DepartmentWeight: ['spitze'],
    DepartmentOrder: ['spitze', 'navigator'],
    Perspective: ['fachbereich', 'navigator'],
    PerspectiveOrder: ['jeder-fachbereich', 'navigator'],
    Card: ['fachbereich', 'navigator'],
    CardOrder: ['jeder-fachbereich', 'navigator'],
    Idea: ['fachbereich', 'navigator'],
    IdeaOrder: ['jeder-fachbereich', 'navigator'],
    Project: ['fachbereich', 'navigator'],
    ProjectOrder: ['jeder-fachbereich', 'navigator'],
    Competence: ['navigator'],
    CompetenceOrder: ['navigator'],
    Assessment: ['navigator'],
    AssessmentOrder: ['navigator'],
    Survey: ['fachbereich', 'navigator'],
    SurveyOrder: ['jeder-fachbereich', 'navigator'],
    Unknown: [],
  };
  var LISTS = [
    { list: 'guidelines', item: 'DraftGuideline', order: 'GuidelineOrder', owner: null, fields: {}, raised: ['status', 'adopted', 'AdoptedGuideline'], references: {'field': 'Field'} },
    { list: 'fields', item: 'Field', order: 'FieldOrder', owner: null, fields: {}, raised: null, references: {} },
    { list: 'departments', item: 'Department', order: 'DepartmentOrder', owner: null, fields: {'weight': 'DepartmentWeight'}, raised: null, references: {} },
    { list: 'perspectives', item: 'Perspective', order: 'PerspectiveOrder', owner: 'department', fields: {}, raised: null, references: {'field': 'Field', 'guidelines': 'DraftGuideline'} },
    { list: 'workshop', item: 'Card', order: 'CardOrder', owner: 'department', fields: {}, raised: null, references: {} },
    { list: 'ideas', item: 'Idea', order: 'IdeaOrder', owner: 'department', fields: {}, raised: null, references: {} },
    { list: 'projects', item: 'Project', order: 'ProjectOrder', owner: 'sheet.lead', fields: {}, raised: null, references: {'sheet.field': 'Field', 'sheet.guidelines': 'DraftGuideline', 'sheet.perspectives': 'Perspective', 'sheet.competences': 'Competence'} },
    { list: 'competences', item: 'Competence', order: 'CompetenceOrder', owner: null, fields: {}, raised: null, references: {} },
    { list: 'assessments', item: 'Assessment', order: 'AssessmentOrder', owner: null, fields: {}, raised: null, references: {} },
    { list: 'surveys', item: 'Survey', order: 'SurveyOrder', owner: 'department', fields: {}, raised: null, references: {} },
  ];
  var BALLOT_ITEMS = {'field': 'Field', 'guideline': 'DraftGuideline', 'idea': 'Idea'};
  var PRIORITY_SETTINGS = ['subject', 'method', 'budget', 'max_per_item'];
  function refuse(why) {
    throw ({ forbidden: 'Kein Dokument der Digitalen Agenda: ' + why });
  }
  function isStamp(s) {
    return Array.isArray(s) && s.length === 2 &&
      s.every(function (n) { return typeof n === 'number' && n >= 0 && n % 1 === 0 && n <= 9007199254740991; });
  }
  // A name as the app keeps it: at most 100 characters, no control
  // characters (Rust's char::is_control).
  function isName(s) {
    if (typeof s !== 'string') return false;
    var chars = 0;
    for (var i = 0; i < s.length; i++) {
      var k = s.charCodeAt(i);
      if (k < 32 || (k >= 127 && k < 160)) return false;
      if (k < 56320 || k > 57343) chars++;
    }
    return chars <= 100;
  }
  function isLine(c) {
    return Array.isArray(c) && c.length === 5 && isStamp([c[0], c[1]]) &&
      isName(c[2]) && isStamp([c[3], 0]) && typeof c[4] === 'boolean';
  }
  // Lamport order of two lines' stamps: counter, then browser.
  function newer(x, y) {
    return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
  }
  function bucket(c) {
    return JSON.stringify([c[2], c[1], c[4], Math.floor(c[3] / WINDOW)]);
  }
  function isId(s) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s);
  }
  function listRule(name) {
    for (var i = 0; i < LISTS.length; i++) {
      if (LISTS[i].list === name) return LISTS[i];
    }
    return null;
  }
  // The document a register belongs in.
  function docOf(key) {
    var p = key.split('/');
    if (p[0] === 'prioritisation' && p.length > 1) {
      var ballot = (p[1] === 'points' || p[1] === 'rankings') && p.length > 3 && isId(p[2]);
      return ballot ? 'prioritisation/' + p[2] : 'prioritisation';
    }
    if (p.length === 1) return ['municipality', 'vision', 'finance'].indexOf(key) !== -1 ? key : null;
    if (!listRule(p[0])) return null;
    if (p[1] === '_order') return p.length === 2 ? key : null;
    return isId(p[1]) ? p[0] + '/' + p[1] : null;
  }
  // A register's part of the matrix, the Fachbereich it belongs to, and
  // for a register of references the part its ids refer to.
  function target(key, value, wholeItem) {
    var none = { part: 'Unknown', owner: null, refersTo: null };
    if (key === 'municipality') return { part: 'Municipality', owner: null, refersTo: null };
    if (key === 'vision') return { part: 'Vision', owner: null, refersTo: null };
    if (key === 'finance') return { part: 'Finance', owner: null, refersTo: null };
    var p = key.split('/');
    var rest = p.length > 2 ? p.slice(2).join('/') : null;
    if (p[0] === 'prioritisation') {
      if (p.length === 2 && PRIORITY_SETTINGS.indexOf(p[1]) !== -1) return { part: 'PrioritySettings', owner: null, refersTo: null };
      if ((p[1] === 'points' || p[1] === 'rankings') && p.length > 3 && isId(p[2])) {
        var kind = p.slice(3).join('/').split(':')[0];
        var refersTo = own(BALLOT_ITEMS, kind) ? BALLOT_ITEMS[kind] : null;
        return { part: 'Ballot', owner: p[2], refersTo: refersTo };
      }
      return none;
    }
    var rule = listRule(p[0]);
    if (!rule || p.length < 2) return none;
    if (p[1] === '_order') return rest === null ? { part: rule.order, owner: null, refersTo: null } : none;
    var item = p[0] + '/' + p[1];
    var owner = rule.owner ? value(item + '/' + rule.owner) : null;
    if (typeof owner !== 'string' || !isId(owner)) owner = null;
    var part = rule.item;
    if (rule.raised && value(item + '/' + rule.raised[0]) === rule.raised[1]) part = rule.raised[2];
    var refers = null;
    if (!wholeItem && rest !== null) {
      if (own(rule.fields, rest)) part = rule.fields[rest];
      if (own(rule.references, rest)) refers = rule.references[rest];
    }
    return { part: part, owner: owner, refersTo: refers };
  }
  function own(object, name) {
    return Object.prototype.hasOwnProperty.call(object, name);
  }
  // Whether a register of references only loses ids: an id to none, a
  // list to a shorter list of ids it held.
  function onlyTakesOut(old, now) {
    if (old === undefined || old === null) return false;
    if (now === undefined || now === null) return true;
    if (!Array.isArray(old) || !Array.isArray(now) || now.length >= old.length) return false;
    var held = old.map(function (v) { return JSON.stringify(v); });
    return now.every(function (v) { return held.indexOf(JSON.stringify(v)) !== -1; });
  }
  function may(actors, part, owner) {
    var writers = PARTS[part] || [];
    return actors.some(function (a) {
      return writers.some(function (w) {
        return (w === a.kind && w !== 'fachbereich') ||
          (w === 'fachbereich' && a.kind === 'fachbereich' && a.department === owner) ||
          (w === 'jeder-fachbereich' && a.kind === 'fachbereich');
      });
    });
  }
  function actorsOf(roles) {
    var out = [];
    roles.forEach(function (role) {
      if (role.indexOf(DATABASE + '.') !== 0) return;
      var name = role.slice(DATABASE.length + 1);
      if (name === 'spitze' || name === 'navigator') out.push({ kind: name, department: null });
      if (name.indexOf('fachbereich.') === 0 && isId(name.slice(12))) out.push({ kind: 'fachbereich', department: name.slice(12) });
    });
    return out;
  }

  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) refuse('Design-Dokumente ändert nur die Administration');
    return;
  }
  var parts = id.split('/');
  var item = parts[1];
  if (parts.length > 2 || !/^[a-z]+$/.test(parts[0]) ||
      (parts.length === 2 && item !== '_order' && !isId(item))) {
    refuse('Kennung ' + id);
  }
  if (!newDoc._deleted) {
    if (JSON.stringify(newDoc).length > 2097152) refuse('zu groß');
    var allowed = ['_id', '_rev', '_revisions', 'digitale_agenda', 'schema_version', 'registers', 'author', 'history'];
    for (var field in newDoc) {
      if (allowed.indexOf(field) === -1) refuse('unbekanntes Feld ' + field);
    }
    if (newDoc.digitale_agenda !== 1) refuse('Format');
    if (typeof newDoc.schema_version !== 'number' || newDoc.schema_version < 1) refuse('schema_version');
    var registers = newDoc.registers;
    if (!registers || typeof registers !== 'object' || Array.isArray(registers)) refuse('registers');
    for (var key in registers) {
      if (docOf(key) !== id) refuse('Register ' + key + ' gehört nicht hierher');
      var entry = registers[key];
      if (!entry || typeof entry !== 'object' || !('v' in entry)) refuse('Register ' + key);
      for (var part in entry) {
        if (['v', 's', 'b', 'h'].indexOf(part) === -1) refuse('Register ' + key);
      }
      if (!isStamp(entry.s) || !isStamp(entry.b)) refuse('Version von ' + key);
      if ('h' in entry && typeof entry.h !== 'boolean') refuse('Register ' + key);
    }
    if ('history' in newDoc) {
      if (!Array.isArray(newDoc.history) || newDoc.history.length > MAX_LINES ||
          !newDoc.history.every(isLine)) refuse('history');
    }
  }

  // The server's administrators (and replications they run) are trusted.
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc.author !== userCtx.name) {
    throw ({ forbidden: 'Autor: geschrieben von ' + userCtx.name + ', nicht von ' + newDoc.author });
  }
  if (!newDoc._deleted) {
    var oldLines = oldDoc && !oldDoc._deleted && Array.isArray(oldDoc.history) ? oldDoc.history : [];
    var newLines = newDoc.history || [];
    var had = {};
    oldLines.forEach(function (c) { had[c[0] + ':' + c[1]] = JSON.stringify(c); });
    var has = {};
    newLines.forEach(function (c) {
      var line = c[0] + ':' + c[1];
      has[line] = true;
      if (own(had, line)) {
        if (had[line] !== JSON.stringify(c)) throw ({ forbidden: 'Autor: Verlauf geändert' });
      } else if (c[4] === true && c[2] !== userCtx.name) {
        throw ({ forbidden: 'Autor: Verlauf im Namen von ' + c[2] });
      }
    });
    oldLines.forEach(function (c) {
      if (has[c[0] + ':' + c[1]]) return;
      var replaced = newLines.some(function (n) { return bucket(n) === bucket(c) && newer(n, c); });
      var cut = newLines.length >= MAX_LINES && newLines.every(function (n) { return newer(n, c); });
      if (!replaced && !cut) throw ({ forbidden: 'Autor: Verlauf gekürzt' });
    });
  }
  var actors = actorsOf(userCtx.roles);
  var before = oldDoc && !oldDoc._deleted && oldDoc.registers ? oldDoc.registers : null;
  var after = newDoc._deleted ? null : newDoc.registers;
  var empty = {};
  var b = before || empty;
  var a = after || empty;
  function exists(doc) {
    return !!doc[id] && doc[id].v === true;
  }
  var wholeItem = exists(b) !== exists(a);
  var keys = Object.keys(b).concat(Object.keys(a).filter(function (k) { return !(k in b); }));
  keys.forEach(function (key) {
    // Registers of another part left in an old document (before the
    // prioritisation was split) go without a right.
    if (docOf(key) !== id) return;
    if (JSON.stringify(b[key]) === JSON.stringify(a[key])) return;
    [[b, a, before !== null], [a, b, after !== null]].forEach(function (sides) {
      if (!sides[2]) return;
      var value = function (name) {
        var found = null;
        [sides[0], sides[1]].some(function (doc) {
          if (doc[name] && doc[name].v !== null && doc[name].v !== undefined) {
            found = doc[name].v;
            return true;
          }
          return false;
        });
        return found;
      };
      var t = target(key, value, wholeItem);
      var byReference = t.refersTo !== null && may(actors, t.refersTo, null) &&
        onlyTakesOut(b[key] ? b[key].v : null, a[key] ? a[key].v : null);
      if (!may(actors, t.part, t.owner) && !byReference) {
        throw ({ forbidden: 'Recht fehlt: ' + t.part + ' ' + key });
      }
    });
  });
}
