"""Verify the second written held-out gold corpus (written-b): every statement's content and sourceText must equal
text[start:end] / text[sourceStart:sourceEnd]; schema and value checks; texts BMP-only."""
import json, glob, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "file", "source", "license", "statements", "entities"]
SKEYS = ["speaker", "speakerType", "sourceText", "sourceStart", "sourceEnd", "cue", "kind", "content", "start", "end"]
errors, n_st, n_ent = [], 0, 0
golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json')))
texts = sorted(glob.glob(os.path.join(ROOT, 'texts', '*.txt')))
if len(golds) != len(texts): errors.append(f'{len(golds)} gold files vs {len(texts)} texts')
for gf in golds:
    g = json.load(open(gf, encoding='utf-8'))
    doc = os.path.basename(gf)[:-len('.gold.json')]
    if list(g.keys()) != KEYS: errors.append(f'{doc}: top-level keys {list(g.keys())}')
    if g['id'] != doc or g['file'] != f'texts/{doc}.txt': errors.append(f'{doc}: id/file mismatch')
    if g['source'] != 'written for the statements test suite' or g['license'] != 'CC0 1.0 (written for this project)':
        errors.append(f'{doc}: source/license')
    raw = open(os.path.join(ROOT, g['file']), 'rb').read()
    text = raw.decode('utf-8')
    if not text.endswith('\n'): errors.append(f'{doc}: text does not end with newline')
    if any(ord(c) > 0xFFFF for c in text): errors.append(f'{doc}: non-BMP character')
    if '\r' in text: errors.append(f'{doc}: CR in text')
    for i, s in enumerate(g['statements']):
        n_st += 1
        if list(s.keys()) != SKEYS: errors.append(f'{doc}#{i}: keys {list(s.keys())}')
        if s['speakerType'] not in ('person', 'organization', 'anonymous', 'group'): errors.append(f'{doc}#{i}: speakerType')
        if s['kind'] not in ('direct', 'indirect', 'mixed'): errors.append(f'{doc}#{i}: kind')
        if not (0 <= s['start'] < s['end'] <= len(text)) or text[s['start']:s['end']] != s['content']:
            errors.append(f'{doc}#{i}: content offsets wrong')
        if not (0 <= s['sourceStart'] < s['sourceEnd'] <= len(text)) or text[s['sourceStart']:s['sourceEnd']] != s['sourceText']:
            errors.append(f'{doc}#{i}: sourceText offsets wrong')
        if s['content'] != s['content'].strip(): errors.append(f'{doc}#{i}: content has outer whitespace')
        if not s['speaker'].strip(): errors.append(f'{doc}#{i}: empty speaker')
    for e in g['entities']:
        n_ent += 1
        ek = list(e.keys())
        if ek[:3] != ['name', 'type', 'aliases'] or any(k not in ('title', 'affiliation') for k in ek[3:]) \
                or e['type'] not in ('person', 'organization', 'place', 'initiative') \
                or any(not isinstance(e[k], str) or not e[k].strip() for k in ek[3:]):
            errors.append(f'{doc}: bad entity {e}')
        for a in e['aliases']:
            if a not in text: errors.append(f'{doc}: alias {a!r} not in text')
        if e['name'] not in text and not any(a in text for a in e['aliases']):
            errors.append(f'{doc}: entity {e["name"]!r} not found in text')
    names = [e['name'] for e in g['entities']]
    if len(names) != len(set(names)): errors.append(f'{doc}: duplicate entity names')
print(f'{len(golds)} documents, {n_st} statements, {n_ent} entities checked')
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
