import json, subprocess, sys
path = sys.argv[1]
d = json.load(open(path))
for c in d:
    if c['sql'] is None:
        c['validOnPg15'] = None
        continue
    sql = c['sql']
    if c.get('noTransaction'):
        script = sql
    else:
        script = 'BEGIN;\n' + sql + '\nROLLBACK;'
    subprocess.run(['psql','-h','/tmp','-p','55432','-U','postgres','-qc','DROP DATABASE IF EXISTS probe'], check=True)
    subprocess.run(['psql','-h','/tmp','-p','55432','-U','postgres','-qc','CREATE DATABASE probe TEMPLATE tmpl'], check=True)
    r = subprocess.run(['psql','-h','/tmp','-p','55432','-U','postgres','-d','probe','-v','ON_ERROR_STOP=1','-v','VERBOSITY=verbose','-q'], input=script, capture_output=True, text=True)
    if r.returncode == 0:
        c['validOnPg15'] = True
        c.pop('validationError', None)
    else:
        err = [l for l in r.stderr.splitlines() if l.startswith('psql:') or 'ERROR' in l]
        c['validOnPg15'] = None
        c['pg15Error'] = (err[0].split('ERROR:',1)[-1].strip() if err else r.stderr.strip())
# Failures against the generic fixture are mostly missing or existing objects; these were read one by
# one and are SQL that PostgreSQL 15 rejects whatever the database holds.
invalid = {
  'alterColumn_expression': 'SET EXPRESSION AS needs PostgreSQL 17',
  'dropTypeAttribute_ifExists': 'IF EXISTS written after the attribute name',
  'createTrigger_constraint_not_deferrable': 'constraint triggers must be FOR EACH ROW',
  'alterDomain_check': 'ALTER DOMAIN needs ADD before a CHECK',
  'alterDomain_check_named': 'ALTER DOMAIN needs ADD before a CONSTRAINT',
  'createOperator': 'quoted "integer" names no type',
  'reverse_createOperator': 'quoted "integer" names no type',
  'dropOperator': 'quoted "integer" names no type, so IF EXISTS silently drops nothing',
  'dropOperator_defaults': 'quoted "none" names no type; NONE is a keyword',
  'createOperatorClass': 'operator names cannot be quoted',
  'addToOperatorFamily': 'operator names cannot be quoted',
  'removeFromOperatorFamily': 'DROP entries take no operator name (and names cannot be quoted)',
  'reverse_addToOperatorFamily': 'DROP entries take no operator name (and names cannot be quoted)',
  'alterMaterializedView': 'DEPENDS ON EXTENSION cannot be combined with other actions',
}
for c in d:
    if c['name'] in invalid:
        c['validOnPg15'] = False
        c['validationError'] = invalid[c['name']] + ' (' + c.pop('pg15Error', '') + ')'
json.dump(d, open(path,'w'), indent=1, ensure_ascii=False)
print(sum(1 for c in d if c.get('validOnPg15') is True), 'valid;', sum(1 for c in d if c.get('validOnPg15') is False), 'invalid;', sum(1 for c in d if 'pg15Error' in c), 'unchecked (fixture)')
