"""Tries card rules on scripts/shown-audit.ts output: feature tables (features x right/wrong of shown
slots), a predicate dropped or demoted and the first five taken again, and a search over feature pairs.
Usage: python3 scripts/shown-audit-rules.py AUDIT.jsonl  (edit the predicates at the end)."""
import sys
import json, sys, collections
rows=[json.loads(l) for l in open(sys.argv[1])]
cards=collections.defaultdict(list)
for r in rows: cards[(r['set'],r['entity'])].append(r)
for k in cards: cards[k].sort(key=lambda r:r['pos'])
def shown(pred=None):
    """pred(r) True -> drop. returns per-set (right,total,empty cards count(no in-set claim shown among cards that had some))"""
    out=collections.defaultdict(lambda:[0,0,0])
    for (s,e),lst in cards.items():
        keep=[r for r in lst if not (pred and pred(r))][:5]
        ins=[r for r in keep if r['inSet']]
        o=out[s]; o[0]+=sum(r['right'] for r in ins); o[1]+=len(ins)
        base=[r for r in lst[:5] if r['inSet']]
        if base and not ins: o[2]+=1
    return out
def report(name,pred):
    b=shown(); a=shown(pred)
    tot=[0]*6
    line=[]
    for s in b:
        br,bt,_=b[s]; ar,at,ae=a[s]
        tot[0]+=br;tot[1]+=bt;tot[2]+=ar;tot[3]+=at;tot[4]+=ae
        if s in('dev-9','dev-10','dev-11','dev-12'): line.append(f"{s}:{br}/{bt}->{ar}/{at}")
    rl=tot[0]-tot[2]; wl=(tot[1]-tot[0])-(tot[3]-tot[2])
    print(f"{name:40s} right {tot[0]}->{tot[2]} ({-rl:+d}) wrong {tot[1]-tot[0]}->{tot[3]-tot[2]} ({-wl:+d}) newEmpty {tot[4]}  "+' '.join(line))
def shown2(pred, demote):
    out=collections.defaultdict(lambda:[0,0,0])
    for (s,e),lst in cards.items():
        if demote: keep=([r for r in lst if not pred(r)]+[r for r in lst if pred(r)])[:5]
        else: keep=[r for r in lst if not pred(r)][:5]
        ins=[r for r in keep if r['inSet']]
        o=out[s]; o[0]+=sum(r['right'] for r in ins); o[1]+=len(ins)
        base=[r for r in lst[:5] if r['inSet']]
        if base and not ins: o[2]+=1
    return out
def rep(name,pred):
    b=shown2(lambda r:False,False)
    for demote in (False,True):
        a=shown2(pred,demote); tot=[0]*5; line=[]
        for s in b:
            br,bt,_=b[s]; ar,at,ae=a[s]
            tot[0]+=br;tot[1]+=bt;tot[2]+=ar;tot[3]+=at;tot[4]+=ae
            if s in('dev-9','dev-10','dev-11','dev-12') and (br,bt)!=(ar,at): line.append(f"{s}:{br}/{bt}->{ar}/{at}")
        rl=tot[0]-tot[2]; wl=(tot[1]-tot[0])-(tot[3]-tot[2])
        print(f"{name[:34]:34s} {'demote' if demote else 'drop  '} right -{rl} wrong -{wl} empty+{tot[4]} share {tot[2]/max(1,tot[3]):.3f} "+' '.join(line))
import sys
def diff(pred,demote):
    for (s,e),lst in cards.items():
        if demote: keep=([r for r in lst if not pred(r)]+[r for r in lst if pred(r)])[:5]
        else: keep=[r for r in lst if not pred(r)][:5]
        old=[r for r in lst[:5] if r['inSet']]; new=[r for r in keep if r['inSet']]
        oi={r['id'] for r in old}; ni={r['id'] for r in new}
        for r in old:
            if r['id'] not in ni: print(' -',s,e,'R' if r['right'] else 'W:'+r['why'][:20],r['text'][:70])
        for r in new:
            if r['id'] not in oi: print(' +',s,e,'R' if r['right'] else 'W:'+r['why'][:20],r['text'][:70])

if __name__ == '__main__':
    RW={'agent':4,'object':3,'listed':1,'mentioned':0,'absent':0}
    w=lambda r: r['score']+max(RW[r['role']], 3 if r['sourced'] else 0)-(1 if r['reached']=='resolved' else 0)
    rep('resolved subject, cut piece', lambda r: r['reached']=='resolved' and r['cutBefore'])
    rep('forecast from data', lambda r: r['attribution']=='data' and r['modality']=='forecast')
    for t in (3.5, 4, 4.5): rep(f'weight < {t}', lambda r, t=t: w(r) < t)
